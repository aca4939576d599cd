#include "mainwindow.h"

#include "jsonatamenu.h"

#include "codeview/codeview.h"
#include "inspector/inspector.h"
#include "palette/palettewidget.h"
#include "problems/problemmarkers.h"
#include "problems/problemspanel.h"
#include "run/callbackspanel.h"
#include "run/historypanel.h"
#include "run/runactions.h"
#include "run/runcanvas.h"
#include "run/runcontroller.h"
#include "run/runeditguard.h"
#include "run/runoverlay.h"
#include "run/runstatus.h"
#include "run/saveinputcommand.h"
#include "scene/diagramscene.h"
#include "scene/diagramview.h"
#include "scene/nodeitem.h"
#include "scene/scenecontextmenu.h"
#include "scene/sceneeditor.h"
#include "selectionmodel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace stepwise {

void MainWindow::installPanels()
{
    m_scene->setUndoStack(m_undoStack);
    m_scene->setSelectionModel(m_selection);
    SceneEditor *editor = m_scene->editor();

    auto *palette = new PaletteWidget;
    connect(palette, &PaletteWidget::activated, editor, &SceneEditor::addStateAfterSelection);
    setPanelWidget(Panel::Palette, palette);
    setPanelWidget(Panel::Inspector, new Inspector(m_doc, m_undoStack, m_selection));
    auto *problems = new ProblemsPanel(m_doc, m_undoStack, m_selection);
    setPanelWidget(Panel::Problems, problems);
    new ProblemMarkers(problems, m_scene, this);
    setPanelWidget(Panel::Code, new CodeView(m_doc, m_undoStack, m_selection));

    // The canvas handles Delete, F2 and Ctrl+A itself (so an in-place editor keeps them), so
    // these menu entries carry no shortcut of their own.
    m_editMenu->addSeparator();
    // The shortcuts are shown, but the canvas takes the keys (WidgetShortcut: the action
    // fires only from the open menu), so Ctrl+C in the code view still copies its text.
    auto clip = [this, editor](const QString &text, auto slot, QKeySequence keys) {
        QAction *a = m_editMenu->addAction(text, editor, slot);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetShortcut);
    };
    clip(tr("Cu&t"), &SceneEditor::cutSelection, QKeySequence::Cut);
    clip(tr("&Copy"), &SceneEditor::copySelection, QKeySequence::Copy);
    clip(tr("&Paste"), &SceneEditor::paste, QKeySequence::Paste);
    clip(tr("D&uplicate"), &SceneEditor::duplicateSelection, QKeySequence(Qt::CTRL | Qt::Key_D));
    m_editMenu->addAction(tr("&Delete"), editor, &SceneEditor::deleteSelection);
    m_editMenu->addAction(tr("&Rename"), editor, &SceneEditor::renameSelected);
    m_editMenu->addAction(tr("Select &All"), editor, &SceneEditor::selectAll);
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("Add &Lane"), editor, [editor] { editor->addLane(); });
    m_editMenu->addSeparator();
    addJsonataActions(m_editMenu, m_doc, m_undoStack, m_selection, this);
    QMenu *arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->setObjectName(QStringLiteral("arrangeMenu"));
    QAction *tidy = arrange->addAction(tr("&Tidy Up"), editor, &SceneEditor::tidyUp);
    tidy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    arrange->addSeparator();
    SceneContextMenu::addArrangeActions(arrange, editor);
    connect(editor, &SceneEditor::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    installRunPanels();
}

void MainWindow::installRunPanels()
{
    auto *run = new RunController(this);
    run->setObjectName(QStringLiteral("runController"));
    run->setDocument(m_doc);
    auto *actions = new RunActions(run, this);
    menuBar()->addMenu(actions->menu());
    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    actions->addToToolBar(bar);
    actions->setSelectedState([this]() -> QString {
        const Node *node = m_doc->node(m_selection->current());
        if (!node)
            return {};
        return node->asl.name.isEmpty() ? node->fzId : node->asl.name;
    });

    // Saved inputs are document data: stored through the undo stack like any edit.
    connect(actions, &RunActions::saveInputRequested, this,
            [this](const QString &name, const QString &json) {
                m_undoStack->push(new SaveInputCommand(m_doc, name, json));
            });
    new RunEditGuard(run, m_undoStack, this);

    auto *dock = new QDockWidget(tr("Callbacks"), this);
    dock->setObjectName(QStringLiteral("callbacksDock"));
    dock->setWidget(new CallbacksPanel(run));
    // A tab beside the inspector: the panel is tall, and the canvas keeps its height.
    addDockWidget(Qt::RightDockWidgetArea, dock);
    tabifyDockWidget(this->dock(Panel::Inspector), dock);
    this->dock(Panel::Inspector)->raise();
    // When the run stops to wait for an answer, the panel that takes it comes to the front.
    connect(run, &RunController::statusChanged, dock, [dock](runtime::Execution::Status status) {
        if (status == runtime::Execution::Status::PausedCallback ||
            status == runtime::Execution::Status::PausedChoice)
            dock->raise();
    });

    // The execution history below the canvas, beside problems and code; it comes to the front
    // when a run starts.
    auto *historyDock = new QDockWidget(tr("Execution History"), this);
    historyDock->setObjectName(QStringLiteral("executionHistoryDock"));
    auto *history = new HistoryPanel(run);
    historyDock->setWidget(history);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(this->dock(Panel::Problems), historyDock);
    this->dock(Panel::Problems)->raise();
    connect(run, &RunController::started, historyDock, &QDockWidget::raise);
    connect(history, &HistoryPanel::stateSelected, this, [this, run](const QString &state) {
        const RunEntity entity = run->entityOfState(state);
        if (entity.isValid() && m_doc->node(entity.id))
            m_selection->select({entity.id}, entity.id);
    });

    // Run state lives in the controller; the canvas only mirrors it by id.
    auto *canvas = new RunCanvas(run, m_scene, m_doc, m_undoStack, this);
    actions->setBreakpointToggler(
        [this, canvas] { canvas->toggleSelectedBreakpoint(m_selection->current()); });
    new RunOverlay(run, m_view->viewport());
    connect(run, &RunController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
}

} // namespace stepwise
