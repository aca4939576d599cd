// SceneInteraction's container gestures: a click on a container's chevron, and a state
// dragged into a Parallel branch or Map processor, out of one, or between two (the drop target
// is marked while the drag lasts; the move is one ContainerEdits step at release).
#include "sceneinteraction.h"

#include "branchitem.h"
#include "containeredits.h"
#include "diagramscene.h"
#include "diagramstyle.h"
#include "laneitem.h"
#include "layout/containerlayout.h"
#include "layout/machinepath.h"
#include "nodeitem.h"
#include "sceneeditor.h"

#include <QGraphicsRectItem>

namespace stepwise {

bool SceneInteraction::toggleChevronAt(QPointF pos)
{
    for (QGraphicsItem *item : m_scene->items(pos)) {
        auto *n = qgraphicsitem_cast<NodeItem *>(item);
        const Node *node = n ? n->node() : nullptr;
        if (!node || node->subMachines.empty())
            continue;
        // A little more than the drawn chevron: it is small.
        if (!ContainerLayout::chevron().adjusted(-4, -4, 4, 4).contains(n->mapFromScene(pos)))
            return false; // the topmost container's header is elsewhere
        ContainerEdits::setCollapsed(m_scene, n->id(), !node->collapsed);
        return true;
    }
    return false;
}

void SceneInteraction::updateDropTarget(QPointF pos)
{
    const Workflow &doc = *m_scene->document();
    NodeItem *anchor = itemOf(m_anchor);
    Id lane = NoId;
    QRectF mark;
    // The innermost branch under the mouse that does not move with the drag (a container's
    // own branches travel with it).
    for (QGraphicsItem *item : m_scene->items(pos)) {
        auto *b = qgraphicsitem_cast<BranchItem *>(item);
        if (!b || (anchor && anchor->isAncestorOf(b)))
            continue;
        const WorkflowData *m = b->path().resolve(doc.data());
        if (m && !m->lanes.empty()) {
            lane = m->lanes.front().id;
            mark = b->mapRectToScene(b->layout().frame.translated(-b->layout().offset));
        }
        break;
    }
    if (lane == NoId) {
        lane = m_scene->laneAt(pos);
        if (LaneItem *l = m_scene->laneItem(lane)) {
            mark = l->sceneBoundingRect();
            // Right of its last state still counts: the lane grows to take the drop.
            mark.setRight(std::max(mark.right(), pos.x() + 40));
        }
    }
    const auto from = doc.machineOf(m_anchor);
    const auto to = doc.machineOf(lane);
    if (lane == NoId || !from || !to || *from == *to) {
        m_dropLane = NoId;
        delete std::exchange(m_dropMark, nullptr);
        return;
    }
    m_dropLane = lane;
    if (!m_dropMark) {
        QColor fill = DiagramStyle::guide();
        fill.setAlpha(40);
        QPen pen(DiagramStyle::guide(), 2);
        pen.setCosmetic(true);
        m_dropMark = m_scene->addRect(QRectF(), pen, fill);
        m_dropMark->setZValue(45);
        m_dropMark->setData(0, QStringLiteral("dropTarget"));
    }
    m_dropMark->setRect(mark);
}

bool SceneInteraction::finishMachineMove(const QHash<Id, QPointF> &start)
{
    const Id lane = std::exchange(m_dropLane, NoId);
    delete std::exchange(m_dropMark, nullptr);
    NodeItem *anchor = itemOf(m_anchor);
    if (!anchor)
        return false;
    if (lane == NoId) {
        // Nested states keep the place their branch's layout gives them.
        return anchor->path().isRoot() ? false : (anchor->setPos(start.value(m_anchor)), true);
    }
    bool moved = false;
    if (start.size() != 1) {
        emit m_scene->editor()->refused(
            tr("Drag one state at a time into or out of a Parallel branch or Map processor."));
    } else {
        // Onto a root lane it stays where it was dropped; a branch lays its states out itself.
        std::optional<QPointF> place;
        if (m_scene->document()->parentNode(lane) == NoId)
            place =
                m_scene->placeIn(lane, QRectF(anchor->scenePos(), anchor->geometry().rect.size()));
        moved = ContainerEdits::moveToLane(m_scene, m_anchor, lane, place);
    }
    if (!moved)
        for (auto it = start.constBegin(); it != start.constEnd(); ++it)
            if (NodeItem *n = itemOf(it.key()))
                n->setPos(it.value());
    return true;
}

} // namespace stepwise
