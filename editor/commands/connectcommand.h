#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Draws an edge from one state to another (`Connect Validate → Route`). Redo after undo puts
/// it back under the same id.
class ConnectCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)
public:
    ConnectCommand(Workflow *doc, Id from, Side fromSide, Id to, Side toSide,
                   const QString &label = {}, QUndoCommand *parent = nullptr);

    Id edgeId() const { return m_edge.id; }
    void redo() override;
    void undo() override;

    /// The name a state is shown by in command labels.
    static QString nameOf(const Workflow &doc, Id node);

private:
    Workflow *m_doc;
    Edge m_edge;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
