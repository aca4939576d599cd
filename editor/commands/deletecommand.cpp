#include "deletecommand.h"

#include <QSet>

namespace stepwise {

DeleteCommand::DeleteCommand(Workflow *doc, const QVector<Id> &nodes, const QVector<Id> &edges,
                             const QVector<Id> &lanes, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_lanes(lanes)
{
    const WorkflowData &data = doc->data();
    QSet<Id> nodeSet;
    for (Id lane : lanes)
        for (Id n : data.nodesInLane(lane))
            nodeSet.insert(n);
    for (Id n : nodes)
        if (data.node(n))
            nodeSet.insert(n);
    // Edges and loops that would dangle go with the states they touch.
    QSet<Id> edgeSet;
    for (Id e : edges)
        if (data.edge(e))
            edgeSet.insert(e);
    for (const Edge &e : data.edges)
        if (nodeSet.contains(e.from) || nodeSet.contains(e.to))
            edgeSet.insert(e.id);
    for (const Loop &l : data.loops)
        for (Id n : l.nodes)
            if (nodeSet.contains(n)) {
                m_loops.append(l.id);
                break;
            }
    // Document order, so the text keeps its order when undo puts things back.
    for (const Node &n : data.nodes)
        if (nodeSet.contains(n.id))
            m_nodes.append(n.id);
    for (const Edge &e : data.edges)
        if (edgeSet.contains(e.id))
            m_edges.append(e.id);
    for (Id lane : lanes)
        if (!data.lane(lane))
            m_lanes.removeAll(lane);

    if (m_nodes.isEmpty() && m_edges.isEmpty() && m_lanes.isEmpty())
        setObsolete(true);
    const Node *only = m_nodes.size() == 1 ? data.node(m_nodes.first()) : nullptr;
    if (!m_lanes.isEmpty())
        setText(m_lanes.size() == 1 ? tr("Delete lane \"%1\"").arg(data.lane(m_lanes[0])->title)
                                    : tr("Delete %1 lanes").arg(m_lanes.size()));
    else if (only)
        setText(tr("Delete \"%1\"").arg(only->asl.name.isEmpty() ? only->label : only->asl.name));
    else if (m_nodes.isEmpty())
        setText(m_edges.size() == 1 ? tr("Delete 1 edge")
                                    : tr("Delete %1 edges").arg(m_edges.size()));
    else
        setText(tr("Delete %1 states").arg(m_nodes.size()));
}

void DeleteCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    m_removed.clear();
    const WorkflowData &data = m_doc->data();
    bool ok = true;
    auto take = [&](auto entity, Statement::Kind kind, Id id, auto remove) {
        const StatementPlace place = m_doc->placeOf(kind, id);
        const int laneIndex = kind == Statement::Kind::Lane ? data.laneIndex(id) : -1;
        if (!(m_doc->*remove)(id)) {
            ok = false;
            return;
        }
        m_changes.keep(*m_doc);
        m_removed.append(Removed{std::move(entity), place, laneIndex});
    };
    for (Id id : std::as_const(m_loops))
        if (ok && data.loop(id))
            take(*data.loop(id), Statement::Kind::Loop, id, &Workflow::removeLoop);
    for (Id id : std::as_const(m_edges))
        if (ok && data.edge(id))
            take(*data.edge(id), Statement::Kind::Edge, id, &Workflow::removeEdge);
    for (Id id : std::as_const(m_nodes))
        if (ok && data.node(id))
            take(*data.node(id), Statement::Kind::Node, id, &Workflow::removeNode);
    for (Id id : std::as_const(m_lanes))
        if (ok && data.lane(id))
            take(*data.lane(id), Statement::Kind::Lane, id, &Workflow::removeLane);
    if (!ok) {
        // Never half-applied: put back what went and refuse the command.
        m_changes.revert(m_doc);
        m_changes = {};
        m_removed.clear();
        setObsolete(true);
    }
    m_changes.setRecorded();
}

void DeleteCommand::undo()
{
    // The model's record gives back the same ids, order, references and text.
    if (m_changes.isRecorded()) {
        m_changes.revert(m_doc);
        return;
    }
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it) {
        const Removed &r = *it;
        if (const auto *lane = std::get_if<Lane>(&r.entity))
            m_doc->insertLane(*lane, r.laneIndex);
        else if (const auto *node = std::get_if<Node>(&r.entity))
            m_doc->insertNode(*node, r.place);
        else if (const auto *edge = std::get_if<Edge>(&r.entity))
            m_doc->insertEdge(*edge, r.place);
        else if (const auto *loop = std::get_if<Loop>(&r.entity))
            m_doc->insertLoop(*loop, r.place);
    }
}

} // namespace stepwise
