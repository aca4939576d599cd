#include "mainwindow.h"

#include "recovery.h"

#include "documentio.h"
#include "scene/diagramscene.h"
#include "scene/diagramview.h"
#include "workflow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QToolBar>

#include <algorithm>

namespace stepwise {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new Workflow(this)), m_scene(new DiagramScene(m_doc, this)),
      m_view(new DiagramView(m_scene, this)), m_counts(new QLabel(this)),
      m_zoomLabel(new QLabel(this))
{
    setCentralWidget(m_view);
    setWindowIcon(QIcon(QStringLiteral(":/icons/stepwise.svg")));
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);
    createActions();
    connect(m_scene, &DiagramScene::synced, this, &MainWindow::updateStatus);
    connect(m_view, &DiagramView::zoomChanged, this, &MainWindow::updateStatus);
    for (auto signal : {&Workflow::laneAdded, &Workflow::laneRemoved, &Workflow::nodeAdded,
                        &Workflow::nodeRemoved, &Workflow::edgeAdded, &Workflow::edgeRemoved,
                        &Workflow::loopAdded, &Workflow::loopRemoved})
        connect(m_doc, signal, this, &MainWindow::markModified);
    for (auto signal : {&Workflow::laneChanged, &Workflow::nodeChanged, &Workflow::edgeChanged,
                        &Workflow::loopChanged})
        connect(m_doc, signal, this, &MainWindow::markModified);
    connect(m_doc, &Workflow::documentChanged, this, &MainWindow::markModified);
    setCurrentFile({}, tr("Untitled"));
    updateStatus();
    resize(1280, 800);
    Recovery::attach(this); // autosaves unsaved work; offers a dead session's work back
}

MainWindow::~MainWindow()
{
    // The scene's items read the document: remove them while it still exists.
    delete m_view;
    delete m_scene;
}

QString MainWindow::seedTemplate()
{
    return QStringLiteral(":/templates/seed-step-functions-orchestration.fz");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    auto icon = [](const char *name) {
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
    };
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::openInteractive);
    open->setIcon(icon("document-open"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(icon("document-save"));
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &MainWindow::saveAsInteractive);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *in = view->addAction(tr("Zoom &In"), m_view, &DiagramView::zoomIn);
    in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    in->setIcon(icon("zoom-in"));
    QAction *out = view->addAction(tr("Zoom &Out"), m_view, &DiagramView::zoomOut);
    out->setShortcut(QKeySequence::ZoomOut);
    out->setIcon(icon("zoom-out"));
    QAction *fit = view->addAction(tr("Zoom to &Fit"), m_view, &DiagramView::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    fit->setIcon(icon("zoom-fit-best"));
    QAction *actual = view->addAction(tr("&Actual Size"), m_view, &DiagramView::resetZoom);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->addActions({open, m_saveAction});
    bar->addSeparator();
    bar->addActions({out, in, fit});
    updateRecentMenu();
}

void MainWindow::showMessage(QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (m_messageHook) {
        m_messageHook(icon, title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

QString MainWindow::diagnosticsText(const Diagnostics &diags, const QString &file, int limit) const
{
    QStringList lines;
    for (const Diagnostic &d : diags) {
        if (lines.size() == limit) {
            lines << tr("... and %1 more").arg(diags.size() - limit);
            break;
        }
        lines << d.format(file);
    }
    return lines.join(QLatin1Char('\n'));
}

bool MainWindow::openFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const DocumentIo::ReadResult r = DocumentIo::readFile(path);
    // No document means the file could not be read (a syntax error): keep the current one.
    // A document with errors is a readable workflow the validator objects to (an unknown
    // `Next`, a path AWS would refuse): open it, so the user can see and fix it.
    if (!r.document) {
        showMessage(QMessageBox::Critical, tr("Cannot open %1").arg(name),
                    tr("%1 could not be opened:\n\n%2")
                        .arg(QDir::toNativeSeparators(path), diagnosticsText(r.diagnostics, name)));
        return false;
    }
    m_doc->reset(*r.document);
    setCurrentFile(QFileInfo(path).absoluteFilePath(), name);
    m_recent.add(path);
    updateRecentMenu();
    if (hasErrors(r.diagnostics))
        showMessage(QMessageBox::Warning, tr("Opened %1 with problems").arg(name),
                    diagnosticsText(r.diagnostics, name));
    else if (!r.diagnostics.isEmpty())
        showMessage(QMessageBox::Warning, tr("Opened %1 with warnings").arg(name),
                    diagnosticsText(r.diagnostics, name));
    fitSoon();
    return true;
}

bool MainWindow::openTemplate(const QString &resource)
{
    QFile file(resource);
    const QString name = QFileInfo(resource).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(QMessageBox::Critical, tr("Cannot open %1").arg(name), file.errorString());
        return false;
    }
    const DocumentIo::ReadResult r =
        DocumentIo::read(file.readAll(), DocumentIo::formatForPath(resource));
    if (!r.document || hasErrors(r.diagnostics)) {
        showMessage(QMessageBox::Critical, tr("Cannot open %1").arg(name),
                    diagnosticsText(r.diagnostics, name));
        return false;
    }
    m_doc->reset(*r.document);
    setCurrentFile({}, name);
    fitSoon();
    return true;
}

bool MainWindow::save()
{
    return m_path.isEmpty() ? saveAsInteractive() : saveAs(m_path);
}

bool MainWindow::saveAs(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const DocumentIo::WriteResult r = DocumentIo::writeFile(path, m_doc->data());
    if (!r.ok) {
        showMessage(QMessageBox::Critical, tr("Cannot save %1").arg(name),
                    tr("%1 was not saved:\n\n%2")
                        .arg(QDir::toNativeSeparators(path), diagnosticsText(r.diagnostics, name)));
        return false;
    }
    setCurrentFile(QFileInfo(path).absoluteFilePath(), name);
    m_recent.add(path);
    updateRecentMenu();
    if (!r.diagnostics.isEmpty())
        showMessage(QMessageBox::Warning, tr("Saved %1 with warnings").arg(name),
                    tr("The file was saved, but its format cannot keep everything:\n\n%1")
                        .arg(diagnosticsText(r.diagnostics, name)));
    return true;
}

void MainWindow::openInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workflow"), QFileInfo(m_path).absolutePath(),
        tr("Workflows (*.fz *.asl.json *.json *.yaml *.yml *.stepwise);;FlowZap Code (*.fz);;"
           "Amazon States Language (*.asl.json *.json *.yaml *.yml);;"
           "Stepwise project (*.stepwise);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::saveAsInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Workflow As"), m_path,
        tr("FlowZap Code (*.fz);;Amazon States Language JSON (*.asl.json);;"
           "Amazon States Language YAML (*.asl.yaml);;Stepwise project (*.stepwise)"));
    return !path.isEmpty() && saveAs(path);
}

void MainWindow::updateRecentMenu()
{
    const QStringList gone = m_recent.pruneMissing();
    if (!gone.isEmpty())
        showMessage(QMessageBox::Information, tr("Recent files"),
                    tr("These files no longer exist and were removed from the recent list:\n\n%1")
                        .arg(gone.join(QLatin1Char('\n'))));
    m_recentMenu->clear();
    const QStringList files = m_recent.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(
            i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("0"), QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                m_recent.remove(path);
                updateRecentMenu();
                showMessage(QMessageBox::Information, tr("Recent files"),
                            tr("%1 no longer exists and was removed from the recent list.")
                                .arg(QDir::toNativeSeparators(path)));
                return;
            }
            openFile(path);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::statusText() const
{
    // Label-first wording reads right for any count without plural forms.
    return tr("Lanes: %1  \u00b7  Nodes: %2  \u00b7  Edges: %3")
        .arg(m_scene->laneCount())
        .arg(m_scene->nodeCount())
        .arg(m_scene->edgeCount());
}

void MainWindow::updateStatus()
{
    m_counts->setText(statusText());
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_view->zoom() * 100)));
}

void MainWindow::markModified()
{
    setWindowModified(true);
}

void MainWindow::setCurrentFile(const QString &path, const QString &displayName)
{
    m_path = path;
    setWindowFilePath(path);
    setWindowTitle(tr("%1[*]").arg(displayName));
    setWindowModified(false);
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
    // The whole diagram when it reads well; a wide one opens readable at its start instead.
    m_view->zoomToFit();
    if (m_view->zoom() < minimumOpeningZoom) {
        m_view->setZoom(minimumOpeningZoom);
        const QRectF r = m_scene->sceneRect();
        m_view->centerOn(r.left() + m_view->viewport()->width() / (2 * minimumOpeningZoom),
                         r.center().y());
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, &MainWindow::showWholeOrStart);
    }
}

bool MainWindow::saveScreenshot(const QString &path)
{
    // Size the window to the diagram so the picture reads at close to 100 %.
    const QRectF bounds = m_scene->sceneRect();
    int chrome = menuBar()->sizeHint().height() + statusBar()->sizeHint().height();
    for (const QToolBar *bar : findChildren<QToolBar *>())
        chrome += bar->sizeHint().height();
    resize(std::clamp(int(bounds.width() * 0.8), 960, 1800),
           std::clamp(int(bounds.height() * 0.8) + chrome, 540, 1200));
    if (!isVisible())
        show();
    QApplication::processEvents();
    m_view->zoomToFit();
    QApplication::processEvents();
    const bool ok = grab().save(path);
    if (!ok)
        QTextStream(stderr) << tr("Cannot write the screenshot %1").arg(path) << '\n';
    return ok;
}

} // namespace stepwise
