#pragma once

#include "layout/diagramlayout.h"
#include "layout/machinepath.h"

#include <QGraphicsItem>

namespace stepwise {

class Workflow;

/// An edge as an orthogonal path with rounded corners, an arrowhead on the target handle and
/// its label on a small plate at the middle of the longest segment.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    EdgeItem(const Workflow &doc, Id id, MachinePath path = {});

    Id id() const { return m_id; }
    void setGeometry(const EdgeGeometry &geometry);
    const EdgeGeometry &geometry() const { return m_geometry; }
    QString label() const;
    /// Execution view hook: the run took this edge, or it is an option of a pending manual
    /// choice (highlighted, and a click takes it).
    enum class RunMark { None, Taken, Candidate };
    void setRunMark(RunMark mark);
    RunMark runMark() const { return m_runMark; }
    /// The polyline the edge is drawn along (the run token travels it).
    const QPolygonF &points() const { return m_geometry.points; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    /// A band along the line (and the label plate), so an edge is easy to click.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// The polyline as a path whose corners are rounded by at most `radius`.
    static QPainterPath roundedPath(const QPolygonF &points, qreal radius);
    /// A filled arrowhead whose tip is `tip`, pointing along from -> tip.
    static QPolygonF arrowHead(QPointF from, QPointF tip, qreal size);

private:
    const Workflow &m_doc;
    Id m_id;
    MachinePath m_path;
    EdgeGeometry m_geometry;
    RunMark m_runMark = RunMark::None;
};

} // namespace stepwise
