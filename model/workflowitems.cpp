// Workflow's mutations of nodes, edges and loops (lanes and statements: workflow.cpp).
#include "workflow.h"

namespace stepwise {

Node *Workflow::editableNode(Id id)
{
    Node *n = m_data.node(id);
    if (!n)
        fail(tr("There is no such node."));
    return n;
}

Edge *Workflow::editableEdge(Id id)
{
    Edge *e = m_data.edge(id);
    if (!e)
        fail(tr("There is no such edge."));
    return e;
}

Loop *Workflow::editableLoop(Id id)
{
    Loop *l = m_data.loop(id);
    if (!l)
        fail(tr("There is no such loop."));
    return l;
}

void Workflow::forgetEdgeSourcesAround(Id node)
{
    for (Edge &e : m_data.edges)
        if (e.from == node || e.to == node)
            e.source.clear();
}

void Workflow::forgetLoopSourcesAround(Id node)
{
    for (Loop &l : m_data.loops)
        if (l.nodes.contains(node))
            l.source.clear();
}

// ---- nodes --------------------------------------------------------------------------------

Id Workflow::addNode(Id lane, Shape shape, const QString &label)
{
    Node node;
    node.id = m_data.allocateId();
    node.lane = lane;
    node.shape = shape;
    node.label = label;
    node.fzId = m_data.nextFzId();
    return insertNode(node) ? node.id : NoId;
}

bool Workflow::insertNode(const Node &node, StatementPlace place)
{
    if (!m_data.lane(node.lane))
        return fail(tr("A node must belong to an existing lane."));
    if (node.id == NoId || m_data.node(node.id))
        return fail(tr("The node id is already in use."));
    if (node.fzId.isEmpty() || m_data.nodeByFzId(node.fzId))
        return fail(tr("The node identifier \"%1\" is already in use.").arg(node.fzId));
    m_data.nextId = std::max(m_data.nextId, node.id + 1);
    m_data.nodes.push_back(node);
    placeStatement(Statement{Statement::Kind::Node, node.id, {}}, place, node.lane);
    emit nodeAdded(node.id);
    return true;
}

bool Workflow::removeNode(Id id)
{
    if (!editableNode(id))
        return false;
    for (const Edge &e : m_data.edges)
        if (e.from == id || e.to == id)
            return fail(tr("Remove the node's edges before the node."));
    for (const Loop &l : m_data.loops)
        if (l.nodes.contains(id))
            return fail(tr("Remove the node from its loops before the node."));
    dropStatement(Statement::Kind::Node, id);
    m_data.nodes.erase(m_data.nodes.begin() + m_data.nodeIndex.value(id));
    emit nodeRemoved(id);
    return true;
}

bool Workflow::setNodeLabel(Id id, const QString &label)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->label == label && n->hasLabel)
        return true;
    n->label = label;
    n->hasLabel = true;
    n->source.clear();
    emit nodeChanged(id, Aspect::Label);
    return true;
}

bool Workflow::setNodeShape(Id id, Shape shape)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->shape == shape)
        return true;
    n->shape = shape;
    n->source.clear();
    emit nodeChanged(id, Aspect::Shape);
    return true;
}

bool Workflow::setNodeTaskbox(Id id, const QString &owner, const QString &description,
                              const QString &system)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->owner == owner && n->description == description && n->system == system)
        return true;
    n->owner = owner;
    n->description = description;
    n->system = system;
    n->source.clear();
    emit nodeChanged(id, Aspect::Taskbox);
    return true;
}

bool Workflow::setNodeLane(Id id, Id lane)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (!m_data.lane(lane))
        return fail(tr("There is no such lane."));
    if (n->lane == lane)
        return true;
    n->lane = lane;
    // The node's statement and the edges it starts move into the new lane's text.
    dropStatement(Statement::Kind::Node, id);
    placeStatement(Statement{Statement::Kind::Node, id, {}}, {}, lane);
    for (const Edge &e : m_data.edges) {
        if (e.from != id)
            continue;
        const StatementPlace at = placeOf(Statement::Kind::Edge, e.id);
        if (at.lane != NoId) {
            dropStatement(Statement::Kind::Edge, e.id);
            placeStatement(Statement{Statement::Kind::Edge, e.id, {}}, {}, lane);
        }
    }
    forgetEdgeSourcesAround(id);
    emit nodeChanged(id, Aspect::Lane);
    return true;
}

bool Workflow::setNodePosition(Id id, std::optional<QPointF> position)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->position == position)
        return true;
    n->position = position; // layout only: the FlowZap text does not change
    emit nodeChanged(id, Aspect::Position);
    return true;
}

bool Workflow::setNodeAsl(Id id, const AslState &asl)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (!asl.name.isEmpty()) {
        const Node *other = m_data.nodeByStateName(asl.name);
        if (other && other->id != id)
            return fail(tr("A state named \"%1\" already exists.").arg(asl.name));
    }
    if (n->asl == asl)
        return true;
    n->asl = asl;
    emit nodeChanged(id, Aspect::Asl);
    return true;
}

bool Workflow::setNodeSubMachines(Id id, std::vector<WorkflowData> machines)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    n->subMachines = std::move(machines);
    emit nodeChanged(id, Aspect::SubMachines);
    return true;
}

bool Workflow::setNodeFzId(Id id, const QString &fzId)
{
    Node *n = editableNode(id);
    if (!n)
        return false;
    if (n->fzId == fzId)
        return true;
    if (fzId.isEmpty() || m_data.nodeByFzId(fzId))
        return fail(tr("The node identifier \"%1\" is already in use.").arg(fzId));
    n = m_data.node(id);
    n->fzId = fzId;
    n->source.clear();
    forgetEdgeSourcesAround(id);
    forgetLoopSourcesAround(id);
    emit nodeChanged(id, Aspect::FzId);
    return true;
}

// ---- edges --------------------------------------------------------------------------------

Id Workflow::addEdge(Id from, Side fromSide, Id to, Side toSide, const QString &label,
                     bool hasLabel)
{
    Edge e;
    e.id = m_data.allocateId();
    e.from = from;
    e.to = to;
    e.fromSide = fromSide;
    e.toSide = toSide;
    e.label = label;
    e.hasLabel = hasLabel || !label.isEmpty();
    return insertEdge(e) ? e.id : NoId;
}

bool Workflow::insertEdge(const Edge &edge, StatementPlace place)
{
    const Node *from = m_data.node(edge.from);
    if (!from || !m_data.node(edge.to))
        return fail(tr("An edge must join two existing nodes."));
    if (edge.id == NoId || m_data.edge(edge.id))
        return fail(tr("The edge id is already in use."));
    m_data.nextId = std::max(m_data.nextId, edge.id + 1);
    const Id lane = from->lane;
    m_data.edges.push_back(edge);
    placeStatement(Statement{Statement::Kind::Edge, edge.id, {}}, place, lane);
    emit edgeAdded(edge.id);
    return true;
}

bool Workflow::removeEdge(Id id)
{
    if (!editableEdge(id))
        return false;
    dropStatement(Statement::Kind::Edge, id);
    m_data.edges.erase(m_data.edges.begin() + m_data.edgeIndex.value(id));
    emit edgeRemoved(id);
    return true;
}

bool Workflow::setEdgeLabel(Id id, const QString &label, bool hasLabel)
{
    Edge *e = editableEdge(id);
    if (!e)
        return false;
    hasLabel = hasLabel || !label.isEmpty();
    if (e->label == label && e->hasLabel == hasLabel)
        return true;
    e->label = label;
    e->hasLabel = hasLabel;
    e->source.clear();
    emit edgeChanged(id, Aspect::Label);
    return true;
}

bool Workflow::setEdgeEnds(Id id, Id from, Side fromSide, Id to, Side toSide)
{
    Edge *e = editableEdge(id);
    if (!e)
        return false;
    if (!m_data.node(from) || !m_data.node(to))
        return fail(tr("An edge must join two existing nodes."));
    e = m_data.edge(id);
    const bool sourceMoved = e->from != from;
    e->from = from;
    e->to = to;
    e->fromSide = fromSide;
    e->toSide = toSide;
    e->source.clear();
    if (sourceMoved && placeOf(Statement::Kind::Edge, id).lane != NoId) {
        dropStatement(Statement::Kind::Edge, id);
        placeStatement(Statement{Statement::Kind::Edge, id, {}}, {}, m_data.node(from)->lane);
    }
    emit edgeChanged(id, Aspect::Ends);
    return true;
}

// ---- loops --------------------------------------------------------------------------------

bool Workflow::validLoopNodes(const QVector<Id> &nodes)
{
    if (nodes.size() < 2)
        return fail(tr("A loop needs at least two nodes."));
    for (Id n : nodes)
        if (!m_data.node(n))
            return fail(tr("A loop may only name existing nodes."));
    return true;
}

Id Workflow::addLoop(const QString &condition, const QVector<Id> &nodes)
{
    Loop l;
    l.id = m_data.allocateId();
    l.condition = condition;
    l.nodes = nodes;
    return insertLoop(l) ? l.id : NoId;
}

bool Workflow::insertLoop(const Loop &loop, StatementPlace place)
{
    if (!validLoopNodes(loop.nodes))
        return false;
    if (loop.id == NoId || m_data.loop(loop.id))
        return fail(tr("The loop id is already in use."));
    m_data.nextId = std::max(m_data.nextId, loop.id + 1);
    m_data.loops.push_back(loop);
    const Id lane = m_data.node(loop.nodes.first())->lane;
    if (place.index < 0) // loops go last in the lane of their first node
        place = StatementPlace{lane, int(m_data.lane(lane)->body.size())};
    placeStatement(Statement{Statement::Kind::Loop, loop.id, {}}, place, lane);
    emit loopAdded(loop.id);
    return true;
}

bool Workflow::removeLoop(Id id)
{
    if (!editableLoop(id))
        return false;
    dropStatement(Statement::Kind::Loop, id);
    m_data.loops.erase(std::find_if(m_data.loops.begin(), m_data.loops.end(),
                                    [id](const Loop &l) { return l.id == id; }));
    emit loopRemoved(id);
    return true;
}

bool Workflow::setLoopCondition(Id id, const QString &condition)
{
    Loop *l = editableLoop(id);
    if (!l)
        return false;
    if (l->condition == condition)
        return true;
    l->condition = condition;
    l->source.clear();
    emit loopChanged(id, Aspect::Condition);
    return true;
}

bool Workflow::setLoopNodes(Id id, const QVector<Id> &nodes)
{
    if (!editableLoop(id) || !validLoopNodes(nodes))
        return false;
    Loop *l = m_data.loop(id);
    l->nodes = nodes;
    l->source.clear();
    emit loopChanged(id, Aspect::Nodes);
    return true;
}

// ---- document -----------------------------------------------------------------------------

void Workflow::setAslTop(const OrderedJson &top)
{
    m_data.aslTop = top;
    emit documentChanged(Aspect::AslTop);
}

void Workflow::setSavedInputs(const OrderedJson &inputs)
{
    m_data.savedInputs = inputs;
    emit documentChanged(Aspect::SavedInputs);
}

} // namespace stepwise
