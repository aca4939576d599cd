#include "editfieldworkflowcommand.h"

#include "commandids.h"

namespace stepwise {

EditFieldWorkflowCommand::EditFieldWorkflowCommand(Workflow *doc, const OrderedJson &after,
                                                   const QString &field, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_field(field), m_after(after)
{
    if (!doc) {
        setObsolete(true);
        return;
    }
    m_before = doc->data().aslTop;
    setObsolete(m_before == m_after);
    setText(tr("Edit workflow %1").arg(field));
}

void EditFieldWorkflowCommand::redo()
{
    if (m_doc)
        m_doc->setAslTop(m_after);
}

void EditFieldWorkflowCommand::undo()
{
    if (m_doc)
        m_doc->setAslTop(m_before);
}

int EditFieldWorkflowCommand::id() const
{
    return int(CommandId::WorkflowField);
}

bool EditFieldWorkflowCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFieldWorkflowCommand *>(other);
    if (o->m_field != m_field || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stepwise
