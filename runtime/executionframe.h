#pragma once

#include "execution.h"
#include "jsonatastate.h"

namespace stepwise::runtime {

/// Where a frame is in the current state. Phases that end in an event emit exactly one.
enum class Phase {
    Enter,
    Run,
    Exit,
    Complete, // a child frame that is done waits here for its parent to collect it
    Error,
    FailFrame,
    TaskStarted,
    TaskWaiting,
    TaskSucceeded,
    TaskFailed,
    TaskTimedOut,
    ParallelStarted,
    WaitChild, // children (branches, iterations, tokens) advance in turn
    ParallelSucceeded,
    MapStarted,
    MapSucceeded,
    ChoiceWaiting,
    Sleeping,      // a Wait state or a retry interval: runnable again at wakeAt (virtual time)
    MapRunStarted, // Distributed Map: its iterations are child executions with their own history
    MapRunSucceeded,
    EvaluationFailed // a JSONata field failed: the EvaluationFailed event, then the error
};

/// One running machine: the top machine, a Parallel branch, a Map iteration or (graph mode) a
/// token. Frames form a tree; the scheduler advances the leaves in turn, one event each.
struct Execution::Frame
{
    enum class Role { Top, Branch, Iteration, Token };

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

    Frame *parent = nullptr;
    /// Branch and iteration indices from the outermost container down to this frame, its own
    /// last; null for the top machine. Made on first use (indexChain), shared by the events.
    mutable std::shared_ptr<const std::vector<int>> chain;
    mutable bool chainMade = false;
    std::vector<std::unique_ptr<Frame>> children;
    std::size_t cursor = 0; // the child whose turn it is
    /// Inside a Distributed Map: its events belong to a child execution, not this history.
    bool quiet = false;
    int depth = 0;
    // Graph tokens: a token stops before entering `stopAt` (its fork's join) and is `arrived`.
    int stopAt = -1;
    bool arrived = false;
    bool joined = false; // a fork: some token reached the join
    bool breakpointPassed = false;
    std::int64_t wakeAt = 0;
    Phase resumePhase = Phase::Run;
    /// ParallelStateFailed / MapStateFailed / MapRunFailed, written unless a retrier retries.
    std::optional<HistoryEvent::Type> failEvent;
    std::optional<HistoryEvent::Type> failEvent2;

    /// The workflow variables this frame sees and assigns: the execution's for the top
    /// machine; a Parallel branch or Map iteration has its own scope, a copy of the outer one
    /// when it starts (outer values stay readable, its own assignments stay inside).
    Json *variables = nullptr;
    Json ownVariables;
    /// The JSONata field that failed (EvaluationFailed's location), "" when not one.
    std::string errorLocation;

    std::vector<int> retryCounts;
    int retryTotal = 0;
    StatesError error;
    bool catchable = true;

    // Parallel and Map
    Json collected;
    Json items;
    std::size_t childIndex = 0;   // the next item or branch to start
    long long maxConcurrency = 0; // 0: all at once
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

/// A task token drawn from the execution's generator.
std::string taskToken(std::mt19937_64 &rng);
/// ItemBatcher: items in batches of `maxItemsPerBatch` ({"Items": [...]}), or as they are (0).
Json batchItems(Json items, long long maxItemsPerBatch);
/// The cause of States.ItemReaderFailed: the local runtime reads no S3 objects.
std::string itemReaderRefusal(const std::string &state);

/// The per-state work of one phase; split from Execution to keep each file readable.
class ExecutionFlow
{
public:
    enum class Step { Progress, Blocked };
    explicit ExecutionFlow(Execution &e) : m_e(e) {}
    /// Gives `f` (and, through it, its children in turn) one move; Blocked when nothing under
    /// it can move before a callback, a choice or virtual time.
    Step advanceTree(Execution::Frame &f);
    /// The earliest virtual time at which a sleeping frame under `f` wakes, if any.
    static std::optional<std::int64_t> nextWake(const Execution::Frame &f);

private:
    // executionflow.cpp: the phases of one frame
    bool advance(Execution::Frame &f);
    bool handleError(Execution::Frame &f);
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
    void sleep(Execution::Frame &f, std::int64_t until, Phase then);

    // executionjsonata.cpp: states whose QueryLanguage is JSONata
    bool runJsonata(Execution::Frame &f);
    void runJsonataMap(Execution::Frame &f);
    JsonataScope jsonataScope(Execution::Frame &f, const Json &input, const Json *mapItem = nullptr,
                              long long mapIndex = -1);
    /// Evaluates one field; a failure becomes States.QueryEvaluationError (location kept).
    Json evalField(Execution::Frame &f, const JsonataTemplate &field, const JsonataScope &scope);
    std::optional<long long> jsonataInteger(Execution::Frame &f, const JsonataFields::Field &field,
                                            const JsonataScope &scope, const char *name);
    /// Output (default: `result`, else the input) and Assign; both see the variables as they
    /// were when the state was entered, the new values apply afterwards.
    JsonPtr jsonataOutput(Execution::Frame &f, const JsonataFields::Field &output,
                          const JsonataFields::Field &assign, JsonPtr result,
                          const Json *errorOutput = nullptr);
    void commitVariables(Execution::Frame &f, Json assigned);

    // executionrun.cpp: the work of each state type
    bool run(Execution::Frame &f);
    void runMap(Execution::Frame &f);
    void startMap(Execution::Frame &f);
    void taskResult(Execution::Frame &f);

    // executionscheduler.cpp: children run side by side
    Step advanceChildren(Execution::Frame &f);
    bool startChild(Execution::Frame &f);
    void collect(Execution::Frame &f, std::size_t at);
    void failChildren(Execution::Frame &f, const StatesError &error, HistoryEvent::Type event);
    bool emitted(std::uint64_t before) const;

    Execution &m_e;
};

} // namespace stepwise::runtime
