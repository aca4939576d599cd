#pragma once

#include "definition.h"
#include "jsonutil.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace stepwise::runtime {

/// One entry of an execution's history, named and shaped as AWS's GetExecutionHistory returns
/// it. Input and output are shared with the data flow, not copied.
struct HistoryEvent
{
    enum class Type {
        ExecutionStarted,
        ExecutionSucceeded,
        ExecutionFailed,
        ExecutionAborted,
        ExecutionTimedOut,
        StateEntered,
        StateExited,
        FailStateEntered,
        TaskScheduled,
        TaskStarted,
        TaskSubmitted,
        TaskSucceeded,
        TaskFailed,
        TaskTimedOut,
        ParallelStateStarted,
        ParallelStateSucceeded,
        ParallelStateFailed,
        MapStateStarted,
        MapStateSucceeded,
        MapStateFailed,
        MapIterationStarted,
        MapIterationSucceeded,
        MapIterationFailed,
        WaitStateAborted,
        TaskHeartbeat,
        MapRunStarted,
        MapRunSucceeded,
        MapRunFailed,
        MapIterationAborted,
        /// A JSONata field failed (States.QueryEvaluationError); `output` holds the field's
        /// name (the details' location) as a JSON string.
        EvaluationFailed
    };

    std::int64_t id = 0;
    std::int64_t previousEventId = 0;
    Type type = Type::ExecutionStarted;
    /// Virtual time, milliseconds since the epoch.
    std::int64_t timestamp = 0;
    /// The state the event belongs to; null for execution-level events.
    std::shared_ptr<const StateInfo> state;
    /// Map iteration index or Parallel branch index; -1 when not inside one.
    int index = -1;
    /// The indices of the branches and iterations enclosing the one `index` names, outermost
    /// first (a state in a Map inside a Map: the outer iteration's); null when there are none.
    /// Shared by every event of one branch or iteration.
    std::shared_ptr<const std::vector<int>> outerIndices;
    JsonPtr input;
    JsonPtr output;
    /// Error and cause of failure events; null otherwise (keeps events small).
    std::shared_ptr<const StatesError> failure;

    /// Both events belong to the same branch or iteration at every level of nesting.
    bool sameIteration(const HistoryEvent &other) const;

    const std::string &error() const;
    const std::string &cause() const;

    /// AWS's type name, e.g. "PassStateEntered", "TaskScheduled", "MapIterationStarted".
    std::string typeName() const;
    const std::string &stateName() const;
    /// The event as GetExecutionHistory returns it (details object named after the type).
    Json toJson() const;
};

} // namespace stepwise::runtime
