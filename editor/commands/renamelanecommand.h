#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Renames a lane: its title and its identifier (cross-lane references follow in the model).
/// Renames of the same lane merge.
class RenameLaneCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameLaneCommand)
public:
    RenameLaneCommand(Workflow *doc, Id lane, const QString &title, const QString &key,
                      QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void apply(const QString &title, const QString &key);

    Workflow *m_doc;
    Id m_lane;
    QString m_oldTitle, m_oldKey, m_newTitle, m_newKey;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
