#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

class QGraphicsItem;
class QGraphicsScene;
class QPainter;

namespace stepwise {

/// What to export: the part of the scene (empty means the whole diagram), the scale of a PNG
/// and whether the background stays transparent.
struct ExportOptions
{
    QRectF source;
    qreal scale = 1.0;
    bool transparent = false;
};

/// Writes a diagram scene as PNG, SVG or PDF, chosen by the file name. Files are written through
/// QSaveFile: on any failure the target keeps what it held before. Text keeps its size relative
/// to the shapes on every device (the devices get the screen's logical resolution), so an export
/// looks like the canvas at 100 %.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::DiagramExporter)
public:
    enum class Format { Unknown, Png, Svg, Pdf };
    static Format formatForPath(const QString &path);

    /// The whole diagram with its margin.
    static QRectF wholeRect(const QGraphicsScene *scene);
    /// The items' bounds with a margin; empty when there are none.
    static QRectF itemsRect(const QList<QGraphicsItem *> &items);
    /// The pixel size of a PNG of `source` at `scale`: exactly `scale` times the 1x size.
    static QSize pixelSize(const QRectF &source, qreal scale);

    /// Paints `source` of the scene into `target`, with or without the background.
    static void render(QPainter *painter, const QRectF &target, QGraphicsScene *scene,
                       const QRectF &source, bool transparent);
    static QImage renderImage(QGraphicsScene *scene, const ExportOptions &options);

    struct Result
    {
        bool ok = false;
        QString error; // a sentence for the user when !ok
    };
    static Result write(const QString &path, QGraphicsScene *scene, const ExportOptions &options);

private:
    static QRectF sourceOf(const QGraphicsScene *scene, const ExportOptions &options);
    static QByteArray svgBytes(QGraphicsScene *scene, const QRectF &source, bool transparent);
    static QByteArray pdfBytes(QGraphicsScene *scene, const QRectF &source, bool transparent);
};

} // namespace stepwise
