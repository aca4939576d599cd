#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Moves a lane to another place in the lane order (dragging its header).
class MoveLaneCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveLaneCommand)
public:
    MoveLaneCommand(Workflow *doc, Id lane, int index, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workflow *m_doc;
    Id m_lane;
    int m_from, m_to;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
