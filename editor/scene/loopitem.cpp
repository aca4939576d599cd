#include "loopitem.h"

#include "diagramstyle.h"
#include "edgeitem.h"
#include "workflow.h"

#include <QPainter>

namespace stepwise {

LoopItem::LoopItem(const Workflow &doc, Id id) : m_doc(doc), m_id(id)
{
    setZValue(1);
}

void LoopItem::setGeometry(const LoopGeometry &geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
    update();
}

QString LoopItem::condition() const
{
    const Loop *loop = m_doc.data().loop(m_id);
    return loop ? loop->condition : QString();
}

QRectF LoopItem::boundingRect() const
{
    return m_geometry.points.boundingRect()
        .adjusted(-8, -8, 8, 8)
        .united(m_geometry.labelRect.adjusted(-2, -2, 2, 2));
}

void LoopItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPolygonF &pts = m_geometry.points;
    if (pts.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = DiagramStyle::loop();
    QPen pen(color, 1.5, Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(EdgeItem::roundedPath(pts, 12));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(EdgeItem::arrowHead(pts[pts.size() - 2], pts.last(), 9));

    const QRectF plate = m_geometry.labelRect;
    painter->setPen(QPen(color.lighter(150), 1));
    painter->setBrush(DiagramStyle::loopLabelFill());
    painter->drawRoundedRect(plate, plate.height() / 2, plate.height() / 2);
    painter->setPen(DiagramStyle::isDark() ? color.lighter(130) : color.darker(130));

    // The return arrow sign says "repeat" before the condition is read (measured with it).
    DiagramStyle::drawText(painter, plate, TextRole::LoopLabel,
                           QStringLiteral("\u21BB ") + condition());
}

} // namespace stepwise
