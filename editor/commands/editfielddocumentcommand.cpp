#include "editfielddocumentcommand.h"

namespace stepwise {

EditFieldDocumentCommand::EditFieldDocumentCommand(Workflow *doc, WorkflowData after,
                                                   const QString &format, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_after(std::move(after))
{
    if (!doc) {
        setObsolete(true);
        return;
    }
    m_before = doc->data();
    setText(tr("Edit %1 text").arg(format));
}

void EditFieldDocumentCommand::redo()
{
    if (m_doc)
        m_doc->reset(m_after);
}

void EditFieldDocumentCommand::undo()
{
    if (m_doc)
        m_doc->reset(m_before);
}

} // namespace stepwise
