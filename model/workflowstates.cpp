// Workflow's operations on ASL states, their names, branches and transitions as a whole.
#include "workflow.h"

#include "asl/asldiagram.h"
#include "transitions.h"
#include "workflowids.h"
#include "workflowtransaction.h"

namespace stepwise {

namespace {

using Kind = EdgeMeaning::Kind;

bool sameKindFits(Kind kind, const Node &source)
{
    const QString &t = source.asl.type;
    if (kind == Kind::Choice || kind == Kind::Default)
        return t == QLatin1String("Choice");
    if (kind == Kind::Catch)
        return t == QLatin1String("Task") || t == QLatin1String("Parallel") ||
               t == QLatin1String("Map");
    return false;
}

} // namespace

bool Workflow::renameSteps(Id id, const QString &name)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    const QString old = m->node(id)->asl.name;
    if (old == name)
        return true;
    if (name.isEmpty() || name.size() > 80)
        return fail(tr("A state name must have 1 to 80 characters."));
    if (!nameFree(name, id))
        return false;
    std::vector<Node> changed;
    for (const Node &n : m->nodes) {
        if (n.asl.type.isEmpty())
            continue;
        Node after = n;
        bool edit = Transitions::renameReferences(after.asl.fields, old, name);
        if (n.id == id) {
            after.asl.name = name;
            if (after.label == old) {
                after.label = name;
                after.hasLabel = true;
            }
            after.source.clear();
            edit = true;
        }
        if (edit)
            changed.push_back(std::move(after));
    }
    for (const Node &n : changed)
        changeNode(n, Aspect::Asl);
    m = machineData(ref);
    if (m->aslTop.value("StartAt", std::string()) == old.toStdString()) {
        OrderedJson top = m->aslTop;
        top["StartAt"] = name.toStdString();
        changeTop(ref, std::move(top));
    }
    syncReferrers(ref, name); // a reference that named no state may name this one now
    // Breakpoints name states by key ([container key, branch, ..., state key]); a key is the ASL
    // name, unique across the definition, so every key position spelling the old name is this
    // state, as the state itself or as a container on the way to a nested one.
    OrderedJson breakpoints = m_data.breakpoints;
    bool moved = false;
    const std::string from = old.toStdString(), to = name.toStdString();
    if (breakpoints.is_array())
        for (OrderedJson &path : breakpoints)
            if (path.is_array())
                for (std::size_t k = 0; k < path.size(); k += 2)
                    if (path[k].is_string() && path[k].get<std::string>() == from) {
                        path[k] = to;
                        moved = true;
                    }
    if (moved)
        setBreakpoints(breakpoints);
    return true;
}

bool Workflow::renameState(Id id, const QString &name)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->asl.type.isEmpty())
        return fail(tr("\"%1\" has no ASL state to rename; edit its label.").arg(n->label));
    if (!renameSteps(id, name))
        return false;
    return t.commit();
}

bool Workflow::setNodeAsl(Id id, const AslState &asl)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->asl == asl)
        return t.commit();
    const bool was = !n->asl.type.isEmpty();
    if (was && asl.type.isEmpty())
        return fail(tr("A state keeps a type; delete the state instead."));
    if (!asl.type.isEmpty() && asl.name.isEmpty())
        return fail(tr("A state needs a name."));
    if (!asl.name.isEmpty() && !nameFree(asl.name, id))
        return false;
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    if (!was && !asl.type.isEmpty()) {
        for (const Edge &e : m->edges) {
            const Node *other = m->node(e.from == id ? e.to : e.from);
            if ((e.from == id || e.to == id) && other && !other->asl.type.isEmpty())
                return fail(tr("Remove the node's edges to states before giving it an ASL "
                               "state; connect it again afterwards."));
        }
    }
    if (was && asl.name != n->asl.name && !renameSteps(id, asl.name))
        return false;
    m = machineData(ref);
    Node after = *m->node(id);
    const OrderedJson oldFields = after.asl.fields;
    after.asl = asl;
    changeNode(after, Aspect::Asl);
    syncEdges(id, &oldFields);
    if (!was)
        syncReferrers(ref, asl.name);
    return t.commit();
}

bool Workflow::removeStateSteps(Id id)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    if (!m || !m->node(id))
        return fail(tr("There is no such node."));
    // Incoming edges first: each takes the reference it drew out of its source's fields.
    for (;;) {
        Id next = NoId;
        for (const Edge &e : machineData(ref)->edges)
            if (e.from == id || e.to == id) {
                next = e.id;
                break;
            }
        if (next == NoId)
            break;
        const Edge &e = *machineData(ref)->edge(next);
        if (e.from == id)
            eraseEdge(next);
        else
            detach(next, true);
    }
    dropFromLoops(ref, id);
    eraseNode(id);
    return true;
}

void Workflow::dropFromLoops(MachineRef ref, Id id)
{
    std::vector<Loop> loops; // copies: erasing and changing edit the machine's list
    for (const Loop &l : machineData(ref)->loops)
        if (l.nodes.contains(id))
            loops.push_back(l);
    for (Loop &l : loops) {
        l.nodes.removeAll(id);
        if (l.nodes.size() < 2) {
            eraseLoop(l.id);
        } else {
            l.source.clear();
            changeLoop(l, Aspect::Nodes);
        }
    }
}

bool Workflow::setNodeSubMachines(Id id, std::vector<WorkflowData> machines)
{
    Transaction t(this);
    if (!editableNode(id))
        return false;
    for (WorkflowData &sub : machines) {
        WorkflowIds::renumber(sub, m_data);
        Transitions::deriveMissingMeanings(sub);
    }
    changeSubMachines(id, std::move(machines));
    return t.commit();
}

Id Workflow::addBranch(Id id, int index)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return NoId;
    const bool map = n->asl.type == QLatin1String("Map");
    if (n->asl.type != QLatin1String("Parallel") && !(map && n->subMachines.empty())) {
        fail(map ? tr("A Map state has one processor.")
                 : tr("Only Parallel and Map states hold branches."));
        return NoId;
    }
    WorkflowData branch;
    Lane lane;
    lane.id = m_data.nextId++;
    lane.key = QLatin1String(AslDiagram::laneKey);
    lane.title = map ? tr("Processor") : tr("Branch %1").arg(n->subMachines.size() + 1);
    Node start;
    start.id = m_data.nextId++;
    start.lane = lane.id;
    start.fzId = QStringLiteral("n1");
    start.shape = Shape::Circle;
    start.label = AslDiagram::tr("Start");
    lane.body.push_back(Statement{Statement::Kind::Node, start.id, {}});
    branch.topLevel.push_back(Statement{Statement::Kind::Lane, lane.id, {}});
    branch.lanes.push_back(lane);
    branch.nodes.push_back(start);
    branch.aslTop = OrderedJson{{"StartAt", ""}, {"States", nullptr}};
    branch.nextId = start.id + 1; // a nested counter only bounds the machine's own ids
    std::vector<WorkflowData> all = n->subMachines;
    if (index < 0 || index > int(all.size()))
        index = int(all.size());
    all.insert(all.begin() + index, std::move(branch));
    changeSubMachines(id, std::move(all));
    t.commit();
    return lane.id;
}

bool Workflow::removeBranch(Id id, int index)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (index < 0 || index >= int(n->subMachines.size()))
        return fail(tr("There is no such branch."));
    std::vector<WorkflowData> all = n->subMachines;
    all.erase(all.begin() + index);
    changeSubMachines(id, std::move(all));
    return t.commit();
}

bool Workflow::setAslTop(const OrderedJson &top, MachineRef ref)
{
    Transaction t(this);
    const WorkflowData *m = machineData(ref);
    if (!m)
        return fail(tr("There is no such branch."));
    if (!top.is_object())
        return fail(tr("The top-level fields must be a JSON object."));
    if (m->aslTop == top)
        return t.commit();
    changeTop(ref, top);
    syncStart(ref);
    return t.commit();
}

bool Workflow::setEdgeEnds(Id id, Id from, Side fromSide, Id to, Side toSide)
{
    Transaction t(this);
    const Edge *old = editableEdge(id);
    if (!old)
        return false;
    const Node *src = node(from);
    const Node *dst = node(to);
    if (!src || !dst)
        return fail(tr("An edge must join two existing nodes."));
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    if (!(*machineOf(from) == ref) || !(*machineOf(to) == ref))
        return fail(tr("An edge cannot leave its machine (a Parallel branch or Map processor)."));
    Edge e = *old;
    const EdgeMeaning oldMeaning = old->meaning;
    const bool sameEnds = e.from == from && e.to == to;
    e.fromSide = fromSide;
    e.toSide = toSide;
    e.source.clear();
    if (sameEnds) {
        if (e.fromSide != old->fromSide || e.toSide != old->toSide)
            changeEdge(e, Aspect::Ends);
        return t.commit();
    }
    const bool stateTo = !dst->asl.type.isEmpty();
    const Kind kind = e.meaning.kind;
    if (e.from == from && !e.meaning.isPlain() &&
        (stateTo || to == Transitions::endMarker(*m, true))) {
        // A new target: the reference follows (End <-> Next when it moves to or from the end).
        if (kind == Kind::StartAt) {
            if (!stateTo)
                return fail(tr("The start leads to a state."));
            OrderedJson top = m->aslTop;
            top["StartAt"] = dst->asl.name.toStdString();
            e.to = to;
            changeEdge(e, Aspect::Ends);
            changeTop(ref, std::move(top));
            return t.commit();
        }
        Node after = *src;
        const OrderedJson oldFields = after.asl.fields;
        if (!stateTo) {
            if (kind != Kind::Next && kind != Kind::End)
                return fail(tr("Only Next can become End."));
            after.asl.fields.erase("Next");
            after.asl.fields["End"] = true;
            e.meaning = EdgeMeaning{Kind::End, -1};
        } else if (kind == Kind::End) {
            after.asl.fields.erase("End");
            after.asl.fields["Next"] = dst->asl.name.toStdString();
            e.meaning = EdgeMeaning{Kind::Next, -1};
        } else {
            Transitions::setTarget(after.asl.fields, e.meaning, dst->asl.name);
        }
        e.to = to;
        changeEdge(e, e.meaning == oldMeaning ? Aspect::Ends : Aspect::Meaning);
        changeNode(after, Aspect::Asl);
        syncEdges(from, &oldFields);
        return t.commit();
    }
    if (e.meaning.isPlain()) {
        Edge moved = e;
        moved.from = from;
        moved.to = to;
        EdgeMeaning gains;
        if (!chooseMeaning(moved, std::nullopt, &gains))
            return false;
        if (gains.isPlain()) {
            // A FlowZap edge keeps its place; it follows its source into another lane.
            std::optional<StatementPlace> place;
            const StatementPlace at = placeIn(*m, Statement::Kind::Edge, id);
            if (moved.from != old->from && at.lane != NoId)
                place = WorkflowIds::exactPlace(*m, Statement::Kind::Edge, {}, src->lane);
            changeEdge(moved, Aspect::Ends, place);
            return t.commit();
        }
    }
    // A new source (or a plain edge that gains a meaning): the reference moves.
    std::optional<EdgeMeaning> wanted;
    if ((kind == Kind::Choice || kind == Kind::Catch || kind == Kind::Default) &&
        sameKindFits(kind, *src) && !src->asl.type.isEmpty() && stateTo)
        wanted = EdgeMeaning{kind, -1};
    bool hadDefault = false;
    if (!e.meaning.isPlain()) {
        const Node *oldSource = m->node(e.from);
        if (oldSource &&
            e.label == Transitions::defaultLabel(oldSource->asl.fields, e.meaning, &hadDefault)) {
            e.label.clear();
            e.hasLabel = false;
        }
    }
    if (!detach(id, true))
        return false;
    e.from = from;
    e.to = to;
    e.meaning = {};
    if (!attach(e, wanted, {}))
        return false;
    return t.commit();
}

bool Workflow::setEdgeMeaning(Id id, EdgeMeaning meaning)
{
    Transaction t(this);
    const Edge *old = editableEdge(id);
    if (!old)
        return false;
    if (old->meaning == meaning)
        return t.commit();
    Edge e = *old;
    bool had = false;
    const Node *source = node(e.from);
    if (source && e.label == Transitions::defaultLabel(source->asl.fields, e.meaning, &had)) {
        e.label.clear();
        e.hasLabel = false;
    }
    if (!detach(id, true))
        return false;
    e.meaning = {};
    e.source.clear();
    if (!attach(e, meaning, {}))
        return false;
    return t.commit();
}

} // namespace stepwise
