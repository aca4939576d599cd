#pragma once

#include <QGraphicsView>

namespace stepwise {

/// The view on a diagram: antialiased, zooms with Ctrl+wheel and the View menu, fits the
/// whole diagram on request.
class DiagramView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    void setZoom(qreal factor);

signals:
    void zoomChanged(qreal factor);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    static constexpr qreal minZoom = 0.1;
    static constexpr qreal maxZoom = 4.0;
};

} // namespace stepwise
