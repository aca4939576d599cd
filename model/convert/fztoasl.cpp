#include "fztoasl.h"

#include <QSet>

namespace stepwise {

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

bool isDefaultLabel(const Edge &e)
{
    const QString l = e.label.trimmed().toLower();
    return !e.hasLabel || l.isEmpty() || l == QLatin1String("default") ||
           l == QLatin1String("else") || l == QLatin1String("otherwise");
}

class Generator
{
public:
    Generator(const WorkflowData &doc, Diagnostics &warnings) : m_doc(doc), m_warnings(warnings) {}

    OrderedJson run()
    {
        collect();
        nameStates();
        if (m_states.empty()) {
            losses();
            return OrderedJson{{"StartAt", "Done"}, {"States", {{"Done", {{"Type", "Succeed"}}}}}};
        }
        const std::vector<const Node *> entries = findEntries();
        OrderedJson states = OrderedJson::object();
        // A diagram where every step has a way out never ends; ASL needs a terminal state, and
        // asl-validator wants every state to be a target, so the added one is an entry.
        bool terminal = false;
        for (const Node *n : m_states)
            terminal = terminal || m_out.value(n->id).empty();
        QString done;
        if (!terminal) {
            done = reserve(QStringLiteral("Done"));
            warn(FzToAsl::tr("The diagram never ends; ASL needs a terminal state, so a Succeed "
                             "state \"%1\" was added (chosen by $.start).")
                     .arg(done),
                 QStringLiteral("CONVERT_ADDED_TERMINAL"));
        }
        QString startName;
        if (entries.size() > 1 || !done.isEmpty()) {
            startName = reserve(QStringLiteral("Start"));
            OrderedJson rules = OrderedJson::array();
            QStringList names;
            for (size_t i = 1; i < entries.size(); ++i) {
                const QString name = m_names.value(entries[i]->id);
                OrderedJson rule = OrderedJson::object();
                rule["Variable"] = "$.start";
                rule["StringEquals"] = s(name);
                rule["Next"] = s(name);
                rules.push_back(std::move(rule));
                names << name;
            }
            if (!done.isEmpty())
                rules.push_back(FzToAsl::choiceRule(done, done));
            if (!done.isEmpty())
                rules.back()["Variable"] = "$.start";
            states[s(startName)] = OrderedJson{{"Type", "Choice"},
                                               {"Choices", std::move(rules)},
                                               {"Default", s(m_names.value(entries[0]->id))}};
            if (!names.isEmpty())
                warn(FzToAsl::tr("ASL has one start: the diagram's other entry points (%1) are "
                                 "chosen by $.start in the added Choice state \"%2\".")
                         .arg(names.join(QStringLiteral(", ")), startName),
                     QStringLiteral("CONVERT_MANY_STARTS"));
        }
        for (const Node *n : m_states) {
            states[s(m_names.value(n->id))] = state(*n);
            if (m_forks.contains(n->id))
                states[s(m_forks.value(n->id))] = fork(*n);
        }
        if (!done.isEmpty())
            states[s(done)] = OrderedJson{{"Type", "Succeed"}};
        OrderedJson def = OrderedJson::object();
        QStringList titles;
        for (const Lane &l : m_doc.lanes)
            titles << l.title;
        def["Comment"] = s(FzToAsl::tr("Generated from FlowZap Code; lanes: %1")
                               .arg(titles.join(QStringLiteral(", "))));
        if (!startName.isEmpty())
            def["StartAt"] = s(startName);
        else if (!entries.empty())
            def["StartAt"] = s(m_names.value(entries.front()->id));
        else
            def["StartAt"] = states.begin().key();
        def["States"] = std::move(states);
        losses();
        return def;
    }

private:
    void warn(const QString &message, const QString &code)
    {
        m_warnings.append(makeWarning(0, 0, message, code));
    }

    void collect()
    {
        QHash<Id, int> &incoming = m_incoming;
        for (const Edge &e : m_doc.edges) {
            ++incoming[e.to];
            m_out[e.from].push_back(&e);
        }
        const Node *marker = nullptr;
        for (const Node &n : m_doc.nodes) {
            if (n.shape == Shape::Circle && incoming.value(n.id) == 0 && !m_out[n.id].empty()) {
                m_markers.insert(n.id);
                if (!marker)
                    marker = &n;
                continue;
            }
            m_states.push_back(&n);
        }
        if (marker)
            m_entry = m_doc.node(m_out[marker->id].front()->to);
        if (!m_entry)
            for (const Node *n : m_states)
                if (incoming.value(n->id) == 0) {
                    m_entry = n;
                    break;
                }
        if (!m_entry && !m_states.empty())
            m_entry = m_states.front();
        if (m_states.empty())
            warn(FzToAsl::tr("The diagram has no steps; the definition holds one Succeed state."),
                 QStringLiteral("CONVERT_EMPTY"));
    }

    QString reserve(const QString &wanted)
    {
        QString name = wanted;
        while (m_used.contains(name))
            name += QLatin1Char('_');
        m_used.insert(name);
        return name;
    }

    // The main entry first, then, in document order, every node no entry reaches yet: roots
    // (no incoming edge) before nodes that only sit on unreachable cycles.
    std::vector<const Node *> findEntries()
    {
        std::vector<const Node *> entries;
        QSet<Id> reached;
        auto reach = [&](const Node *from) {
            entries.push_back(from);
            std::vector<Id> stack{from->id};
            reached.insert(from->id);
            while (!stack.empty()) {
                const Id id = stack.back();
                stack.pop_back();
                for (const Edge *e : m_out.value(id))
                    if (!reached.contains(e->to)) {
                        reached.insert(e->to);
                        stack.push_back(e->to);
                    }
            }
        };
        if (m_entry)
            reach(m_entry);
        for (bool rootsOnly : {true, false})
            for (const Node *n : m_states)
                if (!reached.contains(n->id) && (!rootsOnly || m_incoming.value(n->id) == 0))
                    reach(n);
        return entries;
    }

    OrderedJson fork(const Node &n)
    {
        const std::vector<const Edge *> &out = m_out[n.id];
        OrderedJson rules = OrderedJson::array();
        for (const Edge *e : out)
            rules.push_back(
                FzToAsl::choiceRule(isDefaultLabel(*e) ? m_names.value(e->to) : e->label.trimmed(),
                                    m_names.value(e->to)));
        return OrderedJson{
            {"Type", "Choice"}, {"Choices", std::move(rules)}, {"Default", target(out.front())}};
    }

    void nameStates()
    {
        for (const Node *n : m_states) {
            QString name = n->label.simplified();
            if (name.isEmpty())
                name = n->hasLabel || n->owner.isEmpty() ? n->fzId : n->owner.simplified();
            name.truncate(70);
            if (m_used.contains(name))
                name += QStringLiteral(" (") + n->fzId + QLatin1Char(')');
            m_used.insert(name);
            m_names.insert(n->id, name);
        }
        for (const Node *n : m_states)
            if (n->shape != Shape::Diamond && m_out.value(n->id).size() > 1) {
                QString base = m_names.value(n->id);
                base.truncate(74);
                m_forks.insert(n->id, reserve(base + QStringLiteral(" fork")));
            }
    }

    // The target of an edge as a state name; an edge into a start circle cannot happen
    // (a start circle has no incoming edge), so every target is a state.
    std::string target(const Edge *e) const { return s(m_names.value(e->to)); }

    OrderedJson state(const Node &n)
    {
        const std::vector<const Edge *> &out = m_out[n.id];
        OrderedJson st = OrderedJson::object();
        const Lane *lane = m_doc.lane(n.lane);
        if (n.shape == Shape::Diamond) {
            if (out.empty()) {
                warn(FzToAsl::tr("The decision \"%1\" has no way out; it is written as a "
                                 "Succeed state.")
                         .arg(m_names.value(n.id)),
                     QStringLiteral("CONVERT_DEAD_DECISION"));
                st["Type"] = "Succeed";
            } else {
                st["Type"] = "Choice";
                choice(n, out, st);
            }
        } else if (n.shape == Shape::Circle && out.empty()) {
            st["Type"] = "Succeed";
        } else if (n.shape == Shape::Taskbox) {
            st["Type"] = "Task";
            st["Resource"] = "arn:aws:states:::lambda:invoke.waitForTaskToken";
            OrderedJson payload = OrderedJson::object();
            payload["TaskToken.$"] = "$$.Task.Token";
            payload["Input.$"] = "$";
            if (!n.owner.isEmpty())
                payload["Owner"] = s(n.owner);
            if (!n.description.isEmpty())
                payload["Description"] = s(n.description);
            if (!n.system.isEmpty())
                payload["System"] = s(n.system);
            st["Parameters"] = OrderedJson{{"FunctionName", "${TaskboxFunctionArn}"},
                                           {"Payload", std::move(payload)}};
        } else {
            st["Type"] = "Pass";
        }
        if (lane)
            st["Comment"] = s(FzToAsl::tr("Lane: %1").arg(lane->title));
        bool countLabels = true;
        if (st["Type"] == "Pass" || st["Type"] == "Task") {
            if (out.empty()) {
                st["End"] = true;
            } else {
                if (out.size() > 1) {
                    st["Next"] = s(m_forks.value(n.id));
                    warn(FzToAsl::tr("\"%1\" has %2 ways out; ASL follows one at a time, so they "
                                     "go through the added Choice state \"%3\" on $.choice.")
                             .arg(m_names.value(n.id))
                             .arg(out.size())
                             .arg(m_forks.value(n.id)),
                         QStringLiteral("CONVERT_FORK_AS_CHOICE"));
                    countLabels = false;
                } else {
                    st["Next"] = target(out.front());
                }
                for (const Edge *e : out)
                    if (countLabels && e->hasLabel && !e->label.isEmpty())
                        ++m_lostLabels;
            }
        }
        return st;
    }

    void choice(const Node &n, const std::vector<const Edge *> &out, OrderedJson &st)
    {
        OrderedJson rules = OrderedJson::array();
        const Edge *def = nullptr;
        for (const Edge *e : out) {
            if (isDefaultLabel(*e) && !def) {
                def = e;
                continue;
            }
            const QString label = isDefaultLabel(*e) ? m_names.value(e->to) : e->label.trimmed();
            rules.push_back(FzToAsl::choiceRule(label, m_names.value(e->to)));
        }
        if (rules.empty()) {
            // A Choice needs a rule: the only way out becomes one, named after its target.
            rules.push_back(FzToAsl::choiceRule(m_names.value(def->to), m_names.value(def->to)));
            def = nullptr;
            warn(FzToAsl::tr("The decision \"%1\" has no labelled way out; its edge became a "
                             "rule on $.choice.")
                     .arg(m_names.value(n.id)),
                 QStringLiteral("CONVERT_UNLABELLED_DECISION"));
        }
        st["Choices"] = std::move(rules);
        if (def)
            st["Default"] = target(def);
    }

    void losses()
    {
        int positions = 0, handles = 0;
        for (const Node &n : m_doc.nodes)
            positions += n.position ? 1 : 0;
        for (const Edge &e : m_doc.edges)
            handles += (e.fromSide != Side::Right || e.toSide != Side::Left) ? 1 : 0;
        if (positions)
            warn(FzToAsl::tr("ASL keeps no positions: %n hand-placed node(s) lose their place.", "",
                             positions),
                 QStringLiteral("CONVERT_LOST_POSITIONS"));
        if (handles)
            warn(FzToAsl::tr("ASL keeps no handles: %n edge(s) lose their sides.", "", handles),
                 QStringLiteral("CONVERT_LOST_HANDLES"));
        if (m_lostLabels)
            warn(FzToAsl::tr("ASL transitions have no labels: %n edge label(s) outside decisions "
                             "are not kept.",
                             "", m_lostLabels),
                 QStringLiteral("CONVERT_LOST_LABELS"));
        for (const Loop &l : m_doc.loops)
            warn(FzToAsl::tr("ASL has no loop annotations: loop [%1] is not kept (its edges are).")
                     .arg(l.condition),
                 QStringLiteral("CONVERT_LOST_LOOP"));
        int comments = 0;
        for (const Statement &st : m_doc.topLevel)
            comments += st.kind == Statement::Kind::Comment ? 1 : 0;
        for (const Lane &l : m_doc.lanes)
            for (const Statement &st : l.body)
                comments += st.kind == Statement::Kind::Comment ? 1 : 0;
        if (comments)
            warn(FzToAsl::tr("ASL has no comments between states: %n FlowZap comment line(s) are "
                             "not kept.",
                             "", comments),
                 QStringLiteral("CONVERT_LOST_COMMENTS"));
        if (m_doc.lanes.size() > 1)
            warn(FzToAsl::tr("ASL has no lanes: each state's Comment names its lane."),
                 QStringLiteral("CONVERT_LANES_AS_COMMENTS"));
    }

    const WorkflowData &m_doc;
    Diagnostics &m_warnings;
    std::vector<const Node *> m_states;
    QSet<Id> m_markers;
    const Node *m_entry = nullptr;
    mutable QHash<Id, std::vector<const Edge *>> m_out;
    QHash<Id, QString> m_names;
    QHash<Id, QString> m_forks;
    QHash<Id, int> m_incoming;
    QSet<QString> m_used;
    int m_lostLabels = 0;
};

} // namespace

OrderedJson FzToAsl::choiceRule(const QString &label, const QString &next)
{
    OrderedJson rule = OrderedJson::object();
    rule["Variable"] = "$.choice";
    rule["StringEquals"] = s(label);
    rule["Next"] = s(next);
    return rule;
}

OrderedJson FzToAsl::generate(const WorkflowData &doc, Diagnostics &warnings)
{
    Generator g(doc, warnings);
    return g.run();
}

} // namespace stepwise
