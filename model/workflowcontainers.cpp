// Workflow's edits of containers as wholes: moving a state between machines (into or out of a
// Parallel branch or Map processor), collapsing a container, and turning the branch JSON a new
// container comes with into nested machines.
#include "workflow.h"

#include "asl/aslreader.h"
#include "transitions.h"
#include "workflowids.h"
#include "workflowtransaction.h"

#include <QSet>

namespace stepwise {

namespace {

using Kind = EdgeMeaning::Kind;

bool isContainerType(const Node &n)
{
    return n.asl.type == QLatin1String("Parallel") || n.asl.type == QLatin1String("Map");
}

// The state names of a node and of every state in its branches.
void collectNames(const Node &n, QStringList &out)
{
    if (!n.asl.type.isEmpty())
        out.append(n.asl.name);
    for (const WorkflowData &m : n.subMachines)
        for (const Node &inner : m.nodes)
            collectNames(inner, out);
}

void collectNodeIds(const Node &n, QSet<Id> &out)
{
    out.insert(n.id);
    for (const WorkflowData &m : n.subMachines)
        for (const Node &inner : m.nodes)
            collectNodeIds(inner, out);
}

} // namespace

bool Workflow::nestContainerFields(Node &n)
{
    // A container made from a template (the palette) carries its branches as JSON, as a file
    // would; they become nested machines here, so that their states are entities with ids,
    // drawn, editable and counted when names must be unique (ASL written later keeps them).
    if (!n.subMachines.empty() || !isContainerType(n) || !n.asl.fields.is_object())
        return true;
    OrderedJson &f = n.asl.fields;
    std::vector<WorkflowData> subs;
    if (n.asl.type == QLatin1String("Parallel")) {
        const auto b = f.find("Branches");
        if (b == f.end() || !b->is_array() || b->empty())
            return true;
        for (const OrderedJson &branch : *b) {
            if (!branch.is_object() || !branch.contains("States") || !branch["States"].is_object())
                return true; // a malformed list stays JSON, for the validator to report
            OrderedJson copy = branch;
            subs.push_back(AslReader::buildMachine(copy));
        }
        *b = nullptr;
    } else {
        const char *key = f.contains("ItemProcessor") ? "ItemProcessor" : "Iterator";
        const auto p = f.find(key);
        if (p == f.end() || !p->is_object() || !p->contains("States") ||
            !(*p)["States"].is_object())
            return true;
        OrderedJson copy = *p;
        subs.push_back(AslReader::buildMachine(copy));
        *p = nullptr;
    }
    n.subMachines = std::move(subs);
    QStringList names;
    collectNames(n, names);
    for (int i = 0; i < names.size(); ++i) {
        if (names.indexOf(names[i]) != i)
            return fail(
                tr("The state name \"%1\" is used twice in \"%2\".").arg(names[i], n.asl.name));
        if (i > 0 && stateNamed(names[i]))
            return fail(tr("A state named \"%1\" already exists.").arg(names[i]));
    }
    for (WorkflowData &sub : n.subMachines) {
        WorkflowIds::renumber(sub, m_data);
        Transitions::deriveMissingMeanings(sub);
    }
    return true;
}

QVector<Id> Workflow::edgesDroppedByMove(Id id) const
{
    QVector<Id> out;
    const auto ref = machineOf(id);
    const WorkflowData *m = ref ? machine(*ref) : nullptr;
    if (!m || !m->node(id))
        return out;
    for (const Edge &e : m->edges)
        if ((e.from == id && e.meaning.kind != Kind::End) || (e.to == id && e.from != id))
            out.append(e.id);
    return out;
}

bool Workflow::dropEdgesForMove(Id id)
{
    MachineRef ref;
    machineOfEntity(id, &ref);
    // The End edge goes without its field (End stays true in the new machine); every other
    // edge goes with the reference it drew, from whichever state drew it.
    for (;;) {
        const Edge *next = nullptr;
        for (const Edge &e : machineData(ref)->edges)
            if (e.from == id || e.to == id) {
                next = &e;
                break;
            }
        if (!next)
            break;
        if (next->from == id && (next->meaning.kind == Kind::End || next->meaning.isPlain()))
            eraseEdge(next->id);
        else if (!detach(next->id, true))
            return false;
    }
    dropFromLoops(ref, id);
    return true;
}

bool Workflow::moveStateToLane(Id id, Id laneId, std::optional<QPointF> position)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    const auto to = machineOf(laneId);
    if (!lane(laneId) || !to)
        return fail(tr("There is no such lane."));
    const MachineRef from = *machineOf(id);
    if (*to == from) {
        if (!setNodeLane(id, laneId) || !setNodePosition(id, position))
            return false;
        return t.commit();
    }
    if (n->asl.type.isEmpty())
        return fail(tr("Only ASL states move into or out of a Parallel branch or Map "
                       "processor."));
    const QString name = n->asl.name;
    for (Id up = to->container; up != NoId; up = parentNode(up))
        if (up == id)
            return fail(tr("\"%1\" cannot go into its own branches.").arg(name));
    // Names are unique across the definition; a document read with a repeated one must not
    // gain a second in one machine.
    QSet<Id> moving;
    collectNodeIds(*n, moving);
    QStringList names;
    collectNames(*n, names);
    for (const MachineRef &ref : machines())
        for (const Node &other : machine(ref)->nodes)
            if (!moving.contains(other.id) && !other.asl.type.isEmpty() &&
                names.contains(other.asl.name))
                return fail(tr("A state named \"%1\" already exists; rename one of them first.")
                                .arg(other.asl.name));

    if (!dropEdgesForMove(id))
        return false;
    Node moved = *machineData(from)->node(id);
    eraseNode(id);
    WorkflowData *target = machineData(*to);
    moved.lane = laneId;
    moved.position = position;
    moved.source.clear();
    if (moved.fzId.isEmpty() || target->nodeByFzId(moved.fzId))
        moved.fzId = target->nextFzId();
    putNode(*to, moved, int(target->nodes.size()),
            WorkflowIds::exactPlace(*target, Statement::Kind::Node, {}, laneId));
    target = machineData(*to);
    if (target->aslTop.value("StartAt", std::string()).empty()) {
        OrderedJson top = target->aslTop;
        top["StartAt"] = name.toStdString();
        changeTop(*to, std::move(top));
    }
    syncEdges(id);
    syncReferrers(*to, name);
    return t.commit();
}

bool Workflow::setNodeCollapsed(Id id, bool collapsed)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->subMachines.empty())
        return fail(tr("Only a Parallel or Map state with branches can be collapsed."));
    if (n->collapsed == collapsed)
        return t.commit();
    Node after = *n;
    after.collapsed = collapsed; // the FlowZap and ASL text do not carry it: source stays
    changeNode(after, Aspect::Collapsed);
    return t.commit();
}

} // namespace stepwise
