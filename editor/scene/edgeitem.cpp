#include "edgeitem.h"

#include "diagramstyle.h"
#include "runstate.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QCursor>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace stepwise {

EdgeItem::EdgeItem(const Workflow &doc, Id id, MachinePath path)
    : m_doc(doc), m_id(id), m_path(std::move(path))
{
    setZValue(2);
    if (m_path.isRoot())
        setFlag(ItemIsSelectable);
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath line;
    const QPolygonF &pts = m_geometry.points;
    if (pts.size() >= 2) {
        line.addPolygon(pts);
        QPainterPathStroker stroker;
        stroker.setWidth(10);
        line = stroker.createStroke(line);
    }
    if (!m_geometry.labelRect.isEmpty())
        line.addRect(m_geometry.labelRect);
    return line;
}

void EdgeItem::setRunMark(RunMark mark)
{
    if (mark == m_runMark)
        return;
    m_runMark = mark;
    setCursor(mark == RunMark::Candidate ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setToolTip(mark == RunMark::Candidate
                   ? QCoreApplication::translate("stepwise::EdgeItem", "Click to take this edge")
                   : QString());
    update();
}

void EdgeItem::setGeometry(const EdgeGeometry &geometry)
{
    prepareGeometryChange();
    m_geometry = geometry;
    update();
}

QString EdgeItem::label() const
{
    const WorkflowData *machine = m_path.resolve(m_doc.data());
    const Edge *edge = machine ? machine->edge(m_id) : nullptr;
    return edge && edge->hasLabel ? edge->label : QString();
}

QRectF EdgeItem::boundingRect() const
{
    QRectF r = m_geometry.points.boundingRect().adjusted(-8, -8, 8, 8);
    if (!m_geometry.labelRect.isEmpty())
        r = r.united(m_geometry.labelRect.adjusted(-2, -2, 2, 2));
    return r;
}

QPainterPath EdgeItem::roundedPath(const QPolygonF &points, qreal radius)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF prev = points[i - 1], corner = points[i], next = points[i + 1];
        const qreal r = std::min(
            {radius, QLineF(prev, corner).length() / 2, QLineF(corner, next).length() / 2});
        const QPointF in =
            corner + (prev - corner) * (r / std::max(1e-6, QLineF(prev, corner).length()));
        const QPointF out =
            corner + (next - corner) * (r / std::max(1e-6, QLineF(corner, next).length()));
        path.lineTo(in);
        path.quadTo(corner, out);
    }
    path.lineTo(points.last());
    return path;
}

QPolygonF EdgeItem::arrowHead(QPointF from, QPointF tip, qreal size)
{
    QLineF back(tip, from);
    if (back.length() < 1e-6)
        return {};
    back.setLength(size);
    const QPointF base = back.p2();
    const QPointF normal(-(base.y() - tip.y()) * 0.5, (base.x() - tip.x()) * 0.5);
    return QPolygonF{tip, base + normal, base - normal};
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPolygonF &pts = m_geometry.points;
    if (pts.size() < 2)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    // What the edge means in ASL shows in its stroke: a Catch is the failure path (its own
    // colour, dash-dot), a Choice's Default the fallback (dashed, muted).
    const Edge *edge = m_doc.edge(m_id);
    const EdgeMeaning::Kind kind = edge ? edge->meaning.kind : EdgeMeaning::Kind::Plain;
    QColor color = DiagramStyle::edge();
    if (kind == EdgeMeaning::Kind::Catch)
        color = DiagramStyle::catchEdge();
    else if (kind == EdgeMeaning::Kind::Default)
        color = DiagramStyle::defaultEdge();
    if (selected)
        color = DiagramStyle::nodeBorder(Shape::Rectangle);
    qreal width = selected ? 2.5 : 1.5;
    if (m_runMark != RunMark::None) {
        // Taken: the colour of a finished state; a choice's option: the waiting colour, wide.
        color = runStateColor(m_runMark == RunMark::Taken ? RunState::Done : RunState::Waiting,
                              DiagramStyle::isDark());
        width = m_runMark == RunMark::Taken ? 2.6 : 4;
    }
    QPen pen(color, width);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    if (kind == EdgeMeaning::Kind::Catch)
        pen.setStyle(Qt::DashDotLine);
    else if (kind == EdgeMeaning::Kind::Default || m_geometry.backward)
        pen.setStyle(Qt::DashLine);

    // Stop the line at the arrowhead's base so the tip stays sharp.
    const qreal arrow = 9;
    QPolygonF line = pts;
    QLineF last(line[line.size() - 2], line.last());
    if (last.length() > arrow) {
        last.setLength(last.length() - arrow + 1);
        line.last() = last.p2();
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(roundedPath(line, 10));

    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(arrowHead(pts[pts.size() - 2], pts.last(), arrow));
    if (selected) {
        // The ends can be dragged to other states.
        painter->setPen(QPen(color, 1.4));
        painter->setBrush(DiagramStyle::background());
        painter->drawEllipse(pts.first(), 4, 4);
        painter->drawEllipse(pts.last(), 4, 4);
    }

    const QString text = label();
    if (m_geometry.labelRect.isEmpty() || text.isEmpty())
        return;
    painter->setPen(
        QPen(kind == EdgeMeaning::Kind::Catch ? color : DiagramStyle::labelBorder(), 1));
    painter->setBrush(DiagramStyle::labelFill());
    painter->drawRoundedRect(m_geometry.labelRect, 4, 4);
    painter->setPen(kind == EdgeMeaning::Kind::Catch ? color : DiagramStyle::mutedText());
    DiagramStyle::drawText(painter, m_geometry.labelRect, TextRole::EdgeLabel, text);
}

} // namespace stepwise
