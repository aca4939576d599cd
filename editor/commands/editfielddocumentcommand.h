#pragma once

#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// The code view's edit: the document content replaced by what the text reads as. Undo gives
/// the exact document back (same ids, same source text, so the same bytes are written).
class EditFieldDocumentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::EditFieldDocumentCommand)
public:
    /// `format` is the language the text was written in, for the label ("Edit ASL (JSON)").
    EditFieldDocumentCommand(Workflow *doc, WorkflowData after, const QString &format,
                             QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Workflow> m_doc;
    WorkflowData m_before;
    WorkflowData m_after;
};

} // namespace stepwise
