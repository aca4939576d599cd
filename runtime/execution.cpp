#include "execution.h"

#include "executionframe.h"
#include "jsonatafunctions.h"
#include "limitcheck.h"
#include "timestamp.h"

#include <cmath>
#include <cstdio>

namespace stepwise::runtime {

namespace {

// The frame's branch/iteration indices, outermost first, made once and shared by its events.
const std::shared_ptr<const std::vector<int>> &indexChain(const Execution::Frame &frame)
{
    if (!frame.chainMade) {
        frame.chainMade = true;
        std::vector<int> chain;
        if (frame.parent)
            if (const auto &up = indexChain(*frame.parent))
                chain = *up;
        if (frame.role == Execution::Frame::Role::Branch ||
            frame.role == Execution::Frame::Role::Iteration)
            chain.push_back(frame.index);
        if (!chain.empty())
            frame.chain = std::make_shared<const std::vector<int>>(std::move(chain));
    }
    return frame.chain;
}

} // namespace

Execution::Execution(std::shared_ptr<const Definition> definition, Json input,
                     ExecutionOptions options)
    : m_definition(std::move(definition)), m_options(std::move(options)),
      m_history(m_options.keepHistory), m_clock(m_options.startTime), m_rng(m_options.seed)
{
    if (m_options.maxEvents < 3)
        m_options.maxEvents = 3;
    bool tooDeep = json_util::depth(input) > m_options.maxJsonDepth;
    m_input = json_util::share(tooDeep ? Json(nullptr) : std::move(input));
    if (m_definition && m_definition->timeoutSeconds())
        m_deadline = m_clock + *m_definition->timeoutSeconds() * 1000;
    m_root = std::make_unique<Frame>();
    m_root->machine = m_definition ? &m_definition->root() : nullptr;
    m_root->state = m_root->machine ? m_root->machine->start : 0;
    m_root->input = m_input;
    m_root->variables = &m_variables;
    if (!m_root->machine || m_root->machine->states.empty()) {
        record(HistoryEvent::Type::ExecutionStarted, nullptr, m_input, nullptr);
        m_started = true;
        finish(Status::Failed, HistoryEvent::Type::ExecutionFailed, "States.Runtime",
               "The execution has no compiled definition to run.");
        return;
    }
    if (tooDeep) {
        record(HistoryEvent::Type::ExecutionStarted, nullptr, m_input, nullptr);
        m_started = true;
        finish(Status::Failed, HistoryEvent::Type::ExecutionFailed, "States.Runtime",
               "The execution input is nested more than " + std::to_string(m_options.maxJsonDepth) +
                   " levels deep.");
    } else if (auto big = limits::checkPayload(*m_input, limits::PayloadKind::ExecutionInput, {})) {
        record(HistoryEvent::Type::ExecutionStarted, nullptr, m_input, nullptr);
        m_started = true;
        finish(Status::Failed, HistoryEvent::Type::ExecutionFailed, big->error, big->cause);
    }
}

Execution::~Execution() = default;

bool Execution::finished() const
{
    return m_status == Status::Succeeded || m_status == Status::Failed ||
           m_status == Status::TimedOut || m_status == Status::Aborted;
}

const char *Execution::statusName(Status status)
{
    switch (status) {
    case Status::Running:
        return "RUNNING";
    case Status::PausedBreakpoint:
        return "PAUSED_BREAKPOINT";
    case Status::PausedCallback:
        return "PAUSED_CALLBACK";
    case Status::PausedChoice:
        return "PAUSED_CHOICE";
    case Status::Succeeded:
        return "SUCCEEDED";
    case Status::Failed:
        return "FAILED";
    case Status::TimedOut:
        return "TIMED_OUT";
    case Status::Aborted:
        return "ABORTED";
    }
    return "UNKNOWN";
}

bool Execution::step()
{
    if (m_status == Status::PausedBreakpoint)
        m_status = Status::Running;
    const std::size_t before = m_history.size();
    while (m_status == Status::Running && m_history.size() == before)
        advanceOnce();
    return m_history.size() > before;
}

Execution::Status Execution::runUntilPause()
{
    if (m_status == Status::PausedBreakpoint)
        m_status = Status::Running;
    while (m_status == Status::Running)
        advanceOnce();
    return m_status;
}

bool Execution::advanceOnce()
{
    if (!m_started) {
        m_started = true;
        record(HistoryEvent::Type::ExecutionStarted, nullptr, m_input, nullptr);
        return true;
    }
    if (m_timedOutPending) {
        m_timedOutPending = false;
        finish(Status::TimedOut, HistoryEvent::Type::ExecutionTimedOut, "States.Timeout",
               "The execution timed out after " +
                   std::to_string(m_definition->timeoutSeconds().value_or(0)) + " seconds.");
        return true;
    }
    if (ExecutionFlow(*this).advanceTree(*m_root) == ExecutionFlow::Step::Progress)
        return true;
    pauseWhenBlocked();
    return false;
}

// Nothing can move now: sleepers wake at the next deadline on the virtual clock (a callback
// deadline or the execution's timeout may come first); otherwise someone has to answer.
void Execution::pauseWhenBlocked()
{
    std::optional<std::int64_t> wake = ExecutionFlow::nextWake(*m_root);
    std::vector<Frame *> all;
    leaves(all);
    bool callback = false, choice = false;
    for (Frame *f : all) {
        if (f->phase == Phase::TaskWaiting) {
            callback = true;
            for (const auto &d : {f->heartbeatDeadline, f->timeoutDeadline})
                if (wake && d && *d < *wake)
                    wake = d;
        }
        choice = choice || f->phase == Phase::ChoiceWaiting;
    }
    if (wake) {
        if (m_deadline && *m_deadline < *wake)
            wake = m_deadline;
        m_clock = std::max(m_clock, *wake);
        checkDeadlines();
        return;
    }
    if (callback)
        m_status = Status::PausedCallback;
    else if (choice)
        m_status = Status::PausedChoice;
    else // cannot happen with a well-formed tree; never spin
        finish(Status::Failed, HistoryEvent::Type::ExecutionFailed, "States.Runtime",
               "The execution cannot make progress.");
}

void Execution::leaves(std::vector<Frame *> &out) const
{
    std::vector<Frame *> work{m_root.get()};
    while (!work.empty()) {
        Frame *f = work.back();
        work.pop_back();
        if (f->children.empty())
            out.push_back(f);
        for (auto it = f->children.rbegin(); it != f->children.rend(); ++it)
            work.push_back(it->get());
    }
}

void Execution::record(HistoryEvent::Type type, const Frame *frame, JsonPtr input, JsonPtr output,
                       std::string error, std::string cause, int index)
{
    using T = HistoryEvent::Type;
    bool terminal = type == T::ExecutionSucceeded || type == T::ExecutionFailed ||
                    type == T::ExecutionAborted || type == T::ExecutionTimedOut;
    if (!terminal && m_history.size() + 1 >= m_options.maxEvents) {
        finish(Status::Failed, T::ExecutionFailed, "States.Runtime",
               "The execution reached the maximum number of history events (" +
                   std::to_string(m_options.maxEvents) + ").");
        return;
    }
    ++m_produced;
    if (frame && frame->quiet)
        return; // a Distributed Map's child execution keeps its own history
    HistoryEvent &e = m_history.emplace_back();
    e.id = static_cast<std::int64_t>(m_history.size());
    e.previousEventId = e.id - 1;
    // AWS links a state's Exited (and the next iteration's Started) to the event before the
    // Succeeded one, not to the Succeeded event itself; so too whatever follows a failed
    // iteration (the retried Map's Started, the MapStateFailed).
    if (m_history.size() > 1) {
        const HistoryEvent &before = m_history[m_history.size() - 2];
        if ((type == T::StateExited &&
             (before.type == T::MapStateSucceeded || before.type == T::ParallelStateSucceeded)) ||
            (type == T::MapIterationStarted && before.type == T::MapIterationSucceeded) ||
            before.type == T::MapIterationFailed)
            e.previousEventId = before.previousEventId;
    }
    e.type = type;
    e.timestamp = m_clock;
    if (frame) {
        e.state = frame->current().info;
        e.index = frame->role == Frame::Role::Top ? -1 : frame->index;
        if (frame->parent &&
            (frame->role == Frame::Role::Branch || frame->role == Frame::Role::Iteration))
            e.outerIndices = indexChain(*frame->parent);
    }
    if (index != kFrameIndex) { // about iteration `index` of the Map state on `frame`
        e.index = index;
        e.outerIndices = frame ? indexChain(*frame) : nullptr;
    }
    e.input = std::move(input);
    e.output = std::move(output);
    if (!error.empty() || !cause.empty() || type == T::ExecutionFailed || type == T::TaskFailed)
        e.failure =
            std::make_shared<const StatesError>(StatesError{std::move(error), std::move(cause)});
    if (m_options.onEvent)
        m_options.onEvent(e);
    if (!m_options.retainPayloads) {
        e.input.reset();
        e.output.reset();
    }
}

void Execution::finish(Status status, HistoryEvent::Type type, const std::string &error,
                       const std::string &cause)
{
    if (finished())
        return;
    m_status = status;
    m_error = error;
    m_cause = cause;
    record(type, nullptr, nullptr, status == Status::Succeeded ? m_output : nullptr, error, cause);
}

void Execution::advanceClock(double seconds)
{
    if (finished() || !(seconds > 0))
        return;
    journal(ExecutionAction::Kind::AdvanceClock, {}, {}, {}, {}, seconds);
    m_clock += static_cast<std::int64_t>(std::llround(seconds * 1000));
    checkDeadlines();
}

void Execution::checkDeadlines()
{
    if (m_deadline && m_clock >= *m_deadline && !finished()) {
        m_timedOutPending = true;
        m_status = Status::Running;
        return;
    }
    std::vector<Frame *> all;
    leaves(all);
    for (Frame *f : all) {
        if (f->phase == Phase::Sleeping && m_clock >= f->wakeAt)
            resume();
        if (f->phase != Phase::TaskWaiting)
            continue;
        bool hb = f->heartbeatDeadline && m_clock >= *f->heartbeatDeadline;
        bool to = f->timeoutDeadline && m_clock >= *f->timeoutDeadline;
        if (!hb && !to)
            continue;
        if (hb && (!to || *f->heartbeatDeadline <= *f->timeoutDeadline))
            f->error = {"States.HeartbeatTimeout", "The task did not send a heartbeat within " +
                                                       std::to_string(f->heartbeatSeconds) +
                                                       " seconds."};
        else
            f->error = {"States.Timeout", "The task did not finish within its TimeoutSeconds."};
        m_answeredTokens.insert(f->token);
        f->catchable = true;
        f->phase = Phase::TaskTimedOut;
        resume();
    }
}

void Execution::abort(const std::string &cause)
{
    if (finished())
        return;
    journal(ExecutionAction::Kind::Abort, {}, cause);
    if (!m_started) {
        m_started = true;
        record(HistoryEvent::Type::ExecutionStarted, nullptr, m_input, nullptr);
    }
    finish(Status::Aborted, HistoryEvent::Type::ExecutionAborted, "States.Aborted", cause);
}

const Json &Execution::contextObject(const Frame &frame, const Json *mapItem, long long mapIndex)
{
    const std::string &sm = m_options.stateMachineName;
    const std::string &ex = m_options.executionName;
    m_context = Json::object();
    Json &e = m_context["Execution"];
    const std::string arn = "arn:aws:states:" + m_options.region + ":" + m_options.accountId;
    e["Id"] = arn + ":execution:" + sm + ":" + ex;
    e["Input"] = *m_input;
    e["StartTime"] = timestamp::format(m_options.startTime);
    e["Name"] = ex;
    e["RoleArn"] = m_options.roleArn;
    e["RedriveCount"] = 0;
    m_context["StateMachine"] = {{"Id", arn + ":stateMachine:" + sm}, {"Name", sm}};
    Json &s = m_context["State"];
    s["Name"] = frame.current().info->name;
    s["EnteredTime"] = timestamp::format(frame.enteredTime);
    if (frame.current().type == CompiledState::Type::Task)
        s["RetryCount"] = frame.retryTotal;
    if (!frame.token.empty())
        m_context["Task"] = {{"Token", frame.token}};
    if (mapItem)
        m_context["Map"] = {{"Item", {{"Index", mapIndex}, {"Value", *mapItem}}}};
    return m_context;
}

Json Execution::historyJson() const
{
    Json events = Json::array();
    for (const auto &e : m_history)
        events.push_back(e.toJson());
    return Json{{"events", std::move(events)}};
}

} // namespace stepwise::runtime
