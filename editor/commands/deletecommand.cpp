#include "deletecommand.h"

#include "workflow.h"

#include <QSet>

namespace stepwise {

namespace {

// Whether `id` lies inside one of `containers` (a Parallel/Map node deleted with its branches).
bool insideAny(const Workflow &doc, Id id, const QSet<Id> &containers)
{
    for (Id up = doc.parentNode(id); up != NoId; up = doc.parentNode(up))
        if (containers.contains(up))
            return true;
    return false;
}

} // namespace

DeleteCommand::DeleteCommand(Workflow *doc, const QVector<Id> &nodes, const QVector<Id> &edges,
                             const QVector<Id> &lanes, QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    // What goes with something else (states of a deleted lane, entities inside a deleted
    // container, edges of a deleted state) is left to the operation that takes it along.
    QSet<Id> laneSet, nodeSet;
    for (Id l : lanes)
        if (doc->lane(l))
            laneSet.insert(l);
    for (Id n : nodes)
        if (const Node *node = doc->node(n); node && !laneSet.contains(node->lane))
            nodeSet.insert(n);
    QSet<Id> gone = nodeSet;
    for (Id l : std::as_const(laneSet))
        if (const auto ref = doc->machineOf(l))
            for (Id n : doc->machine(*ref)->nodesInLane(l))
                gone.insert(n);
    QVector<Id> keptLanes, keptNodes, keptEdges;
    for (Id l : lanes)
        if (laneSet.contains(l) && !insideAny(*doc, l, gone) && !keptLanes.contains(l))
            keptLanes.append(l);
    for (Id n : nodes)
        if (nodeSet.contains(n) && !insideAny(*doc, n, gone) && !keptNodes.contains(n))
            keptNodes.append(n);
    for (Id e : edges) {
        const Edge *edge = doc->edge(e);
        if (edge && !gone.contains(edge->from) && !gone.contains(edge->to) &&
            !insideAny(*doc, e, gone) && !keptEdges.contains(e))
            keptEdges.append(e);
    }

    // Edges first (their references go), then states, then lanes with what they hold.
    for (Id e : std::as_const(keptEdges))
        addOperation(
            [e](Workflow *d) { return d->edge(e) ? of(d->removeEdge(e)) : Result::Skipped; });
    for (Id n : std::as_const(keptNodes))
        addOperation(
            [n](Workflow *d) { return d->node(n) ? of(d->removeState(n)) : Result::Skipped; });
    for (Id l : std::as_const(keptLanes))
        addOperation([l](Workflow *d) {
            return d->lane(l) ? of(d->removeLaneWithNodes(l)) : Result::Skipped;
        });

    if (keptNodes.isEmpty() && keptEdges.isEmpty() && keptLanes.isEmpty())
        setObsolete(true);
    const Node *only = keptNodes.size() == 1 ? doc->node(keptNodes.first()) : nullptr;
    if (!keptLanes.isEmpty())
        setText(keptLanes.size() == 1 ? tr("Delete lane \"%1\"").arg(doc->lane(keptLanes[0])->title)
                                      : tr("Delete %1 lanes").arg(keptLanes.size()));
    else if (only)
        setText(tr("Delete \"%1\"").arg(only->asl.name.isEmpty() ? only->label : only->asl.name));
    else if (keptNodes.isEmpty())
        setText(keptEdges.size() == 1 ? tr("Delete 1 edge")
                                      : tr("Delete %1 edges").arg(keptEdges.size()));
    else
        setText(tr("Delete %1 states").arg(keptNodes.size()));
}

} // namespace stepwise
