#include "execution.h"

#include "executionframe.h"
#include "timestamp.h"

#include <cmath>
#include <cstdio>

namespace stepwise::runtime {

Execution::Execution(std::shared_ptr<const Definition> definition, Json input,
                     ExecutionOptions options)
    : m_definition(std::move(definition)), m_options(std::move(options)),
      m_clock(m_options.startTime), m_rng(m_options.seed)
{
    if (m_options.maxEvents < 3)
        m_options.maxEvents = 3;
    bool tooDeep = json_util::depth(input) > m_options.maxJsonDepth;
    m_input = json_util::share(tooDeep ? Json(nullptr) : std::move(input));
    if (m_definition && m_definition->timeoutSeconds())
        m_deadline = m_clock + *m_definition->timeoutSeconds() * 1000;
    auto top = std::make_unique<Frame>();
    top->machine = m_definition ? &m_definition->root() : nullptr;
    top->state = top->machine ? top->machine->start : 0;
    top->input = m_input;
    m_frames.push_back(std::move(top));
    m_history.reserve(std::min<std::size_t>(m_options.maxEvents, std::size_t(1) << 20));
    if (!m_frames.back()->machine || m_frames.back()->machine->states.empty()) {
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
    Frame &f = *m_frames.back();
    if (f.phase == Phase::Enter && !m_breakpoints.empty() &&
        m_breakpoints.count(f.current().info->name)) {
        if (!m_skipBreakpoint) {
            m_skipBreakpoint = true;
            m_status = Status::PausedBreakpoint;
            return false;
        }
    }
    if (f.phase == Phase::Enter)
        m_skipBreakpoint = false;
    return ExecutionFlow(*this).advance(f);
}

void Execution::record(HistoryEvent::Type type, const Frame *frame, JsonPtr input, JsonPtr output,
                       std::string error, std::string cause)
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
    HistoryEvent &e = m_history.emplace_back();
    e.id = static_cast<std::int64_t>(m_history.size());
    e.previousEventId = e.id - 1;
    e.type = type;
    e.timestamp = m_clock;
    if (frame) {
        e.state = frame->current().info;
        e.index = frame->role == Frame::Role::Top ? -1 : frame->index;
    }
    e.input = std::move(input);
    e.output = std::move(output);
    if (!error.empty() || !cause.empty() || type == T::ExecutionFailed || type == T::TaskFailed)
        e.failure =
            std::make_shared<const StatesError>(StatesError{std::move(error), std::move(cause)});
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

Execution::Frame *Execution::waitingFrame() const
{
    Frame *f = m_frames.empty() ? nullptr : m_frames.back().get();
    return f && f->phase == Phase::TaskWaiting && !finished() ? f : nullptr;
}

std::vector<PendingCallback> Execution::pendingCallbacks() const
{
    std::vector<PendingCallback> out;
    if (Frame *f = waitingFrame()) {
        PendingCallback cb;
        cb.token = f->token;
        cb.state = f->current().info;
        cb.payload = f->effective;
        cb.waitingSince = f->waitingSince;
        cb.heartbeatDeadline = f->heartbeatDeadline;
        cb.timeoutDeadline = f->timeoutDeadline;
        out.push_back(std::move(cb));
    }
    return out;
}

static std::string refuse(const std::set<std::string> &answered, const std::string &token)
{
    if (answered.count(token))
        return "Task token '" + token + "' was already answered (InvalidToken).";
    return "Unknown task token '" + token + "' (TaskDoesNotExist).";
}

std::string Execution::success(const std::string &token, const Json &output)
{
    Frame *f = waitingFrame();
    if (!f || f->token != token)
        return refuse(m_answeredTokens, token);
    if (json_util::depth(output) > m_options.maxJsonDepth)
        return "The task output is nested more than " + std::to_string(m_options.maxJsonDepth) +
               " levels deep.";
    m_answeredTokens.insert(token);
    f->result = json_util::share(output);
    f->phase = Phase::TaskSucceeded;
    m_status = Status::Running;
    return {};
}

std::string Execution::failure(const std::string &token, const std::string &error,
                               const std::string &cause)
{
    Frame *f = waitingFrame();
    if (!f || f->token != token)
        return refuse(m_answeredTokens, token);
    m_answeredTokens.insert(token);
    f->error = {error, cause};
    f->catchable = true;
    f->phase = Phase::TaskFailed;
    m_status = Status::Running;
    return {};
}

std::string Execution::heartbeat(const std::string &token)
{
    Frame *f = waitingFrame();
    if (!f || f->token != token)
        return refuse(m_answeredTokens, token);
    if (f->heartbeatDeadline)
        f->heartbeatDeadline = m_clock + f->heartbeatSeconds * 1000;
    return {};
}

std::vector<PendingChoice> Execution::pendingChoices() const
{
    std::vector<PendingChoice> out;
    if (m_frames.empty() || finished())
        return out;
    const Frame &f = *m_frames.back();
    if (f.phase != Phase::ChoiceWaiting)
        return out;
    PendingChoice c;
    c.state = f.current().info;
    c.input = f.input;
    for (const auto &[label, next] : f.current().options)
        c.options.push_back(label);
    out.push_back(std::move(c));
    return out;
}

std::string Execution::choose(const std::string &stateName, const std::string &option)
{
    if (m_frames.empty() || finished() || m_frames.back()->phase != Phase::ChoiceWaiting)
        return "No manual choice is pending.";
    Frame &f = *m_frames.back();
    if (f.current().info->name != stateName)
        return "No manual choice is pending at '" + stateName + "'.";
    for (const auto &[label, next] : f.current().options) {
        if (label == option) {
            f.next = next;
            f.output = f.input;
            f.phase = Phase::Exit;
            m_status = Status::Running;
            return {};
        }
    }
    return "'" + option + "' is not an option of '" + stateName + "'.";
}

void Execution::advanceClock(double seconds)
{
    if (finished() || !(seconds > 0))
        return;
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
    if (Frame *f = waitingFrame()) {
        bool hb = f->heartbeatDeadline && m_clock >= *f->heartbeatDeadline;
        bool to = f->timeoutDeadline && m_clock >= *f->timeoutDeadline;
        if (hb || to) {
            if (hb && (!to || *f->heartbeatDeadline <= *f->timeoutDeadline))
                f->error = {"States.HeartbeatTimeout", "The task did not send a heartbeat within " +
                                                           std::to_string(f->heartbeatSeconds) +
                                                           " seconds."};
            else
                f->error = {"States.Timeout", "The task did not finish within its TimeoutSeconds."};
            m_answeredTokens.insert(f->token);
            f->catchable = true;
            f->phase = Phase::TaskTimedOut;
            m_status = Status::Running;
        }
    }
}

void Execution::abort(const std::string &cause)
{
    if (finished())
        return;
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
