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
};

} // namespace stepwise
