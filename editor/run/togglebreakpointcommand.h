#pragma once

#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// Sets or clears the breakpoint of one state (F9, or a click in the state's corner).
/// Breakpoints are document data kept in `.stepwise`, so this is an undo command like any edit:
/// the window then knows the document changed (Save, the modified mark, recovery) and there is
/// one mutation path. Like a saved input it is run configuration, not the definition, so
/// RunEditGuard lets it through while an execution is open (the run picks it up at once).
class ToggleBreakpointCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::ToggleBreakpointCommand)
public:
    /// `path` as BreakpointPaths::pathOf gives it; a null path makes an obsolete command.
    ToggleBreakpointCommand(Workflow *doc, const OrderedJson &path, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Workflow> m_doc;
    OrderedJson m_before, m_after;
};

} // namespace stepwise
