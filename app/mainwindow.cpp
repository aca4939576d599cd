#include "mainwindow.h"

#include "recovery.h"

#include "documentio.h"
#include "scene/diagramscene.h"
#include "scene/diagramview.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

namespace stepwise {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new Workflow(this)), m_undoStack(new QUndoStack(this)),
      m_selection(new SelectionModel(this)), m_scene(new DiagramScene(m_doc, this)),
      m_view(new DiagramView(m_scene, this)), m_counts(new QLabel(this)),
      m_zoomLabel(new QLabel(this))
{
    m_undoStack->setObjectName(QStringLiteral("undoStack"));
    m_view->setObjectName(QStringLiteral("diagramView"));
    setCentralWidget(m_view);
    setWindowIcon(QIcon(QStringLiteral(":/icons/stepwise.svg")));
    setDockNestingEnabled(true);
    // Side docks run the full height; the bottom docks sit under the canvas only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_docks = std::make_unique<PanelDocks>(this);
    auto *history = new QUndoView(m_undoStack);
    history->setObjectName(QStringLiteral("undoView"));
    history->setEmptyLabel(tr("<opened>"));
    m_docks->setWidget(Panel::History, history);
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createToolBar();
    installPanels();
    connect(m_scene, &DiagramScene::synced, this, &MainWindow::updateStatus);
    connect(m_view, &DiagramView::zoomChanged, this, &MainWindow::updateStatus);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::cleanChanged);
    connect(m_doc, &Workflow::nodeRemoved, m_selection, &SelectionModel::forget);
    connect(m_doc, &Workflow::edgeRemoved, m_selection, &SelectionModel::forget);
    connect(m_doc, &Workflow::laneRemoved, m_selection, &SelectionModel::forget);
    connect(m_doc, &Workflow::loopRemoved, m_selection, &SelectionModel::forget);
    setCurrentFile({}, tr("Untitled"));
    refreshColours();
    updateStatus();
    resize(1280, 800);
    Recovery::attach(this); // autosaves unsaved work; offers a dead session's work back
}

MainWindow::~MainWindow()
{
    // The scene's items read the document: remove them while it still exists. The undo stack
    // goes first, as its commands may point into the document too.
    m_undoStack->clear();
    delete m_view;
    delete m_scene;
}

QString MainWindow::seedTemplate()
{
    return QStringLiteral(":/templates/seed-step-functions-orchestration.fz");
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

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    const QString title = tr("Save changes?");
    const QString text = tr("%1 has changes that are not saved. Save them?")
                             .arg(m_path.isEmpty() ? windowTitle().remove(QStringLiteral("[*]"))
                                                   : QFileInfo(m_path).fileName());
    QMessageBox::StandardButton answer;
    if (m_questionHook) {
        answer = m_questionHook(title, text);
    } else {
        answer = QMessageBox::warning(
            this, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
            QMessageBox::Save);
    }
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
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

void MainWindow::documentReplaced()
{
    // Commands of the previous document cannot apply to this one.
    m_selection->clear();
    m_undoStack->clear();
    m_undoStack->setClean();
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
    documentReplaced();
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
    documentReplaced();
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
    m_undoStack->setClean();
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
    if (!maybeSave())
        return;
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
    // Told on the status bar, not in a box: this runs at start-up and each time the menu opens,
    // and a modal box there would stop the window before the user has asked for anything.
    const QStringList gone = m_recent.pruneMissing();
    if (!gone.isEmpty()) {
        QStringList names;
        for (const QString &path : gone)
            names << QDir::toNativeSeparators(path);
        statusBar()->showMessage(tr("Removed from the recent list, no longer on disk: %1")
                                     .arg(names.join(QStringLiteral(", "))),
                                 10000);
    }
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
            if (maybeSave())
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

void MainWindow::cleanChanged(bool clean)
{
    setWindowModified(!clean);
    m_saveAction->setEnabled(!clean);
}

void MainWindow::setCurrentFile(const QString &path, const QString &displayName)
{
    m_path = path;
    setWindowFilePath(path);
    setWindowTitle(tr("%1[*]").arg(displayName));
    cleanChanged(m_undoStack->isClean());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, &MainWindow::showWholeOrStart);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_persistent)
        saveSettings();
    event->accept();
}

} // namespace stepwise
