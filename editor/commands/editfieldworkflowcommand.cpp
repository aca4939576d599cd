#include "editfieldworkflowcommand.h"

#include "commandids.h"

namespace stepwise {

EditFieldWorkflowCommand::EditFieldWorkflowCommand(Workflow *doc, const OrderedJson &after,
                                                   const QString &field, MachineRef machine,
                                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_field(field), m_machine(machine), m_after(after)
{
    const WorkflowData *m = doc ? doc->machine(machine) : nullptr;
    if (!m) {
        setObsolete(true);
        return;
    }
    m_before = m->aslTop;
    setObsolete(m_before == m_after);
    setText(tr("Edit workflow %1").arg(field));
}

void EditFieldWorkflowCommand::redo()
{
    if (!m_doc || m_changes.reapply(m_doc))
        return;
    if (m_doc->setAslTop(m_after, m_machine))
        m_changes.keep(*m_doc);
    m_changes.setRecorded();
}

void EditFieldWorkflowCommand::undo()
{
    if (m_doc)
        m_changes.revert(m_doc);
}

int EditFieldWorkflowCommand::id() const
{
    return int(CommandId::WorkflowField);
}

bool EditFieldWorkflowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFieldWorkflowCommand *>(other);
    if (o->m_field != m_field || !(o->m_machine == m_machine) || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    m_changes.append(o->m_changes);
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stepwise
