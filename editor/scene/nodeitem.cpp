#include "nodeitem.h"

#include "diagramstyle.h"
#include "layout/nodetext.h"
#include "workflow.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace stepwise {

NodeItem::NodeItem(const Workflow &doc, Id id) : m_doc(doc), m_id(id)
{
    setZValue(3);
    setFlag(ItemIsSelectable);
}

void NodeItem::setGeometry(const NodeGeometry &geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
    setPos(geometry.rect.topLeft());
    update();
}

void NodeItem::setRunState(RunState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    update();
}

QRectF NodeItem::localRect() const
{
    return QRectF(QPointF(0, 0), m_geometry.rect.size());
}

QRectF NodeItem::boundingRect() const
{
    // Room for the border, the selection ring and the drop shadow.
    return localRect().adjusted(-6, -6, 6, 8);
}

QPainterPath NodeItem::outline(Shape shape, const QRectF &r) const
{
    QPainterPath path;
    switch (shape) {
    case Shape::Circle:
        path.addEllipse(r);
        break;
    case Shape::Diamond:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    case Shape::Taskbox:
        path.addRoundedRect(r, 8, 8);
        break;
    case Shape::Rectangle:
        path.addRoundedRect(r, 10, 10);
        break;
    }
    return path;
}

QPainterPath NodeItem::shape() const
{
    const Node *node = m_doc.data().node(m_id);
    return outline(node ? node->shape : Shape::Rectangle, localRect());
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Node *node = m_doc.data().node(m_id);
    if (!node)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = localRect();
    const QPainterPath path = outline(node->shape, r);

    // A soft two-step shadow: enough depth to lift the node off the band without blur.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(20, 30, 50, 14));
    painter->drawPath(path.translated(0, 3));
    painter->setBrush(QColor(20, 30, 50, 10));
    painter->drawPath(path.translated(0, 1.5));

    QColor border = DiagramStyle::nodeBorder(node->shape);
    QColor fill = DiagramStyle::nodeFill(node->shape);
    qreal width = 1.6;
    if (m_runState != RunState::Idle) {
        border = DiagramStyle::runStateColor(m_runState);
        fill = border.lighter(185);
        fill.setAlpha(255);
        width = 2.6;
    }
    if (option->state & QStyle::State_Selected)
        width += 1;
    QPen pen(border, width);
    if (m_runState == RunState::Waiting)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(path);

    const QPointF origin = m_geometry.rect.topLeft();
    if (node->shape == Shape::Taskbox) {
        // The accent strip on top marks a task assigned to someone.
        painter->save();
        painter->setClipPath(path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(border);
        painter->drawRect(QRectF(r.left(), r.top(), r.width(), 6));
        painter->restore();
        painter->setPen(DiagramStyle::text());
        DiagramStyle::drawText(painter, m_geometry.labelRect.translated(-origin),
                               TextRole::NodeTitle, NodeText::title(*node),
                               Qt::AlignLeft | Qt::AlignTop);
        painter->setPen(DiagramStyle::mutedText());
        DiagramStyle::drawText(painter, m_geometry.detailRect.translated(-origin),
                               TextRole::NodeDetail, NodeText::detail(*node),
                               Qt::AlignLeft | Qt::AlignTop);
        return;
    }
    painter->setPen(DiagramStyle::text());
    DiagramStyle::drawText(painter, m_geometry.labelRect.translated(-origin), TextRole::NodeLabel,
                           node->label);
}

} // namespace stepwise
