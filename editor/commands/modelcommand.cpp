#include "modelcommand.h"

#include "workflow.h"

namespace stepwise {

ModelCommand::ModelCommand(Workflow *doc, QUndoCommand *parent) : QUndoCommand(parent), m_doc(doc)
{
}

void ModelCommand::redo()
{
    if (m_applied) {
        for (const WorkflowChange &c : m_changes)
            m_doc->reapply(c);
        return;
    }
    for (const Operation &op : m_operations) {
        const Result r = op(m_doc);
        if (r == Result::Skipped)
            continue;
        if (r == Result::Refused) {
            m_refusal = m_doc->lastError();
            for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
                m_doc->revert(*it);
            m_changes.clear();
            setObsolete(true);
            return;
        }
        m_changes.push_back(m_doc->lastChange());
    }
    m_operations.clear(); // they may hold data the changes now keep
    m_applied = true;
}

void ModelCommand::undo()
{
    for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
        m_doc->revert(*it);
}

} // namespace stepwise
