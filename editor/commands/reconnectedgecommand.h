#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

class Workflow;

/// Moves one or both ends of an edge to other states or sides (dragging an edge end) with the
/// model's setEdgeEnds: a new target retargets the reference the edge draws (a Catch's `Next`,
/// a rule's `Next`), a new source moves it. Undo is the model's revert.
class ReconnectEdgeCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconnectEdgeCommand)
public:
    ReconnectEdgeCommand(Workflow *doc, Id edge, Id from, Side fromSide, Id to, Side toSide,
                         QUndoCommand *parent = nullptr);
};

} // namespace stepwise
