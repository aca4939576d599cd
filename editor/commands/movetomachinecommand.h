#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QPointF>

#include <optional>

namespace stepwise {

/// Drags a state (a container with its branches) into a Parallel branch or Map processor, out
/// of one onto a lane, or from one to another: Workflow::moveStateToLane. ASL transitions never
/// cross machines, so the edges around the state are dropped in the same step, with the
/// references they drew; the label says how many ("Move "Check" into Branch 2 of "Fan" (2
/// transitions dropped)") so that the undo history tells what undo gives back.
class MoveToMachineCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveToMachineCommand)
public:
    MoveToMachineCommand(Workflow *doc, Id node, Id lane, std::optional<QPointF> position,
                         QUndoCommand *parent = nullptr);
    /// How many transitions the move drops (known when built).
    int dropped() const { return m_dropped; }
    /// "Branch 2 of "Fan"", "the processor of "Each"", "lane "Sales"".
    static QString machineName(const Workflow &doc, Id lane);

private:
    int m_dropped = 0;
};

} // namespace stepwise
