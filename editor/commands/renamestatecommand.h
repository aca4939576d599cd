#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Renames a state: its label and, when it has one, its ASL name (the model keeps references
/// to the name in step). Refused when built if the name is empty or taken.
class RenameStateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameStateCommand)
public:
    RenameStateCommand(Workflow *doc, Id node, const QString &name, QUndoCommand *parent = nullptr);

    /// Why the command was refused (empty when it was not).
    QString refusal() const { return m_refusal; }
    void redo() override;
    void undo() override;

private:
    bool apply(const QString &label, const AslState &asl);

    Workflow *m_doc;
    Id m_node;
    QString m_oldLabel, m_newLabel;
    AslState m_oldAsl, m_newAsl;
    QString m_refusal;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
