#pragma once

#include "layout/diagramlayout.h"
#include "layout/machinepath.h"
#include "runstate.h"

#include <QGraphicsItem>
#include <QVector>

#include <optional>

namespace stepwise {

class Workflow;
class BranchItem;

/// A node in its FlowZap shape. It keeps its id, the geometry the layout gave it and a run
/// state; label, shape and taskbox fields are read from the document when painting. A nested
/// node (inside a Parallel or Map) is named by the path of its machine plus its id; a container
/// owns one BranchItem per nested machine as child items, so they move with it.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    NodeItem(const Workflow &doc, Id id, MachinePath path = {});

    Id id() const { return m_id; }
    const MachinePath &path() const { return m_path; }
    /// The node this item shows, or nullptr once the document no longer has it.
    const Node *node() const;
    void setGeometry(const NodeGeometry &geometry);
    const NodeGeometry &geometry() const { return m_geometry; }
    /// Execution view hook: tints the node and its border by how far a run got with it.
    void setRunState(RunState state);
    RunState runState() const { return m_runState; }
    /// Execution view hook for a Parallel or Map: branches or iterations running, done and
    /// failed (all zero hides the counts).
    void setRunCounts(int running, int done, int failed);
    /// The corner that shows the breakpoint marker and toggles it on a click (scene coords).
    bool inBreakpointCorner(QPointF scenePos) const;
    /// The document keeps a breakpoint on this state (the marker is drawn).
    bool hasBreakpoint() const;
    /// The container's branch items, in the order of Node::subMachines.
    const QVector<BranchItem *> &branches() const { return m_branches; }

    /// Connection handles (the middle of each side, in scene coordinates); shown on hover.
    QPointF handlePos(Side side) const;
    /// The handle under `scenePos` (within a few pixels), if any.
    std::optional<Side> handleAt(QPointF scenePos) const;
    /// The side of the outline nearest to `scenePos`: where an edge dropped there ends.
    Side nearestSide(QPointF scenePos) const;
    static constexpr qreal handleRadius = 5;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintBody(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget);
    void paintHandles(QPainter *painter);
    QPainterPath outline(Shape shape, const QRectF &rect) const;
    QRectF localRect() const;
    void paintContainer(QPainter *painter, const Node &node, const QRectF &r, QColor border);
    void paintCallbackBadge(QPainter *painter, const QRectF &r, const QColor &border);
    // Execution view (nodeitemrun.cpp): colours by run state, counts, the breakpoint marker.
    void runColours(QColor &border, QColor &fill, qreal &width) const;
    Qt::PenStyle runPenStyle() const;
    void paintRunCounts(QPainter *painter) const;
    void paintBreakpoint(QPainter *painter) const;
    QPointF breakpointCentre() const;

    const Workflow &m_doc;
    Id m_id;
    MachinePath m_path;
    NodeGeometry m_geometry;
    RunState m_runState = RunState::Idle;
    int m_runCounts[3] = {0, 0, 0};   // running, done, failed
    QVector<BranchItem *> m_branches; // child items
    bool m_hovered = false;
};

} // namespace stepwise
