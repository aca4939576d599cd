#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Moves one or both ends of an edge to other states or sides (dragging an edge end).
class ReconnectEdgeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconnectEdgeCommand)
public:
    ReconnectEdgeCommand(Workflow *doc, Id edge, Id from, Side fromSide, Id to, Side toSide,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workflow *m_doc;
    Edge m_old, m_new;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
