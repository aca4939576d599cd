#include "togglebreakpointcommand.h"

#include "breakpointpaths.h"

namespace stepwise {

ToggleBreakpointCommand::ToggleBreakpointCommand(Workflow *doc, const OrderedJson &path,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc)
{
    if (!doc || path.is_null() || !path.is_array() || path.empty()) {
        setObsolete(true);
        return;
    }
    m_before = doc->data().breakpoints;
    m_after = BreakpointPaths::toggled(m_before, path);
    const QString name = QString::fromStdString(path.back().get<std::string>());
    setText(BreakpointPaths::contains(m_before, path) ? tr("Clear Breakpoint on %1").arg(name)
                                                      : tr("Set Breakpoint on %1").arg(name));
}

void ToggleBreakpointCommand::redo()
{
    if (m_doc && !isObsolete())
        m_doc->setBreakpoints(m_after);
}

void ToggleBreakpointCommand::undo()
{
    if (m_doc && !isObsolete())
        m_doc->setBreakpoints(m_before);
}

} // namespace stepwise
