#pragma once

#include "execution.h"

namespace stepwise::runtime {

/// Where a frame is in the current state. Phases that end in an event emit exactly one.
enum class Phase {
    Enter,
    Run,
    Exit,
    Complete,
    Error,
    FailFrame,
    TaskStarted,
    TaskWaiting,
    TaskSucceeded,
    TaskFailed,
    TaskTimedOut,
    ParallelStarted,
    NextChild,
    WaitChild,
    ParallelSucceeded,
    ParallelFailed,
    MapStarted,
    MapIterationStarted,
    MapIterationSucceeded,
    MapIterationFailed,
    MapSucceeded,
    MapFailed,
    ChoiceWaiting
};

/// One running machine: the top machine, a Parallel branch or a Map iteration.
struct Execution::Frame
{
    enum class Role { Top, Branch, Iteration };

    const Machine *machine = nullptr;
    Role role = Role::Top;
    int index = -1;
    int state = 0;
    Phase phase = Phase::Enter;

    JsonPtr input;     // the state's raw input
    JsonPtr effective; // after InputPath (and Parameters for Task/Parallel)
    JsonPtr result;
    JsonPtr output;
    int next = -1;
    bool endAfterExit = false;
    std::int64_t enteredId = 0;
    std::int64_t enteredTime = 0;

    std::vector<int> retryCounts;
    int retryTotal = 0;
    StatesError error;
    bool catchable = true;

    // Parallel and Map
    Json collected;
    Json items;
    std::size_t childIndex = 0;
    JsonPtr childInput;
    StatesError childError;
    int failures = 0;
    std::optional<long long> toleratedCount;
    std::optional<double> toleratedPercentage;

    // Task callbacks
    std::string token;
    std::optional<std::int64_t> heartbeatDeadline, timeoutDeadline;
    std::int64_t heartbeatSeconds = 0;
    std::int64_t waitingSince = 0;

    const CompiledState &current() const
    {
        return machine->states[static_cast<std::size_t>(state)];
    }
};

/// The per-state work of one phase; split from Execution to keep each file readable.
class ExecutionFlow
{
public:
    explicit ExecutionFlow(Execution &e) : m_e(e) {}
    /// Runs the top frame's current phase; returns true when it emitted an event.
    bool advance(Execution::Frame &f);

private:
    bool run(Execution::Frame &f);
    void runMap(Execution::Frame &f);
    bool nextChild(Execution::Frame &f);
    void handleError(Execution::Frame &f);
    void childFinished(bool failed);
    JsonPtr applyInputPath(Execution::Frame &f);
    JsonPtr finishResult(Execution::Frame &f, JsonPtr result);
    void assignVariables(const PayloadTemplate *assign, const Json &value, Execution::Frame &f);
    EvalScope scope(Execution::Frame &f, const Json &input, const Json *mapItem = nullptr,
                    long long mapIndex = -1);
    Json evalDynamic(Execution::Frame &f, const CompiledState::Dynamic &d, const Json &input);
    std::optional<long long> integerField(Execution::Frame &f, const CompiledState::Dynamic &d,
                                          const Json &input, const char *name);
    void runtimeError(Execution::Frame &f, const StatesError &e);
    bool matches(const std::vector<std::string> &names, const std::string &error) const;
    void taskResult(Execution::Frame &f);

    Execution &m_e;
};

} // namespace stepwise::runtime
