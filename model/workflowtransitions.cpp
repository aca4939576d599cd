// What keeps a state's ASL fields and its edges in step: drawing the references of the fields
// (syncEdges, syncStart) and editing the fields for an edge (attach, detach).
#include "workflow.h"

#include "transitions.h"
#include "workflowids.h"
#include "workflowtransaction.h"

namespace stepwise {

namespace {

using Kind = EdgeMeaning::Kind;

bool isTerminal(const Node &n)
{
    return n.asl.type == QLatin1String("Succeed") || n.asl.type == QLatin1String("Fail");
}

bool canCatch(const Node &n)
{
    return n.asl.type == QLatin1String("Task") || n.asl.type == QLatin1String("Parallel") ||
           n.asl.type == QLatin1String("Map");
}

bool jsonataState(const Node &n, const WorkflowData &m)
{
    const auto own = n.asl.fields.find("QueryLanguage");
    if (own != n.asl.fields.end() && own->is_string())
        return *own == "JSONata";
    return m.aslTop.value("QueryLanguage", std::string()) == "JSONata";
}

int listSize(const OrderedJson &fields, const char *key)
{
    const auto it = fields.find(key);
    return it != fields.end() && it->is_array() ? int(it->size()) : 0;
}

} // namespace

void Workflow::syncEdges(Id stateId, const OrderedJson *oldFields)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(stateId, &ref);
    const Node *s = m ? m->node(stateId) : nullptr;
    if (!s || s->asl.type.isEmpty())
        return;
    const OrderedJson fields = s->asl.fields;
    const Id lane = s->lane;
    const Id end = Transitions::endMarker(*m, true);
    const bool endDrawn = Transitions::endMarker(*m, false) != NoId;
    QVector<QPair<EdgeMeaning, Id>> wanted;
    for (const Transitions::Reference &r : Transitions::references(fields))
        if (const Id target = Transitions::resolve(*m, r, end))
            wanted.append({r.meaning, target});
    std::vector<Edge> drawn;
    for (const Edge &e : m->edges)
        if (e.from == stateId && !e.meaning.isPlain() && e.meaning.kind != Kind::StartAt)
            drawn.push_back(e);
    for (Edge &e : drawn) {
        int match = -1;
        for (int i = 0; i < wanted.size() && match < 0; ++i)
            if (wanted[i].first == e.meaning)
                match = i;
        if (match < 0) {
            eraseEdge(e.id);
            continue;
        }
        const Id target = wanted[match].second;
        wanted.remove(match);
        Edge after = e;
        after.to = target;
        if (oldFields) {
            // A label that showed the old condition (or errors) shows the new one.
            bool had = false, has = false;
            const QString before = Transitions::defaultLabel(*oldFields, e.meaning, &had);
            const QString now = Transitions::defaultLabel(fields, e.meaning, &has);
            if (had && has && e.label == before)
                after.label = now;
        }
        if (after.to == e.to && after.label == e.label)
            continue;
        after.source.clear();
        changeEdge(after, after.to == e.to ? Aspect::Label : Aspect::Ends);
    }
    bool firstEnd = false;
    for (const auto &[meaning, target] : wanted) {
        firstEnd = firstEnd || (meaning.kind == Kind::End && !endDrawn);
        Edge e;
        e.id = m_data.nextId++;
        e.from = stateId;
        e.to = target;
        e.meaning = meaning;
        e.fromSide = Transitions::defaultFromSide(meaning);
        e.toSide = Transitions::defaultToSide(meaning);
        e.label = Transitions::defaultLabel(fields, meaning, &e.hasLabel);
        m = machineData(ref);
        putEdge(ref, e, int(m->edges.size()),
                WorkflowIds::exactPlace(*m, Statement::Kind::Edge, {}, lane));
    }
    if (firstEnd) {
        // The machine's first End edge makes the end marker known: every other End is drawn.
        QVector<Id> ends;
        for (const Node &n : machineData(ref)->nodes)
            if (n.id != stateId && !n.asl.type.isEmpty() &&
                n.asl.fields.value("End", OrderedJson()) == true)
                ends.append(n.id);
        for (Id id : ends)
            syncEdges(id);
    }
}

void Workflow::syncStart(MachineRef ref)
{
    WorkflowData *m = machineData(ref);
    if (!m)
        return;
    const Id target = Transitions::startTarget(*m);
    const Id marker = Transitions::startMarker(*m);
    for (const Edge &e : m->edges) {
        if (e.meaning.kind != Kind::StartAt)
            continue;
        if (target == NoId) {
            eraseEdge(e.id);
        } else if (e.to != target) {
            Edge after = e;
            after.to = target;
            after.source.clear();
            changeEdge(after, Aspect::Ends);
        }
        return;
    }
    if (target == NoId || marker == NoId)
        return;
    Edge e;
    e.id = m_data.nextId++;
    e.from = marker;
    e.to = target;
    e.meaning = EdgeMeaning{Kind::StartAt, -1};
    putEdge(ref, e, int(m->edges.size()),
            WorkflowIds::exactPlace(*m, Statement::Kind::Edge, {}, m->node(marker)->lane));
}

void Workflow::syncReferrers(MachineRef ref, const QString &name)
{
    const WorkflowData *m = machineData(ref);
    if (!m || name.isEmpty())
        return;
    QVector<Id> referrers;
    for (const Node &n : m->nodes)
        if (!n.asl.type.isEmpty())
            for (const Transitions::Reference &r : Transitions::references(n.asl.fields))
                if (r.target == name) {
                    referrers.append(n.id);
                    break;
                }
    for (Id id : referrers)
        syncEdges(id);
    syncStart(ref);
}

bool Workflow::chooseMeaning(const Edge &e, std::optional<EdgeMeaning> wanted, EdgeMeaning *out)
{
    const WorkflowData *m = machineOfEntity(e.from);
    const Node *from = m->node(e.from);
    const Node *to = m->node(e.to);
    const bool fromState = !from->asl.type.isEmpty(), toState = !to->asl.type.isEmpty();
    const Kind kind = wanted ? wanted->kind : Kind::Plain;
    *out = EdgeMeaning{};
    if (!fromState) {
        bool otherStart = false, leaves = false;
        for (const Edge &o : m->edges) {
            otherStart = otherStart || (o.meaning.kind == Kind::StartAt && o.id != e.id);
            leaves = leaves || (o.from == e.from && o.id != e.id);
        }
        if (wanted && kind != Kind::StartAt && kind != Kind::Plain)
            return fail(tr("Only an edge from an ASL state has this meaning."));
        const bool asStart =
            kind == Kind::StartAt || (!wanted && toState && !leaves && !otherStart &&
                                      e.from == Transitions::startMarker(*m));
        if (asStart) {
            if (!toState)
                return fail(tr("The start leads to a state."));
            if (otherStart)
                return fail(tr("The machine has a start edge already; reconnect that one."));
            *out = EdgeMeaning{Kind::StartAt, -1};
        }
        return true;
    }
    if (kind == Kind::StartAt)
        return fail(tr("The start edge leaves the start marker, not a state."));
    const bool toEnd = to->id == Transitions::endMarker(*m, true);
    if (!toState && !toEnd) {
        if (wanted && kind != Kind::Plain)
            return fail(tr("\"%1\" has no ASL state to lead to.").arg(to->label));
        return true; // a FlowZap-only node: a plain edge
    }
    if (isTerminal(*from))
        return fail(tr("A %1 state ends the machine; nothing can follow it.").arg(from->asl.type));
    const bool choice = from->asl.type == QLatin1String("Choice");
    if (!toState) { // the end marker
        if (choice)
            return fail(tr("A Choice state cannot end the machine."));
        if (wanted && kind != Kind::End && kind != Kind::Plain)
            return fail(tr("Only End leads to the end."));
        *out = EdgeMeaning{Kind::End, -1};
        return true;
    }
    if (wanted && kind != Kind::Plain) {
        if (kind == Kind::End)
            return fail(tr("End leads to the end marker, not to a state."));
        if ((kind == Kind::Choice || kind == Kind::Default) != choice)
            return fail(choice ? tr("A Choice state leads on by its rules and Default.")
                               : tr("Only a Choice state has rules and a Default."));
        if (kind == Kind::Catch && !canCatch(*from))
            return fail(tr("Only Task, Parallel and Map states catch errors."));
        *out = *wanted;
        return true;
    }
    if (choice) {
        const bool rules = listSize(from->asl.fields, "Choices") > 0;
        *out = rules && !from->asl.fields.contains("Default") ? EdgeMeaning{Kind::Default, -1}
                                                              : EdgeMeaning{Kind::Choice, -1};
        return true;
    }
    if (from->asl.fields.contains("Next"))
        return fail(tr("\"%1\" already has a Next; reconnect that edge or choose Catch.")
                        .arg(from->asl.name));
    *out = EdgeMeaning{Kind::Next, -1};
    return true;
}

bool Workflow::attach(Edge e, std::optional<EdgeMeaning> wanted, StatementPlace place)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(e.from, &ref);
    const auto toRef = machineOf(e.to);
    if (!node(e.from) || !node(e.to))
        return fail(tr("An edge must join two existing nodes."));
    if (!toRef || !(*toRef == ref))
        return fail(tr("An edge cannot leave its machine (a Parallel branch or Map processor)."));
    EdgeMeaning meaning;
    if (!chooseMeaning(e, wanted, &meaning))
        return false;
    m_data.nextId = std::max(m_data.nextId, e.id + 1);
    const Node *from = m->node(e.from);
    const Id lane = from->lane;
    if (meaning.kind == Kind::StartAt) {
        OrderedJson top = m->aslTop;
        top["StartAt"] = m->node(e.to)->asl.name.toStdString();
        e.meaning = meaning;
        m = machineData(ref);
        putEdge(ref, e, int(m->edges.size()),
                WorkflowIds::exactPlace(*m, Statement::Kind::Edge, place, lane));
        changeTop(ref, std::move(top));
        return true;
    }
    if (meaning.isPlain()) {
        e.meaning = meaning;
        putEdge(ref, e, int(m->edges.size()),
                WorkflowIds::exactPlace(*m, Statement::Kind::Edge, place, lane));
        return true;
    }
    Node after = *from;
    OrderedJson &f = after.asl.fields;
    if (!f.is_object())
        f = OrderedJson::object();
    const QString target = m->node(e.to)->asl.name;
    std::vector<Id> replaced; // an edge that drew the reference this one takes over
    std::vector<Edge> shifted;
    for (const Edge &o : m->edges)
        if (o.from == e.from && o.meaning.kind == meaning.kind && o.id != e.id) {
            if (meaning.index < 0)
                replaced.push_back(o.id);
            else if (o.meaning.index >= meaning.index)
                shifted.push_back(o);
        }
    switch (meaning.kind) {
    case Kind::Choice:
    case Kind::Catch: {
        const char *key = meaning.kind == Kind::Choice ? "Choices" : "Catch";
        replaced.clear();
        if (!f.contains(key) || !f[key].is_array())
            f[key] = OrderedJson::array();
        const int size = int(f[key].size());
        const int at = meaning.index < 0 || meaning.index > size ? size : meaning.index;
        OrderedJson item = meaning.kind == Kind::Choice
                               ? Transitions::placeholderRule(target, jsonataState(*from, *m))
                               : OrderedJson{{"ErrorEquals", OrderedJson::array({"States.ALL"})},
                                             {"Next", target.toStdString()}};
        f[key].insert(f[key].begin() + at, std::move(item));
        meaning.index = at;
        break;
    }
    case Kind::End:
        f.erase("Next");
        f["End"] = true;
        break;
    default:
        f.erase("End");
        Transitions::setTarget(f, meaning, target);
        break;
    }
    for (Id id : replaced)
        eraseEdge(id);
    for (Edge &o : shifted) {
        ++o.meaning.index;
        changeEdge(o, Aspect::Meaning);
    }
    e.meaning = meaning;
    if (!e.hasLabel && e.label.isEmpty())
        e.label = Transitions::defaultLabel(f, meaning, &e.hasLabel);
    m = machineData(ref);
    putEdge(ref, e, int(m->edges.size()),
            WorkflowIds::exactPlace(*m, Statement::Kind::Edge, place, lane));
    changeNode(after, Aspect::Asl);
    syncEdges(e.from);
    return true;
}

bool Workflow::detach(Id id, bool)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    const Edge e = *m->edge(id);
    eraseEdge(id);
    if (e.meaning.isPlain())
        return true;
    if (e.meaning.kind == Kind::StartAt) {
        // StartAt is required: it is emptied (the validator says so) rather than removed, so
        // that no writer quietly picks a start the canvas does not show.
        OrderedJson top = machineData(ref)->aslTop;
        top["StartAt"] = "";
        changeTop(ref, std::move(top));
        return true;
    }
    m = machineData(ref);
    const Node *source = m->node(e.from);
    if (!source)
        return true;
    Node after = *source;
    Transitions::removeReference(after.asl.fields, e.meaning);
    if (e.meaning.index >= 0) {
        std::vector<Edge> shifted;
        for (const Edge &o : m->edges)
            if (o.from == e.from && o.meaning.kind == e.meaning.kind &&
                o.meaning.index > e.meaning.index)
                shifted.push_back(o);
        for (Edge &o : shifted) {
            --o.meaning.index;
            changeEdge(o, Aspect::Meaning);
        }
    }
    changeNode(after, Aspect::Asl);
    syncEdges(e.from);
    return true;
}

} // namespace stepwise
