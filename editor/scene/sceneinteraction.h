#pragma once

#include "workflowdata.h"

#include <QHash>
#include <QObject>
#include <QPointF>

#include <optional>

class QGraphicsLineItem;
class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace stepwise {

class DiagramScene;
class NodeItem;
class EdgeItem;

/// The canvas's mouse and keyboard gestures: click and Shift/Ctrl-click selection, the rubber
/// band, dragging states (snapped to a grid, with alignment guides; one command at release),
/// dragging from a handle to another state to connect, dragging an edge end to reconnect,
/// dragging a state into a Parallel branch or Map processor or out of one (the drop target is
/// highlighted), a click on a container's chevron to collapse or expand it,
/// dragging a lane's header onto another lane to reorder, double-click to edit in place, Delete,
/// F2, Ctrl+A and arrow-key nudges. It only moves items while a gesture lasts; the document changes
/// through SceneEditor when it ends.
class SceneInteraction : public QObject
{
    Q_OBJECT
public:
    explicit SceneInteraction(DiagramScene *scene);

    bool press(QGraphicsSceneMouseEvent *event);
    bool move(QGraphicsSceneMouseEvent *event);
    bool release(QGraphicsSceneMouseEvent *event);
    bool doubleClick(QGraphicsSceneMouseEvent *event);
    bool key(QKeyEvent *event);
    /// Ends a gesture without an edit (the document was reset).
    void cancel();
    /// A node went away during a gesture.
    void forget(Id node);

    static constexpr qreal gridSize = 8;

private:
    enum class Mode { None, Move, Connect, Reconnect, RubberBand, LaneDrag };

    /// The topmost state at `scenePos`: a root one, or (`nested`) one inside a container too.
    NodeItem *nodeAt(QPointF scenePos, bool allowHandleMargin, bool nested = false) const;
    /// The item of a state at any depth.
    NodeItem *itemOf(Id id) const;
    /// A click on a container's chevron: collapse or expand it.
    bool toggleChevronAt(QPointF scenePos);
    /// The lane of another machine the moved states would go to (NoId: their own machine),
    /// highlighted while the drag lasts.
    void updateDropTarget(QPointF scenePos);
    bool finishMachineMove(const QHash<Id, QPointF> &start);
    EdgeItem *edgeAt(QPointF scenePos) const;
    void dragNodes(QPointF scenePos);
    void finishMove();
    void finishConnect(QPointF scenePos);
    void showGuides(const QVector<QLineF> &lines);
    void routeTouching();

    DiagramScene *m_scene;
    Mode m_mode = Mode::None;
    QPointF m_pressPos;
    Id m_anchor = NoId;            // the state under the mouse in a move
    QHash<Id, QPointF> m_startPos; // states being moved: top-left at press
    QPointF m_delta;               // snapped offset of the move so far
    Id m_source = NoId;            // connect: the state the drag started from
    Side m_sourceSide = Side::Right;
    Id m_edge = NoId; // reconnect: the edge and which end
    bool m_edgeTarget = true;
    Id m_lane = NoId; // lane drag: the lane whose header was picked up
    QGraphicsPathItem *m_preview = nullptr;
    QGraphicsRectItem *m_band = nullptr;
    QVector<QGraphicsLineItem *> m_guides;
    Id m_dropLane = NoId; // move: a lane of another machine under the mouse
    QGraphicsRectItem *m_dropMark = nullptr;
};

} // namespace stepwise
