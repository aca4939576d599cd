// MainWindow's view side: layout, theme and settings, export and print, screenshots.
#include "mainwindow.h"

#include "diagramprinter.h"
#include "export/diagramexporter.h"
#include "exportdialog.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/diagramview.h"
#include "scene/edgeitem.h"
#include "scene/laneitem.h"
#include "scene/loopitem.h"
#include "scene/nodeitem.h"
#include "selectionmodel.h"
#include "view/minimap.h"
#include "windowsettings.h"
#include "workflow.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSet>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace stepwise {

void MainWindow::showOnlyPanels(const QVector<Panel> &panels)
{
    // Docks outside the named panels (the run's callbacks and execution history) are hidden
    // too: a screenshot shows exactly what it asked for.
    QSet<QDockWidget *> shown;
    for (Panel p : panels)
        shown.insert(dock(p));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        d->setVisible(shown.contains(d));
    for (Panel p : panels)
        dock(p)->raise();
    // The inspector shares its side with tabs (history, callbacks): it is the one to see.
    if (panels.contains(Panel::Inspector))
        dock(Panel::Inspector)->raise();
}

void MainWindow::resetLayout()
{
    m_docks->arrangeDefault();
}

qreal MainWindow::readingZoom() const
{
    return m_lastZoom > 0 ? std::clamp(m_lastZoom, minimumOpeningZoom, qreal(1.0))
                          : minimumOpeningZoom;
}

void MainWindow::restoreSettings()
{
    const WindowSettings s = WindowSettings::load();
    if (!s.geometry.isEmpty())
        restoreGeometry(s.geometry);
    if (!s.layout.isEmpty())
        restoreState(s.layout, WindowSettings::layoutVersion);
    m_lastZoom = s.zoom;
    m_miniMapAction->setChecked(s.miniMap);
    setTheme(s.theme);
    m_persistent = true;
}

void MainWindow::saveSettings() const
{
    WindowSettings s;
    s.geometry = saveGeometry();
    s.layout = saveState(WindowSettings::layoutVersion);
    s.zoom = m_view->zoom();
    s.theme = m_theme;
    s.miniMap = m_miniMapAction->isChecked();
    s.save();
}

void MainWindow::setTheme(Theme::Choice choice)
{
    m_theme = choice;
    for (QAction *a : m_themeGroup->actions())
        a->setChecked(a->data().toInt() == int(choice));
    Theme::apply(choice);
    refreshColours();
}

void MainWindow::refreshColours()
{
    // Items read DiagramStyle when they paint: a repaint is all a new palette needs.
    DiagramStyle::setPalette(m_theme == Theme::Choice::System ? QGuiApplication::palette()
                                                              : Theme::palette(m_theme));
    m_scene->setBackgroundBrush(DiagramStyle::background());
    m_scene->update();
    m_view->miniMap()->refresh();
    refreshIcons();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // With the System theme the diagram follows the platform when it switches light/dark.
    if (event->type() == QEvent::PaletteChange && m_themeGroup)
        refreshColours();
}

void MainWindow::fitSoon()
{
    if (isVisible())
        QTimer::singleShot(0, this, &MainWindow::showWholeOrStart);
    else
        m_fitted = false;
}

void MainWindow::showWholeOrStart()
{
    // The whole diagram when it reads well; a large one opens readable at its start instead
    // (top left), and the scroll bars reach the rest.
    m_view->zoomToFit();
    if (m_view->zoom() < minimumOpeningZoom) {
        const qreal zoom = readingZoom();
        m_view->setZoom(zoom);
        const QRectF r = m_scene->sceneRect();
        const QSizeF half = QSizeF(m_view->viewport()->size()) / (2 * zoom);
        m_view->centerOn(r.left() + half.width(),
                         std::min(r.center().y(), r.top() + half.height()));
    }
}

QRectF MainWindow::selectionRect() const
{
    QList<QGraphicsItem *> items;
    for (Id id : m_selection->ids()) {
        if (QGraphicsItem *item = m_scene->nodeItem(id))
            items << item;
        else if (QGraphicsItem *edge = m_scene->edgeItem(id))
            items << edge;
        else if (QGraphicsItem *lane = m_scene->laneItem(id))
            items << lane;
        else if (QGraphicsItem *loop = m_scene->loopItem(id))
            items << loop;
    }
    if (items.isEmpty())
        items = m_scene->selectedItems();
    return DiagramExporter::itemsRect(items);
}

bool MainWindow::exportTo(const QString &path, qreal scale, bool transparent, bool selectionOnly)
{
    ExportOptions options;
    options.scale = scale;
    options.transparent = transparent;
    if (selectionOnly) {
        options.source = selectionRect();
        if (options.source.isEmpty()) {
            showMessage(QMessageBox::Warning, tr("Nothing selected"),
                        tr("Select states on the canvas to export only them."));
            return false;
        }
    }
    const DiagramExporter::Result r = DiagramExporter::write(path, m_scene, options);
    if (!r.ok)
        showMessage(QMessageBox::Critical, tr("Cannot export %1").arg(QFileInfo(path).fileName()),
                    r.error);
    return r.ok;
}

void MainWindow::exportInteractive()
{
    const QString base = m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/workflow")
                                          : QFileInfo(m_path).absolutePath() + QLatin1Char('/') +
                                                QFileInfo(m_path).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Image"), base + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    ExportDialog options(path, !selectionRect().isEmpty(), this);
    if (options.exec() == QDialog::Accepted)
        exportTo(path, options.scale(), options.transparent(), options.selectionOnly());
}

void MainWindow::printInteractive()
{
    const QRectF selected = selectionRect();
    DiagramPrinter::preview(this, m_scene,
                            selected.isEmpty() ? DiagramExporter::wholeRect(m_scene) : selected);
}

bool MainWindow::selectState(const QString &name)
{
    const WorkflowData &data = m_doc->data();
    const Node *node = data.nodeByStateName(name);
    for (auto it = data.nodes.begin(); !node && it != data.nodes.end(); ++it)
        if (it->label == name)
            node = &*it;
    if (!node)
        return false;
    // The scene follows the selection model (SelectionBridge): one change, one signal.
    m_selection->select({node->id}, node->id);
    return true;
}

bool MainWindow::saveScreenshot(const QString &path)
{
    // Size the window so the canvas shows the diagram at close to 100 %, whatever the docks
    // and bars around it take.
    if (!isVisible())
        show();
    QApplication::processEvents();
    const QSize chrome = size() - m_view->viewport()->size();
    const QRectF bounds = m_scene->sceneRect();
    resize(std::clamp(int(bounds.width() * 0.85) + chrome.width(), 1100, 2400),
           std::clamp(int(bounds.height() * 0.85) + chrome.height(), 640, 1400));
    QApplication::processEvents();
    showWholeOrStart();
    QApplication::processEvents();
    m_view->miniMap()->refresh();
    const bool ok = grab().save(path);
    if (!ok)
        QTextStream(stderr) << tr("Cannot write the screenshot %1").arg(path) << '\n';
    return ok;
}

} // namespace stepwise
