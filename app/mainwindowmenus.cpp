// The menus and the tool bar of MainWindow (split from mainwindow.cpp to keep files short).
#include "mainwindow.h"

#include "scene/diagramview.h"
#include "themedicon.h"

#include <QActionGroup>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

namespace stepwise {

namespace {
// Actions name their icon here; refreshIcons() draws it in the theme's ink.
constexpr const char *iconProperty = "stepwiseIcon";
} // namespace

void MainWindow::refreshIcons()
{
    const QColor ink = palette().color(QPalette::ButtonText);
    for (QAction *a : findChildren<QAction *>()) {
        const QString name = a->property(iconProperty).toString();
        if (!name.isEmpty())
            a->setIcon(ThemedIcon::make(name, ink));
    }
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::openInteractive);
    open->setObjectName(QStringLiteral("openAction"));
    open->setProperty(iconProperty, QStringLiteral("document-open"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setProperty(iconProperty, QStringLiteral("document-save"));
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &MainWindow::saveAsInteractive);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *exportAction =
        file->addAction(tr("&Export Image..."), this, &MainWindow::exportInteractive);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setProperty(iconProperty, QStringLiteral("document-export"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print..."), this, &MainWindow::printInteractive);
    print->setObjectName(QStringLiteral("printAction"));
    print->setProperty(iconProperty, QStringLiteral("document-print"));
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    updateRecentMenu();
}

void MainWindow::createEditMenu()
{
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    // The stack's own actions carry the command text: "Undo Move 3 states".
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setProperty(iconProperty, QStringLiteral("edit-undo"));
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setProperty(iconProperty, QStringLiteral("edit-redo"));
    m_editMenu->addActions({undo, redo});
    m_editMenu->addSeparator();
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QAction *in = m_viewMenu->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    in->setObjectName(QStringLiteral("zoomInAction"));
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    in->setProperty(iconProperty, QStringLiteral("zoom-in"));
    QAction *out = m_viewMenu->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    out->setObjectName(QStringLiteral("zoomOutAction"));
    out->setShortcut(QKeySequence::ZoomOut);
    out->setProperty(iconProperty, QStringLiteral("zoom-out"));
    QAction *fit = m_viewMenu->addAction(tr("Zoom to &Fit"), m_view, &DiagramView::zoomToFit);
    fit->setObjectName(QStringLiteral("fitAction"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setProperty(iconProperty, QStringLiteral("zoom-fit-best"));
    QAction *actual = m_viewMenu->addAction(tr("&Actual Size"), m_view, &DiagramView::resetZoom);
    actual->setObjectName(QStringLiteral("actualSizeAction"));
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    actual->setProperty(iconProperty, QStringLiteral("zoom-original"));
    m_viewMenu->addSeparator();
    m_miniMapAction = m_viewMenu->addAction(tr("&Minimap"));
    m_miniMapAction->setObjectName(QStringLiteral("miniMapAction"));
    m_miniMapAction->setCheckable(true);
    m_miniMapAction->setChecked(true);
    connect(m_miniMapAction, &QAction::toggled, m_view, &DiagramView::setMiniMapVisible);

    QMenu *theme = m_viewMenu->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    for (Theme::Choice choice :
         {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction *a = theme->addAction(Theme::displayName(choice));
        a->setObjectName(Theme::name(choice) + QStringLiteral("ThemeAction"));
        a->setCheckable(true);
        a->setChecked(choice == m_theme);
        a->setData(int(choice));
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, choice] { setTheme(choice); });
    }

    QMenu *panels = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *d : m_docks->docks())
        panels->addAction(d->toggleViewAction());
    QAction *reset = m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(QStringLiteral("resetLayoutAction"));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    auto find = [this](const char *name) { return findChild<QAction *>(QLatin1String(name)); };
    bar->addActions({find("openAction"), m_saveAction});
    bar->addSeparator();
    bar->addActions({find("undoAction"), find("redoAction")});
    bar->addSeparator();
    bar->addActions(
        {find("zoomOutAction"), find("zoomInAction"), find("fitAction"), find("actualSizeAction")});
    bar->addSeparator();
    bar->addActions({find("exportAction"), find("printAction")});
}

} // namespace stepwise
