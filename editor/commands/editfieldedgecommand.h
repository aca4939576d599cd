#pragma once

#include "modelchanges.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace stepwise {

/// The inspector's edit of an edge: its label (typing in the field merges into one step) or what
/// it means in ASL (Next, a Choice rule, Default, a Catch: never merged). A meaning change edits
/// the source state's fields through the model, so undo replays the model's own record of it.
class EditFieldEdgeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::EditFieldEdgeCommand)
public:
    EditFieldEdgeCommand(Workflow *doc, Id edge, const QString &label,
                         QUndoCommand *parent = nullptr);
    EditFieldEdgeCommand(Workflow *doc, Id edge, EdgeMeaning meaning,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<Workflow> m_doc;
    Id m_edge;
    QString m_before;
    bool m_hadLabel = false;
    QString m_after;
    std::optional<EdgeMeaning> m_meaning; // set: this command changes the meaning
    std::optional<WorkflowChange> m_change;
    ModelChanges m_labelChanges;
};

} // namespace stepwise
