#include "mainwindow.h"

#include "codeview/codeview.h"
#include "diagramscene.h"
#include "inspector/inspector.h"
#include "palette/palettewidget.h"
#include "problems/problemspanel.h"
#include "sceneeditor.h"
#include "selectionmodel.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
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
    setPanelWidget(Panel::Problems, new ProblemsPanel(m_doc, m_undoStack, m_selection));
    setPanelWidget(Panel::Code, new CodeView(m_doc, m_undoStack, m_selection));

    // The canvas handles Delete, F2 and Ctrl+A itself (so an in-place editor keeps them), so
    // these menu entries carry no shortcut of their own.
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("&Delete"), editor, &SceneEditor::deleteSelection);
    m_editMenu->addAction(tr("&Rename"), editor, &SceneEditor::renameSelected);
    m_editMenu->addAction(tr("Select &All"), editor, &SceneEditor::selectAll);
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("Add &Lane"), editor, [editor] { editor->addLane(); });
    QAction *tidy = m_editMenu->addAction(tr("&Tidy Up"), editor, &SceneEditor::tidyUp);
    tidy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(editor, &SceneEditor::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
}

} // namespace stepwise
