#pragma once

#include <QGraphicsView>

namespace stepwise {

class MiniMap;

/// The view on a diagram: antialiased; zooms with Ctrl+wheel, pinch and the View menu (around
/// the pointer or the centre); pans with space-drag, the middle button or the scroll bars; fits
/// the whole diagram on request, and carries a minimap in its lower right corner while part of
/// the diagram is out of sight. A plain left
/// drag on empty canvas is a rubber band, so selecting several states works as in other editors.
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const;
    static constexpr qreal minZoom = 0.1;
    static constexpr qreal maxZoom = 4.0;

    MiniMap *miniMap() const { return m_miniMap; }
    /// Whether the user wants the minimap; it shows only while part of the diagram is hidden.
    bool isMiniMapWanted() const { return m_miniMapWanted; }
    bool isPanning() const { return m_panning; }
    /// The scene rectangle the viewport shows.
    QRectF visibleSceneRect() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void setZoom(qreal factor);
    /// Zooms to `factor` keeping the scene point under `viewportPos` where it is.
    void zoomAround(qreal factor, const QPointF &viewportPos);
    void setMiniMapVisible(bool visible);

signals:
    void zoomChanged(qreal factor);
    /// The visible part of the scene moved or changed size (scroll, zoom, resize).
    void visibleRectChanged();

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    bool gestureEvent(QEvent *event);
    void endPan();
    void placeMiniMap();
    void updateMiniMap();

    MiniMap *m_miniMap;
    QPoint m_panLast;
    bool m_spaceHeld = false;
    bool m_panning = false;
    bool m_miniMapWanted = true;
};

} // namespace stepwise
