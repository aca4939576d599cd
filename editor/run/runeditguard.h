#pragma once

#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;

namespace stepwise {

class RunController;

/// Keeps the document read-only while an execution is open: the run shows the document as it
/// was when it started, so an edit (a command pushed, an undo or a redo) asks to stop the run
/// first. Stopping closes the execution and keeps the edit; declining takes the edit back at
/// once, so the document is as the run shows it. Every edit goes through the undo stack (the
/// one mutation path), so watching the stack sees every attempt whatever panel made it.
class RunEditGuard : public QObject
{
    Q_OBJECT
public:
    /// Answers "stop the execution to edit?" (true: stop); tests replace the dialog with it.
    using Ask = std::function<bool(const QString &title, const QString &text)>;

    RunEditGuard(RunController *run, QUndoStack *stack, QWidget *window);
    void setAsk(Ask ask) { m_ask = std::move(ask); }

private:
    void indexChanged(int index);

    RunController *m_run;
    QUndoStack *m_stack;
    QWidget *m_window;
    Ask m_ask;
    int m_index = 0;
    bool m_reverting = false;
};

} // namespace stepwise
