#include "diagramprinter.h"

#include "export/diagramexporter.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>

namespace stepwise {

bool DiagramPrinter::print(QPrinter *printer, QGraphicsScene *scene, const QRectF &source)
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF page = printer->pageLayout().paintRectPixels(printer->resolution());
    // Device pixels per scene pixel at 100 %; fonts follow the printer's resolution too.
    const qreal natural = printer->resolution() / 96.0;
    const qreal fit =
        std::min({page.width() / source.width(), page.height() / source.height(), natural});
    QRectF target(0, 0, source.width() * fit, source.height() * fit);
    target.moveCenter(QPointF(page.width() / 2, page.height() / 2));
    DiagramExporter::render(&painter, target, scene, source, true);
    return painter.end();
}

void DiagramPrinter::preview(QWidget *parent, QGraphicsScene *scene, const QRectF &source)
{
    // Screen resolution keeps text and shapes in the proportion the layout measured.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageOrientation(source.width() > source.height() ? QPageLayout::Landscape
                                                                : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [scene, source](QPrinter *p) { print(p, scene, source); });
    dialog.exec();
}

} // namespace stepwise
