#include "fztoasl.h"

#include <QSet>

namespace stepwise {

namespace {

std::string s(const QString &text) { return text.toStdString(); }

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
        OrderedJson states = OrderedJson::object();
        for (const Node *n : m_states)
            states[s(m_names.value(n->id))] = state(*n);
        bool terminal = false;
        for (auto it = states.begin(); it != states.end(); ++it)
            terminal = terminal || it->value("End", false) || (*it)["Type"] == "Succeed";
        if (!terminal) {
            QString name = QStringLiteral("Done");
            while (m_used.contains(name))
                name += QLatin1Char('_');
            states[s(name)] = OrderedJson{{"Type", "Succeed"}};
            warn(FzToAsl::tr("The diagram never ends; ASL needs a terminal state, so an "
                             "unreachable Succeed state \"%1\" was added.").arg(name),
                 QStringLiteral("CONVERT_ADDED_TERMINAL"));
        }
        OrderedJson def = OrderedJson::object();
        QStringList titles;
        for (const Lane &l : m_doc.lanes)
            titles << l.title;
        def["Comment"] = s(FzToAsl::tr("Generated from FlowZap Code; lanes: %1")
                               .arg(titles.join(QStringLiteral(", "))));
        def["StartAt"] = states.begin().key();
        if (m_entry)
            def["StartAt"] = s(m_names.value(m_entry->id));
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
        QHash<Id, int> incoming;
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
        if (m_markers.size() > 1)
            warn(FzToAsl::tr("ASL has one start: %n start circle(s) after the first lead to "
                             "states that never run.", "", int(m_markers.size()) - 1),
                 QStringLiteral("CONVERT_MANY_STARTS"));
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
        if (m_states.empty()) {
            m_used.insert(QStringLiteral("Done"));
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
                                 "Succeed state.").arg(m_names.value(n.id)),
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
        if (st["Type"] == "Pass" || st["Type"] == "Task") {
            if (out.empty()) {
                st["End"] = true;
            } else {
                st["Next"] = target(out.front());
                if (out.size() > 1) {
                    QStringList lost;
                    for (size_t i = 1; i < out.size(); ++i)
                        lost << m_names.value(out[i]->to);
                    warn(FzToAsl::tr("\"%1\" has %2 ways out; an ASL %3 state has one Next, so "
                                     "the edges to %4 are not kept.")
                             .arg(m_names.value(n.id))
                             .arg(out.size())
                             .arg(QString::fromStdString(st["Type"].get<std::string>()),
                                  lost.join(QStringLiteral(", "))),
                         QStringLiteral("CONVERT_LOST_EDGE"));
                }
                for (const Edge *e : out)
                    if (e->hasLabel && !e->label.isEmpty())
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
                             "rule on $.choice.").arg(m_names.value(n.id)),
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
            warn(FzToAsl::tr("ASL keeps no positions: %n hand-placed node(s) lose their place.",
                             "", positions), QStringLiteral("CONVERT_LOST_POSITIONS"));
        if (handles)
            warn(FzToAsl::tr("ASL keeps no handles: %n edge(s) lose their sides.", "", handles),
                 QStringLiteral("CONVERT_LOST_HANDLES"));
        if (m_lostLabels)
            warn(FzToAsl::tr("ASL transitions have no labels: %n edge label(s) outside decisions "
                             "are not kept.", "", m_lostLabels),
                 QStringLiteral("CONVERT_LOST_LABELS"));
        for (const Loop &l : m_doc.loops)
            warn(FzToAsl::tr("ASL has no loop annotations: loop [%1] is not kept (its edges are).")
                     .arg(l.condition), QStringLiteral("CONVERT_LOST_LOOP"));
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
