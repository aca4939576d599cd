#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QVector>

namespace stepwise {

/// Deletes states, edges and lanes (a lane with all its states) as one step, at any depth, by
/// the model's own operations (removeEdge, removeState, removeLaneWithNodes): each removes the
/// references its entity drew (a Choice rule, a catcher, a `Next`, `StartAt`), and undo is the
/// model's revert of what they did, so every entity comes back under the same id, in the same
/// place, with the same edges, loops and ASL fields.
class DeleteCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)
public:
    DeleteCommand(Workflow *doc, const QVector<Id> &nodes, const QVector<Id> &edges,
                  const QVector<Id> &lanes = {}, QUndoCommand *parent = nullptr);
};

} // namespace stepwise
