#include "minimap.h"

#include "scene/diagramstyle.h"
#include "scene/diagramview.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace stepwise {

namespace {
constexpr int margin = 4;
}

MiniMap::MiniMap(DiagramView *view) : QWidget(view), m_view(view)
{
    setObjectName(QStringLiteral("miniMap"));
    setToolTip(tr("Overview: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MiniMap::refresh);
    if (QGraphicsScene *scene = view->scene()) {
        connect(scene, &QGraphicsScene::changed, this, &MiniMap::scheduleRefresh);
        connect(scene, &QGraphicsScene::sceneRectChanged, this, &MiniMap::scheduleRefresh);
    }
    connect(view, &DiagramView::visibleRectChanged, this, qOverload<>(&QWidget::update));
}

QSize MiniMap::sizeHint() const
{
    // As wide as a palette column; as tall as the diagram's shape asks, within reason.
    constexpr int width = 200;
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    if (scene.isEmpty())
        return {width, 120};
    const int height = qRound(width * scene.height() / scene.width()) + 2 * margin;
    return {width, std::clamp(height, 48, 160)};
}

QRectF MiniMap::contentRect() const
{
    const QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);
    const QRectF scene = m_view->scene() ? m_view->scene()->sceneRect() : QRectF();
    if (scene.isEmpty() || area.isEmpty())
        return area;
    QSizeF size = scene.size();
    size.scale(area.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(), size);
    r.moveCenter(area.center());
    return r;
}

QPointF MiniMap::toMap(const QPointF &scenePoint) const
{
    const QRectF scene = m_view->scene()->sceneRect();
    const QRectF content = contentRect();
    if (scene.isEmpty())
        return content.center();
    return {content.left() + (scenePoint.x() - scene.left()) * content.width() / scene.width(),
            content.top() + (scenePoint.y() - scene.top()) * content.height() / scene.height()};
}

QPointF MiniMap::toScene(const QPointF &mapPoint) const
{
    const QRectF scene = m_view->scene()->sceneRect();
    const QRectF content = contentRect();
    if (content.isEmpty())
        return scene.center();
    return {scene.left() + (mapPoint.x() - content.left()) * scene.width() / content.width(),
            scene.top() + (mapPoint.y() - content.top()) * scene.height() / content.height()};
}

QRectF MiniMap::viewMarker() const
{
    const QRectF visible = m_view->visibleSceneRect();
    return QRectF(toMap(visible.topLeft()), toMap(visible.bottomRight())).intersected(rect());
}

void MiniMap::scheduleRefresh()
{
    // Hidden maps cost nothing; a running timer already covers this change.
    if (isVisible() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void MiniMap::refresh()
{
    QGraphicsScene *scene = m_view->scene();
    const QRectF content = contentRect();
    if (!scene || content.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    QPixmap picture((content.size() * dpr).toSize());
    picture.setDevicePixelRatio(dpr);
    picture.fill(DiagramStyle::background());
    QPainter p(&picture);
    p.setRenderHint(QPainter::Antialiasing);
    scene->render(&p, QRectF(QPointF(), content.size()), scene->sceneRect());
    p.end();
    m_picture = picture;
    update();
}

void MiniMap::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void MiniMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    QColor frame = pal.color(QPalette::Mid);
    p.setPen(QPen(frame, 1));
    p.setBrush(DiagramStyle::background());
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    const QRectF content = contentRect();
    if (!m_picture.isNull())
        p.drawPixmap(content.topLeft(), m_picture);
    // The visible part: a highlighted frame over a faint veil on the rest.
    const QRectF marker = viewMarker();
    QColor accent = pal.color(QPalette::Highlight);
    QColor veil = accent;
    veil.setAlpha(40);
    p.setPen(QPen(accent, 1.5));
    p.setBrush(veil);
    p.drawRect(marker.adjusted(0.75, 0.75, -0.75, -0.75));
}

void MiniMap::centreViewAt(const QPointF &mapPoint)
{
    m_view->centerOn(toScene(mapPoint));
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    centreViewAt(event->position());
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    centreViewAt(event->position());
    event->accept();
}

void MiniMap::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

} // namespace stepwise
