#include "diagramexporter.h"

#include "scene/diagramstyle.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <cmath>

namespace stepwise {

namespace {

constexpr qreal selectionMargin = 24;

// Fonts are sized in points, shapes in pixels: a device must have the screen's resolution or
// text would grow or shrink against the boxes the layout measured for it.
int logicalDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInch()) : 96;
}

// Swaps the scene background out while painting a transparent picture.
class BackgroundOff
{
public:
    BackgroundOff(QGraphicsScene *scene, bool off)
        : m_scene(scene), m_brush(scene->backgroundBrush())
    {
        if (off)
            m_scene->setBackgroundBrush(Qt::NoBrush);
    }
    ~BackgroundOff() { m_scene->setBackgroundBrush(m_brush); }

private:
    QGraphicsScene *m_scene;
    QBrush m_brush;
};

} // namespace

DiagramExporter::Format DiagramExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Unknown;
}

QRectF DiagramExporter::wholeRect(const QGraphicsScene *scene)
{
    return scene->sceneRect();
}

QRectF DiagramExporter::itemsRect(const QList<QGraphicsItem *> &items)
{
    QRectF r;
    for (const QGraphicsItem *item : items)
        r |= item->sceneBoundingRect();
    return r.isEmpty()
               ? r
               : r.adjusted(-selectionMargin, -selectionMargin, selectionMargin, selectionMargin);
}

QSize DiagramExporter::pixelSize(const QRectF &source, qreal scale)
{
    const int w = int(std::ceil(source.width())), h = int(std::ceil(source.height()));
    return {qRound(w * scale), qRound(h * scale)};
}

QRectF DiagramExporter::sourceOf(const QGraphicsScene *scene, const ExportOptions &options)
{
    const QRectF r = options.source.isEmpty() ? wholeRect(scene) : options.source;
    // Whole pixels at 1x, so 2x and 4x are exact multiples of it.
    return QRectF(r.topLeft(), QSizeF(std::ceil(r.width()), std::ceil(r.height())));
}

void DiagramExporter::render(QPainter *painter, const QRectF &target, QGraphicsScene *scene,
                             const QRectF &source, bool transparent)
{
    const BackgroundOff background(scene, transparent);
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    scene->render(painter, target, source, Qt::KeepAspectRatio);
}

QImage DiagramExporter::renderImage(QGraphicsScene *scene, const ExportOptions &options)
{
    const QRectF source = sourceOf(scene, options);
    const QSize size = pixelSize(source, options.scale);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(logicalDpi() / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(options.transparent ? QColor(Qt::transparent) : DiagramStyle::background());
    QPainter painter(&image);
    render(&painter, QRectF(QPointF(), QSizeF(size)), scene, source, options.transparent);
    return image;
}

QByteArray DiagramExporter::svgBytes(QGraphicsScene *scene, const QRectF &source, bool transparent)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(logicalDpi());
    const QSize size = pixelSize(source, 1.0);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(), size));
    svg.setTitle(tr("Workflow diagram"));
    svg.setDescription(tr("Exported by Stepwise"));
    QPainter painter(&svg);
    render(&painter, QRectF(QPointF(), QSizeF(size)), scene, source, transparent);
    painter.end();
    return buffer.data();
}

QByteArray DiagramExporter::pdfBytes(QGraphicsScene *scene, const QRectF &source, bool transparent)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    const int dpi = logicalDpi();
    pdf.setResolution(dpi);
    const QSize size = pixelSize(source, 1.0);
    // One page the size of the diagram, in points, without margins.
    pdf.setPageSize(
        QPageSize(QSizeF(size) * 72.0 / dpi, QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF());
    pdf.setTitle(tr("Workflow diagram"));
    pdf.setCreator(QStringLiteral("Stepwise"));
    QPainter painter(&pdf);
    render(&painter, QRectF(QPointF(), QSizeF(size)), scene, source, transparent);
    painter.end();
    return buffer.data();
}

DiagramExporter::Result DiagramExporter::write(const QString &path, QGraphicsScene *scene,
                                               const ExportOptions &options)
{
    const Format format = formatForPath(path);
    if (format == Format::Unknown)
        return {false, tr("%1: unknown image type; use .png, .svg or .pdf").arg(path)};
    if (!(options.scale > 0 && options.scale <= 16))
        return {false, tr("the scale must be between 0 and 16, not %1").arg(options.scale)};
    const QRectF source = sourceOf(scene, options);
    if (source.isEmpty())
        return {false, tr("there is nothing to export")};
    QByteArray bytes;
    switch (format) {
    case Format::Png: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QImage image = renderImage(scene, options);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return {false, tr("%1: the image is too large to write").arg(path)};
        break;
    }
    case Format::Svg:
        bytes = svgBytes(scene, source, options.transparent);
        break;
    case Format::Pdf:
        bytes = pdfBytes(scene, source, options.transparent);
        break;
    case Format::Unknown:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {false, tr("%1: cannot write: %2").arg(path, file.errorString())};
    return {true, {}};
}

} // namespace stepwise
