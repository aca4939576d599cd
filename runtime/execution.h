#pragma once

#include "definition.h"
#include "historyevent.h"
#include "historylog.h"
#include "mockconfig.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace stepwise::jsonata {
class FunctionLibrary;
}

namespace stepwise::runtime {

/// How an execution is set up. Everything that could vary between runs is here, so that the
/// same options give the same history.
struct ExecutionOptions
{
    std::shared_ptr<const MockConfig> mocks;
    std::uint64_t seed = 0;
    std::size_t maxEvents = 25000;
    /// Virtual start time, milliseconds since the epoch (default 2024-01-01T00:00:00Z).
    std::int64_t startTime = 1704067200000;
    std::string executionName = "local-execution";
    std::string stateMachineName = "StateMachine";
    std::string roleArn = "arn:aws:iam::123456789012:role/StepwiseLocal";
    std::string accountId = "123456789012";
    std::string region = "us-east-1";
    /// Deepest input/result JSON accepted; deeper data fails the execution with States.Runtime.
    std::size_t maxJsonDepth = 512;
    /// Called with every history event as it is written (a file writer streams them to disk).
    std::function<void(const HistoryEvent &)> onEvent;
    /// false: history() keeps each event without its input and output (the sink has them), so
    /// a long run holds no payloads for past events.
    bool retainPayloads = true;
    /// false: history() keeps only the latest events (the last 4,096 at least); size() still
    /// counts them all. For a headless run whose events are streamed to a sink or not wanted,
    /// so that a long run costs no memory for its past.
    bool keepHistory = true;
};

/// A task token waiting for SendTaskSuccess/Failure/Heartbeat.
struct PendingCallback
{
    std::string token;
    std::shared_ptr<const StateInfo> state;
    JsonPtr payload;
    std::int64_t waitingSince = 0;
    std::optional<std::int64_t> heartbeatDeadline;
    std::optional<std::int64_t> timeoutDeadline;
};

/// A manual choice of graph mode: the options are the outgoing edges' labels.
struct PendingChoice
{
    std::shared_ptr<const StateInfo> state;
    std::vector<std::string> options;
    JsonPtr input;
};

/// Something done to an execution from outside, at a point of its history. The runtime is
/// deterministic: the same definition, input and options plus the same actions at the same
/// points give the same history, so a viewer steps back (or branches off) by rebuilding.
struct ExecutionAction
{
    enum class Kind { Success, Failure, Heartbeat, Choose, AdvanceClock, Abort };
    Kind kind = Kind::Success;
    std::size_t atEvent = 0; // history().size() when it was done
    std::string token;       // Success, Failure, Heartbeat; Choose: the state's name
    std::string text;        // Failure: the error; Choose: the option; Abort: the cause
    std::string cause;       // Failure
    Json output;             // Success
    double seconds = 0;      // AdvanceClock
    /// Done while the execution waited for an answer (it had run as far as it could).
    bool paused = false;
};

/// One run of a Definition on a virtual clock. Deterministic and resumable: step() appends
/// exactly one history event; runUntilPause() stops at a breakpoint, when nothing can move
/// without a callback answer or a manual choice, or at the end. Parallel branches and Map
/// iterations advance side by side, one event each in turn (AWS's order): several callbacks and
/// choices can be pending at once and answered in any order. Waits and retry intervals sleep in
/// virtual time; when every branch sleeps or waits, the clock jumps to the next wake-up.
class Execution
{
public:
    enum class Status {
        Running,
        PausedBreakpoint,
        PausedCallback,
        PausedChoice,
        Succeeded,
        Failed,
        TimedOut,
        Aborted
    };

    Execution(std::shared_ptr<const Definition> definition, Json input,
              ExecutionOptions options = {});
    ~Execution();
    Execution(const Execution &) = delete;
    Execution &operator=(const Execution &) = delete;

    /// Appends one history event; false when paused or finished (nothing appended).
    bool step();
    Status runUntilPause();
    Status status() const { return m_status; }
    bool finished() const;
    static const char *statusName(Status status);

    JsonPtr output() const { return m_output; }
    const std::string &error() const { return m_error; }
    const std::string &cause() const { return m_cause; }
    const HistoryLog &history() const { return m_history; }
    Json historyJson() const;

    std::vector<PendingCallback> pendingCallbacks() const;
    /// Each returns "" when accepted, else why the token was refused.
    std::string success(const std::string &token, const Json &output);
    std::string failure(const std::string &token, const std::string &error,
                        const std::string &cause);
    std::string heartbeat(const std::string &token);

    std::vector<PendingChoice> pendingChoices() const;
    /// Takes the edge labelled `option` at the pending manual choice of `stateName`.
    std::string choose(const std::string &stateName, const std::string &option);
    /// States at which a frame is about to enter, waits or runs: what the canvas highlights.
    std::vector<std::shared_ptr<const StateInfo>> activeStates() const;

    const ExecutionOptions &options() const { return m_options; }

    /// Every accepted answer, choice, clock move and abort, in order.
    const std::vector<ExecutionAction> &actions() const { return m_actions; }
    /// Applies one journal entry ("" when accepted).
    std::string apply(const ExecutionAction &action);
    /// A fresh execution replayed to `events` history events (fewer if it ends or pauses
    /// first), with the actions done before that point: step back, or a new branch of a run.
    static std::unique_ptr<Execution> rebuild(std::shared_ptr<const Definition> definition,
                                              Json input, ExecutionOptions options,
                                              const std::vector<ExecutionAction> &actions,
                                              std::size_t events);

    void setBreakpoint(const std::string &stateName) { m_breakpoints.insert(stateName); }
    void clearBreakpoint(const std::string &stateName) { m_breakpoints.erase(stateName); }
    /// Moves virtual time on; fires heartbeat, task and execution timeouts that fall due.
    void advanceClock(double seconds);
    std::int64_t now() const { return m_clock; }
    void abort(const std::string &cause = {});

    struct Frame;

private:
    friend class ExecutionFlow;
    bool advanceOnce();
    /// `index`: the Map iteration an event is about; by default the frame's own.
    void record(HistoryEvent::Type type, const Frame *frame, JsonPtr input, JsonPtr output,
                std::string error = {}, std::string cause = {}, int index = kFrameIndex);
    static constexpr int kFrameIndex = -2;
    void finish(Status status, HistoryEvent::Type type, const std::string &error,
                const std::string &cause);
    void checkDeadlines();
    const Json &contextObject(const Frame &frame, const Json *mapItem, long long mapIndex);
    /// The frame waiting for `token`, or nullptr.
    Frame *callbackFrame(const std::string &token) const;
    void leaves(std::vector<Frame *> &out) const;
    void pauseWhenBlocked();
    /// Back to Running after an answer or a wake-up, when paused waiting for one.
    void resume();
    void journal(ExecutionAction::Kind kind, std::string token = {}, std::string text = {},
                 std::string cause = {}, Json output = {}, double seconds = 0);

    std::shared_ptr<const Definition> m_definition;
    ExecutionOptions m_options;
    JsonPtr m_input;
    std::unique_ptr<Frame> m_root;
    HistoryLog m_history;
    /// Events produced, a Distributed Map's child executions' included (not in m_history).
    std::uint64_t m_produced = 0;
    Status m_status = Status::Running;
    JsonPtr m_output;
    std::string m_error, m_cause;
    std::int64_t m_clock = 0;
    std::optional<std::int64_t> m_deadline;
    bool m_timedOutPending = false;
    bool m_started = false;
    std::set<std::string> m_breakpoints;
    std::vector<ExecutionAction> m_actions;
    std::set<std::string> m_answeredTokens;
    std::map<std::string, int> m_invocations;
    std::mt19937_64 m_rng;
    Json m_variables = Json::object();
    Json m_context;
    /// AWS's JSONata functions, made when a JSONata state first needs them.
    std::unique_ptr<jsonata::FunctionLibrary> m_functions;
};

} // namespace stepwise::runtime
