#include "sceneinteraction.h"

#include "containeredits.h"
#include "diagramscene.h"
#include "diagramstyle.h"
#include "edgeitem.h"
#include "inlineeditor.h"
#include "laneitem.h"
#include "layout/edgerouter.h"
#include "layout/machinepath.h"
#include "nodeitem.h"
#include "sceneeditor.h"

#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainterPath>

#include <cmath>

namespace stepwise {

namespace {

constexpr qreal guideReach = 6; // centres this close snap into line
constexpr qreal endReach = 9;   // an edge end this close is picked up for reconnecting

qreal snap(qreal v)
{
    return std::round(v / SceneInteraction::gridSize) * SceneInteraction::gridSize;
}

bool toggles(Qt::KeyboardModifiers m)
{
    return m & (Qt::ShiftModifier | Qt::ControlModifier);
}

} // namespace

SceneInteraction::SceneInteraction(DiagramScene *scene) : QObject(scene), m_scene(scene) {}

NodeItem *SceneInteraction::nodeAt(QPointF pos, bool allowHandleMargin, bool nested) const
{
    const qreal m = allowHandleMargin ? NodeItem::handleRadius + 3 : 1;
    for (QGraphicsItem *item :
         m_scene->items(QRectF(pos - QPointF(m, m), QSizeF(2 * m, 2 * m)),
                        Qt::IntersectsItemBoundingRect, Qt::DescendingOrder)) {
        auto *n = qgraphicsitem_cast<NodeItem *>(item);
        if (!n || (!nested && !n->path().isRoot()) || !n->isVisible())
            continue;
        if (n->contains(n->mapFromScene(pos)) || (allowHandleMargin && n->handleAt(pos)))
            return n;
    }
    return nullptr;
}

NodeItem *SceneInteraction::itemOf(Id id) const
{
    return m_scene->nestedNodeItem(ContainerEdits::pathOf(*m_scene->document(), id), id);
}

EdgeItem *SceneInteraction::edgeAt(QPointF pos) const
{
    for (QGraphicsItem *item : m_scene->items(pos, Qt::IntersectsItemShape))
        if (auto *e = qgraphicsitem_cast<EdgeItem *>(item); e && !e->parentItem())
            return e;
    return nullptr;
}

bool SceneInteraction::press(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF pos = event->scenePos();
    m_pressPos = pos;
    // An open in-place editor keeps its clicks; a click elsewhere commits it.
    if (SceneEditor *editor = m_scene->editor(); editor->inlineEditor()) {
        if (editor->inlineEditor()->sceneBoundingRect().contains(pos))
            return false;
        editor->closeEditor(true);
    }
    // A selected edge's end can be picked up and dropped on another state.
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        auto *e = qgraphicsitem_cast<EdgeItem *>(item);
        if (!e || e->parentItem() || e->geometry().points.size() < 2)
            continue;
        const QPolygonF &pts = e->geometry().points;
        if (QLineF(pts.last(), pos).length() <= endReach ||
            QLineF(pts.first(), pos).length() <= endReach) {
            m_mode = Mode::Reconnect;
            m_edge = e->id();
            m_edgeTarget = QLineF(pts.last(), pos).length() <= endReach;
            m_preview =
                m_scene->addPath(QPainterPath(), QPen(DiagramStyle::edge(), 1.5, Qt::DashLine));
            m_preview->setZValue(50);
            return true;
        }
    }
    if (toggleChevronAt(pos))
        return true;
    NodeItem *node = nodeAt(pos, true);
    if (node && node->handleAt(pos)) {
        m_mode = Mode::Connect;
        m_source = node->id();
        m_sourceSide = *node->handleAt(pos);
        m_preview = m_scene->addPath(QPainterPath(), QPen(DiagramStyle::edge(), 1.5, Qt::DashLine));
        m_preview->setZValue(50);
        return true;
    }
    node = nodeAt(pos, false, true);
    if (node && !node->path().isRoot()) {
        // A state inside a container moves alone: out of it, or into another machine.
        m_scene->clearSelection();
        node->setSelected(true);
        m_mode = Mode::Move;
        m_anchor = node->id();
        m_delta = {};
        m_startPos = {{node->id(), node->pos()}};
        return true;
    }
    if (node) {
        if (toggles(event->modifiers())) {
            node->setSelected(!node->isSelected());
        } else if (!node->isSelected()) {
            m_scene->clearSelection();
            node->setSelected(true);
        }
        m_scene->setFocusItem(node);
        if (!node->isSelected())
            return true;
        m_mode = Mode::Move;
        m_anchor = node->id();
        m_delta = {};
        m_startPos.clear();
        for (Id id : m_scene->selectedNodes())
            if (NodeItem *n = m_scene->nodeItem(id))
                m_startPos.insert(id, n->pos());
        return true;
    }
    if (EdgeItem *edge = edgeAt(pos)) {
        if (!toggles(event->modifiers()))
            m_scene->clearSelection();
        edge->setSelected(!toggles(event->modifiers()) || !edge->isSelected());
        return true;
    }
    for (QGraphicsItem *item : m_scene->items(pos, Qt::IntersectsItemShape))
        if (auto *lane = qgraphicsitem_cast<LaneItem *>(item)) {
            if (!toggles(event->modifiers()))
                m_scene->clearSelection();
            lane->setSelected(true);
            m_mode = Mode::LaneDrag;
            m_lane = lane->id();
            return true;
        }
    // Empty canvas: a rubber band.
    if (!toggles(event->modifiers()))
        m_scene->clearSelection();
    m_mode = Mode::RubberBand;
    QPen pen(DiagramStyle::nodeBorder(Shape::Rectangle), 1, Qt::DashLine);
    pen.setCosmetic(true);
    QColor fill = DiagramStyle::nodeBorder(Shape::Rectangle);
    fill.setAlpha(30);
    m_band = m_scene->addRect(QRectF(pos, pos), pen, fill);
    m_band->setZValue(60);
    return true;
}

bool SceneInteraction::move(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    switch (m_mode) {
    case Mode::None:
        return false;
    case Mode::LaneDrag:
        return true;
    case Mode::Move:
        dragNodes(pos);
        return true;
    case Mode::Connect:
    case Mode::Reconnect: {
        QPointF start;
        if (m_mode == Mode::Connect) {
            NodeItem *n = m_scene->nodeItem(m_source);
            start = n ? n->handlePos(m_sourceSide) : m_pressPos;
        } else {
            EdgeItem *e = m_scene->edgeItem(m_edge);
            start = e ? (m_edgeTarget ? e->geometry().points.first() : e->geometry().points.last())
                      : m_pressPos;
        }
        QPainterPath path(start);
        path.lineTo(pos);
        m_preview->setPath(path);
        return true;
    }
    case Mode::RubberBand: {
        const QRectF r = QRectF(m_pressPos, pos).normalized();
        m_band->setRect(r);
        QPainterPath area;
        area.addRect(r);
        m_scene->setSelectionArea(area, Qt::ReplaceSelection, Qt::IntersectsItemShape);
        return true;
    }
    }
    return false;
}

void SceneInteraction::dragNodes(QPointF pos)
{
    NodeItem *anchor = itemOf(m_anchor);
    if (!anchor || !m_startPos.contains(m_anchor))
        return;
    updateDropTarget(pos);
    if (!anchor->path().isRoot()) {
        // Inside its branch's frame: no guides (the branch lays its states out itself).
        m_delta = QPointF(snap(pos.x() - m_pressPos.x()), snap(pos.y() - m_pressPos.y()));
        anchor->setPos(m_startPos.value(m_anchor) + m_delta);
        return;
    }
    // The anchor's top-left goes on the grid; its centre lines up with a nearby state's.
    const QPointF start = m_startPos.value(m_anchor);
    QPointF topLeft(snap(start.x() + pos.x() - m_pressPos.x()),
                    snap(start.y() + pos.y() - m_pressPos.y()));
    const QSizeF size = anchor->geometry().rect.size();
    QPointF centre = topLeft + QPointF(size.width() / 2, size.height() / 2);
    QVector<QLineF> guides;
    bool lockedX = false, lockedY = false;
    for (QGraphicsItem *item : m_scene->items()) {
        auto *other = qgraphicsitem_cast<NodeItem *>(item);
        if (!other || !other->path().isRoot() || m_startPos.contains(other->id()))
            continue;
        const QPointF oc =
            other->mapToScene(other->geometry().rect.center() - other->geometry().rect.topLeft());
        if (!lockedX && std::abs(oc.x() - centre.x()) <= guideReach) {
            topLeft.setX(oc.x() - size.width() / 2);
            centre.setX(oc.x());
            guides.append(QLineF(oc.x(), std::min(oc.y(), centre.y()) - 40, oc.x(),
                                 std::max(oc.y(), centre.y()) + 40));
            lockedX = true;
        }
        if (!lockedY && std::abs(oc.y() - centre.y()) <= guideReach) {
            topLeft.setY(oc.y() - size.height() / 2);
            centre.setY(oc.y());
            guides.append(QLineF(std::min(oc.x(), centre.x()) - 40, oc.y(),
                                 std::max(oc.x(), centre.x()) + 40, oc.y()));
            lockedY = true;
        }
    }
    showGuides(guides);
    m_delta = topLeft - start;
    for (auto it = m_startPos.constBegin(); it != m_startPos.constEnd(); ++it)
        if (NodeItem *n = m_scene->nodeItem(it.key()))
            n->setPos(it.value() + m_delta);
    routeTouching();
}

void SceneInteraction::routeTouching()
{
    // While the drag lasts, the edges of the moving states follow on a simple route; the
    // layout routes them properly once the move is made.
    const WorkflowData &data = m_scene->document()->data();
    auto rectOf = [this](Id id) {
        NodeItem *n = m_scene->nodeItem(id);
        return n ? QRectF(n->pos(), n->geometry().rect.size()) : QRectF();
    };
    EdgeRouter router({}, 14);
    for (const Edge &e : data.edges) {
        if (!m_startPos.contains(e.from) && !m_startPos.contains(e.to))
            continue;
        EdgeItem *item = m_scene->edgeItem(e.id);
        if (!item)
            continue;
        const QRectF fr = rectOf(e.from), tr = rectOf(e.to);
        EdgeGeometry g;
        g.points = router.route(EdgeRouter::port(fr, e.fromSide), e.fromSide, fr,
                                EdgeRouter::port(tr, e.toSide), e.toSide, tr);
        item->setGeometry(g);
    }
}

void SceneInteraction::showGuides(const QVector<QLineF> &lines)
{
    while (m_guides.size() > lines.size())
        delete m_guides.takeLast();
    QPen pen(DiagramStyle::guide(), 1, Qt::DashLine);
    pen.setCosmetic(true);
    for (int i = 0; i < lines.size(); ++i) {
        if (i >= m_guides.size()) {
            m_guides.append(m_scene->addLine(lines[i], pen));
            m_guides.last()->setZValue(40);
        } else {
            m_guides[i]->setLine(lines[i]);
        }
    }
}

bool SceneInteraction::release(QGraphicsSceneMouseEvent *event)
{
    const Mode mode = m_mode;
    m_mode = Mode::None;
    showGuides({});
    switch (mode) {
    case Mode::None:
        return false;
    case Mode::Move:
        finishMove();
        break;
    case Mode::Connect:
    case Mode::Reconnect:
        finishConnect(event->scenePos());
        break;
    case Mode::RubberBand:
        delete m_band;
        m_band = nullptr;
        break;
    case Mode::LaneDrag: {
        // Dropped on another lane's row: it takes that lane's place in the order.
        const Id lane = std::exchange(m_lane, NoId);
        LaneItem *item = m_scene->laneItem(lane);
        const Id target =
            item ? m_scene->laneAt(QPointF(item->geometry().band.left() + 1, event->scenePos().y()))
                 : NoId;
        if (target != NoId && target != lane)
            m_scene->editor()->moveLane(lane, m_scene->document()->data().laneIndex(target));
        break;
    }
    }
    return true;
}

void SceneInteraction::finishMove()
{
    const QHash<Id, QPointF> start = std::exchange(m_startPos, {});
    if (finishMachineMove(start) || m_delta.isNull())
        return;
    const WorkflowData &data = m_scene->document()->data();
    QVector<StateMove> moves;
    for (const Node &n : data.nodes) { // document order: a stable command
        if (!start.contains(n.id))
            continue;
        NodeItem *item = m_scene->nodeItem(n.id);
        const QRectF rect(start.value(n.id) + m_delta, item->geometry().rect.size());
        Id lane = m_scene->laneAt(rect.center());
        if (lane == NoId)
            lane = n.lane; // dropped past every lane: it stays in its own, which grows
        moves.append({n.id, n.lane, lane, n.position, m_scene->placeIn(lane, rect)});
    }
    if (!m_scene->editor()->moveStates(moves, false)) {
        // Refused: every item goes back where its geometry says.
        for (auto it = start.constBegin(); it != start.constEnd(); ++it)
            if (NodeItem *n = m_scene->nodeItem(it.key()))
                n->setPos(it.value());
    }
}

void SceneInteraction::finishConnect(QPointF pos)
{
    delete m_preview;
    m_preview = nullptr;
    NodeItem *target = nodeAt(pos, true);
    if (!target)
        return;
    const Side side = target->nearestSide(pos);
    if (m_edge != NoId) {
        const Edge *e = m_scene->document()->data().edge(m_edge);
        const Id edge = std::exchange(m_edge, NoId);
        if (!e)
            return;
        if (m_edgeTarget)
            m_scene->editor()->reconnectEdge(edge, e->from, e->fromSide, target->id(), side);
        else
            m_scene->editor()->reconnectEdge(edge, target->id(), side, e->to, e->toSide);
        return;
    }
    if (target->id() != m_source)
        m_scene->editor()->connectStates(m_source, m_sourceSide, target->id(), side);
}

bool SceneInteraction::doubleClick(QGraphicsSceneMouseEvent *event)
{
    const QPointF pos = event->scenePos();
    if (NodeItem *n = nodeAt(pos, false)) {
        m_scene->editor()->editInPlace(n->id());
        return true;
    }
    if (EdgeItem *e = edgeAt(pos)) {
        m_scene->editor()->editInPlace(e->id());
        return true;
    }
    for (QGraphicsItem *item : m_scene->items(pos, Qt::IntersectsItemShape))
        if (auto *lane = qgraphicsitem_cast<LaneItem *>(item)) {
            m_scene->editor()->editInPlace(lane->id());
            return true;
        }
    return false;
}

bool SceneInteraction::key(QKeyEvent *event)
{
    SceneEditor *editor = m_scene->editor();
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 1 : gridSize;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        editor->deleteSelection();
        return true;
    case Qt::Key_F2:
        editor->renameSelected();
        return true;
    case Qt::Key_Left:
        return editor->nudgeSelection({-step, 0}) || true;
    case Qt::Key_Right:
        return editor->nudgeSelection({step, 0}) || true;
    case Qt::Key_Up:
        return editor->nudgeSelection({0, -step}) || true;
    case Qt::Key_Down:
        return editor->nudgeSelection({0, step}) || true;
    case Qt::Key_Escape:
        m_scene->clearSelection();
        return true;
    default:
        break;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        editor->selectAll();
        return true;
    }
    if (event->matches(QKeySequence::Copy))
        return editor->copySelection() || true;
    if (event->matches(QKeySequence::Cut))
        return editor->cutSelection() || true;
    if (event->matches(QKeySequence::Paste))
        return editor->paste() || true;
    if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier)
        return editor->duplicateSelection() || true;
    return false;
}

void SceneInteraction::cancel()
{
    m_mode = Mode::None;
    m_startPos.clear();
    m_dropLane = NoId;
    delete std::exchange(m_dropMark, nullptr);
    delete m_preview;
    m_preview = nullptr;
    delete m_band;
    m_band = nullptr;
    showGuides({});
}

void SceneInteraction::forget(Id node)
{
    m_startPos.remove(node);
}

} // namespace stepwise
