#pragma once

#include "commands/movestatescommand.h"
#include "workflowdata.h"

#include <QStringList>

#include <QObject>
#include <QPointF>

class QMimeData;
class QUndoCommand;
class QUndoStack;

namespace stepwise {

class DiagramScene;
class InlineEditor;

/// The canvas's edits as entry points for the mouse, the keyboard, menus and the palette. Each
/// builds one undo command (or one macro), refuses it with a message when it cannot apply, and
/// pushes it on the scene's undo stack; nothing here changes the document directly.
class SceneEditor : public QObject
{
    Q_OBJECT
public:
    explicit SceneEditor(DiagramScene *scene);

    /// The stack commands go to: the window's, or one of the scene's own until it sets one.
    QUndoStack *stack() const;

    bool acceptsDrop(const QMimeData *mime) const;
    /// A palette item dropped at `scenePos`: a state there (in a new lane outside every lane),
    /// or a lane.
    bool drop(const QMimeData *mime, QPointF scenePos);
    /// A state of palette kind `key` centred at `scenePos` in `lane` (NoId: a new lane).
    Id addState(const QString &key, QPointF scenePos, Id lane);

    bool moveStates(const QVector<StateMove> &moves, bool nudge);
    /// Moves the selected states by `delta` (arrow keys).
    bool nudgeSelection(QPointF delta);
    bool renameState(Id node, const QString &name);
    bool connectStates(Id from, Side fromSide, Id to, Side toSide);
    bool reconnectEdge(Id edge, Id from, Side fromSide, Id to, Side toSide);
    bool setEdgeLabel(Id edge, const QString &label);
    bool renameLane(Id lane, const QString &title);
    bool moveLane(Id lane, int index);

    /// Opens the in-place editor on a state, an edge or a lane title (double-click, F2).
    void editInPlace(Id id);
    /// Closes an open in-place editor; `commit` applies what was typed.
    void closeEditor(bool commit);
    InlineEditor *inlineEditor() const { return m_inline; }

public slots:
    /// A state of palette kind `key` after the selected state, connected from it (palette
    /// double-click); without a selection, at the end of the first lane.
    Id addStateAfterSelection(const QString &key);
    Id addLane(const QString &title = {});
    bool deleteSelection();
    void selectAll();
    /// Arrange > Tidy Up: the selected states, or the whole diagram when none is selected.
    void tidyUp();
    void renameSelected();

    // Clipboard (sceneeditorclipboard.cpp): the selected states with the edges among them.
    bool copySelection();
    bool cutSelection();
    /// Pastes at the mouse when it is over the canvas, else at the view's centre; pasting
    /// again at the same place offsets each copy.
    bool paste();
    bool pasteAt(QPointF scenePos);
    bool duplicateSelection();

    // Arrange (sceneeditorarrange.cpp), one step each.
    /// Qt::AlignLeft, AlignHCenter, AlignRight, AlignTop, AlignVCenter or AlignBottom; needs
    /// two selected states.
    bool align(Qt::Alignment edge);
    /// Equal gaps between three or more selected states, left to right or top to bottom.
    bool distribute(Qt::Orientation orientation);
    /// What an edge means in ASL (Next, Default, a new Choice rule, a new Catch).
    bool setEdgeMeaning(Id edge, stepwise::EdgeMeaning meaning);
    /// The error list of the catcher a Catch edge draws.
    bool setCatchErrors(Id edge, const QStringList &errors);

signals:
    /// An edit was refused; the message says why (for the status bar).
    void refused(const QString &message);

private:
    bool push(QUndoCommand *command, const QString &refusal = {});
    void select(Id id);
    void selectNodes(const QVector<Id> &ids);
    /// A hand-set place for every selected state the layout drew (for the clipboard).
    WorkflowData selectionFragment();
    bool pasteFragment(const WorkflowData &fragment, const QVector<Id> &nodes, QPointF anchor,
                       bool duplicate);

    DiagramScene *m_scene;
    QUndoStack *m_ownStack;
    InlineEditor *m_inline = nullptr;
    Id m_editing = NoId;
    bool m_inMacro = false;
    QPointF m_lastPaste{-1e9, -1e9};
    int m_pasteRepeat = 0;
};

} // namespace stepwise
