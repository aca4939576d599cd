#include "runeditguard.h"

#include "runcontroller.h"
#include "saveinputcommand.h"
#include "togglebreakpointcommand.h"

#include <QMessageBox>
#include <QUndoStack>

namespace stepwise {

RunEditGuard::RunEditGuard(RunController *run, QUndoStack *stack, QWidget *window)
    : QObject(window), m_run(run), m_stack(stack), m_window(window), m_index(stack->index())
{
    setObjectName(QStringLiteral("runEditGuard"));
    connect(stack, &QUndoStack::indexChanged, this, &RunEditGuard::indexChanged);
}

void RunEditGuard::indexChanged(int index)
{
    const int before = std::exchange(m_index, index);
    // A cleared stack is a new document (or the window closing), not an edit.
    if (m_reverting || !m_run->isOpen() || m_stack->count() == 0)
        return;
    // A named input or a breakpoint is run configuration, not the definition: saving one (or
    // undoing that) needs no stop.
    const int changed = index == before + 1 ? before : index == before - 1 ? index : -1;
    const QUndoCommand *command = changed >= 0 ? m_stack->command(changed) : nullptr;
    if (dynamic_cast<const SaveInputCommand *>(command) ||
        dynamic_cast<const ToggleBreakpointCommand *>(command))
        return;
    const QString title = tr("Execution Open");
    const QString text = tr("The document is read-only while an execution is shown. Stop the "
                            "execution and keep this edit?");
    bool stop = false;
    if (m_ask) {
        stop = m_ask(title, text);
    } else {
        stop = QMessageBox::question(m_window, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    }
    if (stop) {
        m_run->close();
        return;
    }
    m_reverting = true;
    // A merged edit leaves the index where it was: undoing that command takes the edit back.
    if (index == before)
        m_stack->undo();
    else
        m_stack->setIndex(before);
    m_reverting = false;
    m_index = m_stack->index();
}

} // namespace stepwise
