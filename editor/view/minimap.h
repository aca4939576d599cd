#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace stepwise {

class DiagramView;

/// An overview of the whole diagram in a corner of the view, with the visible part outlined.
/// A click centres the view on that point and a drag moves it along. The overview picture is
/// redrawn at most a few times a second, so dragging states on a large diagram stays smooth.
class MiniMap : public QWidget
{
    Q_OBJECT
public:
    explicit MiniMap(DiagramView *view);

    QSize sizeHint() const override;
    /// Where the scene point lands on the map, and back.
    QPointF toMap(const QPointF &scenePoint) const;
    QPointF toScene(const QPointF &mapPoint) const;
    /// The visible rectangle of the view, in map coordinates.
    QRectF viewMarker() const;

public slots:
    /// Redraws the overview picture now (normally done on a timer after scene changes).
    void refresh();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void centreViewAt(const QPointF &mapPoint);
    /// The part of the widget the scene occupies (aspect kept, centred).
    QRectF contentRect() const;

    DiagramView *m_view;
    QPixmap m_picture;
    QTimer m_refreshTimer;
    bool m_dragging = false;
};

} // namespace stepwise
