#pragma once

#include "modelchanges.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// The inspector's edit of one top-level field of the definition (Comment, StartAt,
/// TimeoutSeconds, QueryLanguage...): the whole `aslTop` object before and after, so the order
/// and the fields the form does not know are kept. Merges with edits of the same field.
class EditFieldWorkflowCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::EditFieldWorkflowCommand)
public:
    /// `machine` names a nested machine (a Map's processor: its ProcessorConfig) or the root.
    EditFieldWorkflowCommand(Workflow *doc, const OrderedJson &after, const QString &field,
                             MachineRef machine = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<Workflow> m_doc;
    QString m_field;
    MachineRef m_machine;
    OrderedJson m_before;
    OrderedJson m_after;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
