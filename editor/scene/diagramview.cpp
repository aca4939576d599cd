#include "diagramview.h"

#include <QWheelEvent>

#include <algorithm>

namespace stepwise {

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(qreal factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    if (qFuzzyCompare(factor, zoom()))
        return;
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
}

void DiagramView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void DiagramView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::zoomToFit()
{
    if (!scene())
        return;
    const QRectF target = scene()->sceneRect();
    const QSizeF avail = viewport()->size();
    if (target.isEmpty() || avail.isEmpty())
        return;
    // Never blow a small diagram up past 100 %: text is sized for that.
    const qreal factor =
        std::min({avail.width() / target.width(), avail.height() / target.height(), qreal(1.0)});
    setZoom(factor);
    centerOn(target.center());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta > 0)
            zoomIn();
        else if (delta < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace stepwise
