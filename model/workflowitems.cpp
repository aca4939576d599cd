// Workflow's mutations of nodes, edges and loops (lanes and statements: workflow.cpp; what
// keeps ASL fields and edges in step: workflowtransitions.cpp).
#include "workflow.h"

#include "workflowids.h"
#include "workflowtransaction.h"

namespace stepwise {

namespace {

void collectIds(const WorkflowData &m, QVector<Id> &out)
{
    for (const Lane &l : m.lanes)
        out.append(l.id);
    for (const Edge &e : m.edges)
        out.append(e.id);
    for (const Loop &l : m.loops)
        out.append(l.id);
    for (const Node &n : m.nodes) {
        out.append(n.id);
        for (const WorkflowData &sub : n.subMachines)
            collectIds(sub, out);
    }
}

} // namespace

void Workflow::forgetEdgeSourcesAround(Id node)
{
    const auto ref = machineOf(node);
    if (!ref)
        return;
    std::vector<Edge> touched;
    for (const Edge &e : machine(*ref)->edges)
        if ((e.from == node || e.to == node) && !e.source.isEmpty())
            touched.push_back(e);
    for (Edge &e : touched) {
        e.source.clear();
        changeEdge(e, Aspect::Ends);
    }
}

void Workflow::forgetLoopSourcesAround(Id node)
{
    const auto ref = machineOf(node);
    if (!ref)
        return;
    std::vector<Loop> touched;
    for (const Loop &l : machine(*ref)->loops)
        if (l.nodes.contains(node) && !l.source.isEmpty())
            touched.push_back(l);
    for (Loop &l : touched) {
        l.source.clear();
        changeLoop(l, Aspect::Nodes);
    }
}

bool Workflow::nameFree(const QString &name, Id except)
{
    const Node *other = stateNamed(name);
    if (other && other->id != except)
        return fail(tr("A state named \"%1\" already exists.").arg(name));
    return true;
}

// ---- nodes --------------------------------------------------------------------------------

Id Workflow::addNode(Id lane, Shape shape, const QString &label)
{
    const auto ref = machineOf(lane);
    Node node;
    node.id = m_data.nextId;
    node.lane = lane;
    node.shape = shape;
    node.label = label;
    node.fzId = ref ? machine(*ref)->nextFzId() : QString();
    return insertNode(node) ? node.id : NoId;
}

Id Workflow::addState(Id lane, const AslState &asl, Shape shape)
{
    if (asl.type.isEmpty() || asl.name.isEmpty()) {
        fail(tr("A state needs a name and a type."));
        return NoId;
    }
    const auto ref = machineOf(lane);
    Node node;
    node.id = m_data.nextId;
    node.lane = lane;
    node.shape = shape;
    node.label = asl.name;
    node.asl = asl;
    node.fzId = ref ? machine(*ref)->nextFzId() : QString();
    return insertNode(node) ? node.id : NoId;
}

bool Workflow::insertNode(const Node &node, StatementPlace place)
{
    Transaction t(this);
    const auto ref = machineOf(node.lane);
    if (!lane(node.lane) || !ref)
        return fail(tr("A node must belong to an existing lane."));
    WorkflowData *m = machineData(*ref);
    QVector<Id> ids{node.id};
    for (const WorkflowData &sub : node.subMachines)
        collectIds(sub, ids);
    Where w;
    for (Id id : ids)
        if (id == NoId || findWhere(id, &w))
            return fail(tr("The node id is already in use."));
    if (node.fzId.isEmpty() || m->nodeByFzId(node.fzId))
        return fail(tr("The node identifier \"%1\" is already in use.").arg(node.fzId));
    if (!node.asl.type.isEmpty()) {
        if (node.asl.name.isEmpty())
            return fail(tr("A state needs a name."));
        if (!nameFree(node.asl.name, NoId))
            return false;
    }
    for (Id id : ids)
        m_data.nextId = std::max(m_data.nextId, id + 1);
    Node made = node;
    if (!nestContainerFields(made))
        return false;
    m = machineData(*ref);
    putNode(*ref, made, int(m->nodes.size()),
            WorkflowIds::exactPlace(*m, Statement::Kind::Node, place, node.lane));
    if (!node.asl.type.isEmpty()) {
        syncEdges(node.id);
        syncReferrers(*ref, node.asl.name);
    }
    return t.commit();
}

bool Workflow::removeNode(Id id)
{
    Transaction t(this);
    MachineRef ref;
    const WorkflowData *m = machineOfEntity(id, &ref);
    if (!m || !m->node(id))
        return fail(tr("There is no such node."));
    for (const Edge &e : m->edges)
        if (e.from == id || e.to == id)
            return fail(tr("Remove the node's edges before the node."));
    for (const Loop &l : m->loops)
        if (l.nodes.contains(id))
            return fail(tr("Remove the node from its loops before the node."));
    eraseNode(id);
    return t.commit();
}

bool Workflow::removeState(Id id)
{
    Transaction t(this);
    if (!removeStateSteps(id))
        return false;
    return t.commit();
}

bool Workflow::setNodeLabel(Id id, const QString &label)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->label == label && n->hasLabel)
        return t.commit();
    Node after = *n;
    after.label = label;
    after.hasLabel = true;
    after.source.clear();
    changeNode(after, Aspect::Label);
    return t.commit();
}

bool Workflow::setNodeShape(Id id, Shape shape)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->shape == shape)
        return t.commit();
    Node after = *n;
    after.shape = shape;
    after.source.clear();
    changeNode(after, Aspect::Shape);
    return t.commit();
}

bool Workflow::setNodeTaskbox(Id id, const QString &owner, const QString &description,
                              const QString &system)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->owner == owner && n->description == description && n->system == system)
        return t.commit();
    Node after = *n;
    after.owner = owner;
    after.description = description;
    after.system = system;
    after.source.clear();
    changeNode(after, Aspect::Taskbox);
    return t.commit();
}

bool Workflow::setNodeLane(Id id, Id laneId)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (!lane(laneId))
        return fail(tr("There is no such lane."));
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    if (!(*machineOf(laneId) == ref))
        return fail(tr("A state cannot move out of its machine (Parallel branch or Map)."));
    if (n->lane == laneId)
        return t.commit();
    Node after = *n;
    after.lane = laneId; // the node's own text names no lane: its source stays
    changeNode(after, Aspect::Lane, WorkflowIds::exactPlace(*m, Statement::Kind::Node, {}, laneId));
    // The edges the node starts move into the new lane's text; every edge around it is
    // written again (a cross-lane reference may appear or vanish).
    std::vector<Edge> around;
    for (const Edge &e : m->edges)
        if (e.from == id || e.to == id)
            around.push_back(e);
    for (Edge &e : around) {
        const StatementPlace at = placeIn(*m, Statement::Kind::Edge, e.id);
        std::optional<StatementPlace> to;
        if (e.from == id && at.lane != NoId)
            to = WorkflowIds::exactPlace(*m, Statement::Kind::Edge, {}, laneId);
        if (e.source.isEmpty() && !to)
            continue;
        e.source.clear();
        changeEdge(e, Aspect::Ends, to);
    }
    return t.commit();
}

bool Workflow::setNodePosition(Id id, std::optional<QPointF> position)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->position == position)
        return t.commit();
    Node after = *n;
    after.position = position; // layout only: the FlowZap text does not change
    changeNode(after, Aspect::Position);
    return t.commit();
}

bool Workflow::setNodeFzId(Id id, const QString &fzId)
{
    Transaction t(this);
    const Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->fzId == fzId)
        return t.commit();
    const WorkflowData *m = machineOfEntity(id);
    if (fzId.isEmpty() || m->nodeByFzId(fzId))
        return fail(tr("The node identifier \"%1\" is already in use.").arg(fzId));
    Node after = *n;
    after.fzId = fzId;
    after.source.clear();
    changeNode(after, Aspect::FzId);
    forgetEdgeSourcesAround(id);
    forgetLoopSourcesAround(id);
    return t.commit();
}

// ---- edges --------------------------------------------------------------------------------

Id Workflow::addEdge(Id from, Side fromSide, Id to, Side toSide, const QString &label,
                     bool hasLabel, std::optional<EdgeMeaning> meaning)
{
    Transaction t(this);
    Edge e;
    e.id = m_data.nextId;
    e.from = from;
    e.to = to;
    e.fromSide = fromSide;
    e.toSide = toSide;
    e.label = label;
    e.hasLabel = hasLabel || !label.isEmpty();
    if (!attach(e, meaning, {}))
        return NoId;
    t.commit();
    return e.id;
}

bool Workflow::insertEdge(const Edge &edge, StatementPlace place)
{
    Transaction t(this);
    Where w;
    if (edge.id == NoId || findWhere(edge.id, &w))
        return fail(tr("The edge id is already in use."));
    if (!attach(edge, edge.meaning.isPlain() ? std::nullopt : std::optional(edge.meaning), place))
        return false;
    return t.commit();
}

bool Workflow::removeEdge(Id id)
{
    Transaction t(this);
    if (!editableEdge(id) || !detach(id, true))
        return false;
    return t.commit();
}

bool Workflow::setEdgeLabel(Id id, const QString &label, bool hasLabel)
{
    Transaction t(this);
    const Edge *e = editableEdge(id);
    if (!e)
        return false;
    hasLabel = hasLabel || !label.isEmpty();
    if (e->label == label && e->hasLabel == hasLabel)
        return t.commit();
    Edge after = *e;
    after.label = label;
    after.hasLabel = hasLabel;
    after.source.clear();
    changeEdge(after, Aspect::Label);
    return t.commit();
}

// ---- loops --------------------------------------------------------------------------------

bool Workflow::validLoopNodes(const QVector<Id> &nodes, MachineRef *ref)
{
    if (nodes.size() < 2)
        return fail(tr("A loop needs at least two nodes."));
    for (Id n : nodes)
        if (!node(n))
            return fail(tr("A loop may only name existing nodes."));
    *ref = *machineOf(nodes.first());
    for (Id n : nodes)
        if (!(*machineOf(n) == *ref))
            return fail(tr("A loop may only name nodes of one machine."));
    return true;
}

Id Workflow::addLoop(const QString &condition, const QVector<Id> &nodes)
{
    Loop l;
    l.id = m_data.nextId;
    l.condition = condition;
    l.nodes = nodes;
    return insertLoop(l) ? l.id : NoId;
}

bool Workflow::insertLoop(const Loop &loop, StatementPlace place)
{
    Transaction t(this);
    MachineRef ref;
    if (!validLoopNodes(loop.nodes, &ref))
        return false;
    Where w;
    if (loop.id == NoId || findWhere(loop.id, &w))
        return fail(tr("The loop id is already in use."));
    m_data.nextId = std::max(m_data.nextId, loop.id + 1);
    WorkflowData *m = machineData(ref);
    const Id laneId = m->node(loop.nodes.first())->lane;
    if (place.index < 0) // loops go last in the lane of their first node
        place = StatementPlace{laneId, int(m->lane(laneId)->body.size())};
    putLoop(ref, loop, int(m->loops.size()), place);
    return t.commit();
}

bool Workflow::removeLoop(Id id)
{
    Transaction t(this);
    if (!editableLoop(id))
        return false;
    eraseLoop(id);
    return t.commit();
}

bool Workflow::setLoopCondition(Id id, const QString &condition)
{
    Transaction t(this);
    const Loop *l = editableLoop(id);
    if (!l)
        return false;
    if (l->condition == condition)
        return t.commit();
    Loop after = *l;
    after.condition = condition;
    after.source.clear();
    changeLoop(after, Aspect::Condition);
    return t.commit();
}

bool Workflow::setLoopNodes(Id id, const QVector<Id> &nodes)
{
    Transaction t(this);
    MachineRef ref;
    if (!editableLoop(id) || !validLoopNodes(nodes, &ref))
        return false;
    if (!(*machineOf(id) == ref))
        return fail(tr("A loop may only name nodes of one machine."));
    Loop after = *loop(id);
    after.nodes = nodes;
    after.source.clear();
    changeLoop(after, Aspect::Nodes);
    return t.commit();
}

} // namespace stepwise
