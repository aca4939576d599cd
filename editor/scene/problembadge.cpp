#include "problembadge.h"

#include "diagramstyle.h"

#include <QPainter>

namespace stepwise {

namespace {
constexpr qreal radius = 8;
}

ProblemBadge::ProblemBadge(Diagnostic::Severity severity, const QString &tooltip,
                           QGraphicsItem *parent)
    : QGraphicsItem(parent), m_severity(severity)
{
    setToolTip(tooltip);
    setZValue(5); // above the state's label and its run colour
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF ProblemBadge::boundingRect() const
{
    return {-radius - 1, -radius - 1, 2 * radius + 2, 2 * radius + 2};
}

void ProblemBadge::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool error = m_severity == Diagnostic::Severity::Error;
    painter->setPen(QPen(DiagramStyle::background(), 1.5));
    painter->setBrush(error ? DiagramStyle::errorMarker() : DiagramStyle::warningMarker());
    painter->drawEllipse(QPointF(0, 0), radius, radius);
    painter->setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(0, -4), QPointF(0, 1.5));
    painter->drawPoint(QPointF(0, 4.5));
}

} // namespace stepwise
