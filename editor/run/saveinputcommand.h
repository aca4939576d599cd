#pragma once

#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// Saves an execution input under a name in the document's savedInputs (the Start dialog's
/// "Save Input"); a name already there is replaced. Undo gives the inputs back as they were.
class SaveInputCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::SaveInputCommand)
public:
    /// `json` must be valid JSON (the dialog checks it); otherwise the command does nothing.
    SaveInputCommand(Workflow *doc, const QString &name, const QString &json,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Workflow> m_doc;
    OrderedJson m_before, m_after;
};

} // namespace stepwise
