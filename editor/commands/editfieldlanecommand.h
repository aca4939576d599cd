#pragma once

#include "modelchanges.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// The inspector's edit of a lane's title or identifier (cross-lane references follow the
/// identifier, see Workflow::setLaneKey). Refused when built if the model would refuse it.
class EditFieldLaneCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::EditFieldLaneCommand)
public:
    enum class Field { Title, Key };
    EditFieldLaneCommand(Workflow *doc, Id lane, Field field, const QString &value,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    QString refusal() const { return m_refusal; }

    /// Why `key` cannot name `lane` (empty when it can).
    static QString keyProblem(const WorkflowData &data, Id lane, const QString &key);

private:
    bool apply(const QString &value);

    QPointer<Workflow> m_doc;
    Id m_lane;
    Field m_field;
    QString m_before;
    QString m_after;
    QString m_refusal;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
