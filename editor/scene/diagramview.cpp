#include "diagramview.h"

#include "view/minimap.h"

#include <QGestureEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QPixmapCache>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace stepwise {

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_miniMap(new MiniMap(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    // Menu and keyboard zoom keep the centre; wheel and pinch anchor at the pointer themselves.
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // The scene keeps a picture of every state in sight (see DiagramScene::drawBackground);
    // Qt's default 10 MB holds too few of them at high zoom on a large screen.
    constexpr int pictureCacheKb = 64 * 1024;
    if (QPixmapCache::cacheLimit() < pictureCacheKb)
        QPixmapCache::setCacheLimit(pictureCacheKb);
    setFrameShape(QFrame::NoFrame);
    viewport()->grabGesture(Qt::PinchGesture);
    if (scene)
        connect(scene, &QGraphicsScene::sceneRectChanged, this, &DiagramView::updateMiniMap);
    connect(this, &DiagramView::visibleRectChanged, this, &DiagramView::updateMiniMap);
    updateMiniMap();
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

QRectF DiagramView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void DiagramView::setZoom(qreal factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    if (qFuzzyCompare(factor, zoom()))
        return;
    setTransform(QTransform::fromScale(factor, factor));
    emit zoomChanged(factor);
    emit visibleRectChanged();
}

void DiagramView::zoomAround(qreal factor, const QPointF &viewportPos)
{
    const QPointF anchor = mapToScene(viewportPos.toPoint());
    setZoom(factor);
    const QPointF drift = mapFromScene(anchor) - viewportPos;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(drift.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(drift.y()));
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
    // A fitted diagram needs no scroll bars: count the room the visible ones take now (they
    // go away only after the next layout pass).
    QSizeF avail = viewport()->size();
    if (verticalScrollBar()->isVisible())
        avail.rwidth() += verticalScrollBar()->width();
    if (horizontalScrollBar()->isVisible())
        avail.rheight() += horizontalScrollBar()->height();
    if (target.isEmpty() || avail.isEmpty())
        return;
    // Never blow a small diagram up past 100 %: text is sized for that. A pixel or two to
    // spare keeps a scroll bar from appearing for an exact fit.
    const qreal factor = std::min(
        {(avail.width() - 4) / target.width(), (avail.height() - 4) / target.height(), qreal(1.0)});
    setZoom(factor);
    centerOn(target.center());
}

void DiagramView::setMiniMapVisible(bool visible)
{
    m_miniMapWanted = visible;
    updateMiniMap();
}

void DiagramView::updateMiniMap()
{
    // An overview of what is already all in sight would only cover part of it.
    const bool needed =
        scene() && !visibleSceneRect().adjusted(-1, -1, 1, 1).contains(scene()->sceneRect());
    m_miniMap->setVisible(m_miniMapWanted && needed);
    placeMiniMap();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // One notch (120) is one menu step of 1.25; touchpads send smaller deltas more often.
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomAround(zoom() * std::pow(1.25, delta / 120.0), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture && gestureEvent(event))
        return true;
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(zoom() * (1.0 + native->value()), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

bool DiagramView::gestureEvent(QEvent *event)
{
    auto *gestures = static_cast<QGestureEvent *>(event);
    auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture));
    if (!pinch)
        return false;
    if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
        const QPointF centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
        zoomAround(zoom() * pinch->scaleFactor(), centre);
    }
    gestures->accept(pinch);
    return true;
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    // An in-place editor on the canvas owns the space bar; otherwise it arms panning.
    const bool editing = scene() && scene()->focusItem();
    if (event->key() == Qt::Key_Space && !editing) {
        if (!event->isAutoRepeat() && !m_panning) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && m_spaceHeld) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = false;
            if (!m_panning)
                viewport()->unsetCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint pos = event->position().toPoint();
        const QPoint delta = pos - m_panLast;
        m_panLast = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        endPan();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent *event)
{
    // A space released in another window would leave panning armed forever.
    m_spaceHeld = false;
    endPan();
    QGraphicsView::focusOutEvent(event);
}

void DiagramView::endPan()
{
    m_panning = false;
    if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeMiniMap();
    emit visibleRectChanged();
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit visibleRectChanged();
}

void DiagramView::placeMiniMap()
{
    // Inside the viewport's lower right corner, clear of the scroll bars.
    const QRect area = viewport()->geometry();
    const QSize size = m_miniMap->sizeHint();
    m_miniMap->setGeometry(area.right() - size.width() - 12, area.bottom() - size.height() - 12,
                           size.width(), size.height());
    m_miniMap->raise();
}

} // namespace stepwise
