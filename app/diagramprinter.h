#pragma once

#include <QCoreApplication>
#include <QRectF>

class QGraphicsScene;
class QPrinter;
class QWidget;

namespace stepwise {

/// Prints a diagram fitted to the page (never enlarged past 100 %), landscape when it is wider
/// than tall; with a preview dialog in the window.
class DiagramPrinter
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::DiagramPrinter)
public:
    /// Paints `source` of the scene on one page of `printer`.
    static bool print(QPrinter *printer, QGraphicsScene *scene, const QRectF &source);
    /// Opens the print preview for `source`; the user prints from there.
    static void preview(QWidget *parent, QGraphicsScene *scene, const QRectF &source);
};

} // namespace stepwise
