#include "laneitem.h"

#include "diagramstyle.h"
#include "workflow.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace stepwise {

LaneItem::LaneItem(const Workflow &doc, Id id) : m_doc(doc), m_id(id)
{
    setZValue(0);
    setFlag(ItemIsSelectable);
}

QPainterPath LaneItem::shape() const
{
    QPainterPath path;
    path.addRect(m_geometry.header);
    return path;
}

void LaneItem::setGeometry(const LaneGeometry &geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
    update();
}

QString LaneItem::title() const
{
    const Lane *lane = m_doc.data().lane(m_id);
    if (!lane)
        return {};
    return lane->title.isEmpty() ? lane->key : lane->title;
}

QRectF LaneItem::boundingRect() const
{
    return m_geometry.band.adjusted(-1, -1, 1, 1);
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF band = m_geometry.band;
    const QRectF header = m_geometry.header;
    painter->setPen(Qt::NoPen);
    painter->setBrush(DiagramStyle::laneFill(m_geometry.alternate));
    painter->drawRect(band);
    painter->setBrush(DiagramStyle::headerFill(m_geometry.alternate));
    painter->drawRect(header);
    if (option->state & QStyle::State_Selected) {
        painter->setBrush(DiagramStyle::nodeBorder(Shape::Rectangle).lighter(170));
        painter->drawRect(header);
    }

    QPen border(DiagramStyle::laneBorder(), 1);
    border.setCosmetic(true);
    painter->setPen(border);
    painter->drawLine(band.bottomLeft(), band.bottomRight());
    painter->drawLine(band.topLeft(), band.topRight());
    painter->drawLine(header.topRight(), header.bottomRight());

    // An accent bar on the header's left edge ties the title to its row.
    painter->setPen(Qt::NoPen);
    painter->setBrush(DiagramStyle::nodeBorder(Shape::Rectangle).lighter(135));
    painter->drawRect(QRectF(header.left(), header.top() + 1, 4, header.height() - 2));

    painter->setPen(DiagramStyle::laneTitle());
    DiagramStyle::drawText(painter, header.adjusted(14, 6, -10, -6), TextRole::LaneTitle, title());
}

} // namespace stepwise
