#pragma once

#include "modelchanges.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

#include <variant>

namespace stepwise {

/// Deletes states, edges and lanes (a lane with all its states) as one step. It keeps a
/// snapshot of everything it removes, in the order it removed it, with each statement's place
/// in the text, so undo puts every entity back under the same id, in the same place, with the
/// same edges and loops.
class DeleteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteCommand)
public:
    DeleteCommand(Workflow *doc, const QVector<Id> &nodes, const QVector<Id> &edges,
                  const QVector<Id> &lanes = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Removed
    {
        std::variant<Lane, Node, Edge, Loop> entity;
        StatementPlace place;
        int laneIndex = -1;
    };

    Workflow *m_doc;
    QVector<Id> m_nodes, m_edges, m_lanes, m_loops;
    QVector<Removed> m_removed; // filled by redo, in removal order
    ModelChanges m_changes;     // what redo changed, for an exact undo
};

} // namespace stepwise
