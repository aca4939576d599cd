// The answers an execution waits for (callbacks, manual choices) and the journal of everything
// done to it from outside, which rebuilds it exactly at any earlier event (step back).

#include "execution.h"

#include "executionframe.h"

namespace stepwise::runtime {

Execution::Frame *Execution::callbackFrame(const std::string &token) const
{
    if (finished())
        return nullptr;
    std::vector<Frame *> all;
    leaves(all);
    for (Frame *f : all)
        if (f->phase == Phase::TaskWaiting && f->token == token)
            return f;
    return nullptr;
}

std::vector<PendingCallback> Execution::pendingCallbacks() const
{
    std::vector<PendingCallback> out;
    if (finished())
        return out;
    std::vector<Frame *> all;
    leaves(all);
    for (Frame *f : all) {
        if (f->phase != Phase::TaskWaiting)
            continue;
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
    Frame *f = callbackFrame(token);
    if (!f)
        return refuse(m_answeredTokens, token);
    if (json_util::depth(output) > m_options.maxJsonDepth)
        return "The task output is nested more than " + std::to_string(m_options.maxJsonDepth) +
               " levels deep.";
    m_answeredTokens.insert(token);
    journal(ExecutionAction::Kind::Success, token, {}, {}, output);
    f->result = json_util::share(output);
    f->phase = Phase::TaskSucceeded;
    resume();
    return {};
}

std::string Execution::failure(const std::string &token, const std::string &error,
                               const std::string &cause)
{
    Frame *f = callbackFrame(token);
    if (!f)
        return refuse(m_answeredTokens, token);
    m_answeredTokens.insert(token);
    journal(ExecutionAction::Kind::Failure, token, error, cause);
    f->error = {error, cause};
    f->catchable = true;
    f->phase = Phase::TaskFailed;
    resume();
    return {};
}

std::string Execution::heartbeat(const std::string &token)
{
    Frame *f = callbackFrame(token);
    if (!f)
        return refuse(m_answeredTokens, token);
    journal(ExecutionAction::Kind::Heartbeat, token);
    if (f->heartbeatDeadline)
        f->heartbeatDeadline = m_clock + f->heartbeatSeconds * 1000;
    return {};
}

std::vector<PendingChoice> Execution::pendingChoices() const
{
    std::vector<PendingChoice> out;
    if (finished())
        return out;
    std::vector<Frame *> all;
    leaves(all);
    for (Frame *f : all) {
        if (f->phase != Phase::ChoiceWaiting)
            continue;
        PendingChoice c;
        c.state = f->current().info;
        c.input = f->input;
        for (const auto &[label, next] : f->current().options)
            c.options.push_back(label);
        out.push_back(std::move(c));
    }
    return out;
}

std::string Execution::choose(const std::string &stateName, const std::string &option)
{
    std::vector<Frame *> all;
    if (!finished())
        leaves(all);
    Frame *f = nullptr;
    bool any = false;
    for (Frame *c : all) {
        any = any || c->phase == Phase::ChoiceWaiting;
        if (c->phase == Phase::ChoiceWaiting && c->current().info->name == stateName) {
            f = c;
            break;
        }
    }
    if (!f)
        return any ? "No manual choice is pending at '" + stateName + "'."
                   : std::string("No manual choice is pending.");
    for (const auto &[label, next] : f->current().options) {
        if (label == option) {
            journal(ExecutionAction::Kind::Choose, stateName, option);
            f->next = next;
            f->output = f->input;
            f->phase = Phase::Exit;
            resume();
            return {};
        }
    }
    return "'" + option + "' is not an option of '" + stateName + "'.";
}

std::vector<std::shared_ptr<const StateInfo>> Execution::activeStates() const
{
    std::vector<std::shared_ptr<const StateInfo>> out;
    std::vector<Frame *> all;
    if (!finished() && m_root && m_root->machine && !m_root->machine->states.empty())
        leaves(all);
    for (Frame *f : all)
        if (f->phase != Phase::Complete && f->phase != Phase::FailFrame)
            out.push_back(f->current().info);
    return out;
}

void Execution::resume()
{
    if (m_status == Status::PausedCallback || m_status == Status::PausedChoice)
        m_status = Status::Running;
}

void Execution::journal(ExecutionAction::Kind kind, std::string token, std::string text,
                        std::string cause, Json output, double seconds)
{
    ExecutionAction &a = m_actions.emplace_back();
    a.kind = kind;
    a.atEvent = m_history.size();
    a.token = std::move(token);
    a.text = std::move(text);
    a.cause = std::move(cause);
    a.output = std::move(output);
    a.seconds = seconds;
    a.paused = m_status == Status::PausedCallback || m_status == Status::PausedChoice;
}

std::string Execution::apply(const ExecutionAction &a)
{
    switch (a.kind) {
    case ExecutionAction::Kind::Success:
        return success(a.token, a.output);
    case ExecutionAction::Kind::Failure:
        return failure(a.token, a.text, a.cause);
    case ExecutionAction::Kind::Heartbeat:
        return heartbeat(a.token);
    case ExecutionAction::Kind::Choose:
        return choose(a.token, a.text);
    case ExecutionAction::Kind::AdvanceClock:
        advanceClock(a.seconds);
        return {};
    case ExecutionAction::Kind::Abort:
        abort(a.text);
        return {};
    }
    return "unknown action";
}

std::unique_ptr<Execution> Execution::rebuild(std::shared_ptr<const Definition> definition,
                                              Json input, ExecutionOptions options,
                                              const std::vector<ExecutionAction> &actions,
                                              std::size_t events)
{
    auto e =
        std::make_unique<Execution>(std::move(definition), std::move(input), std::move(options));
    auto stepTo = [&e](std::size_t n) {
        while (e->m_history.size() < n && !e->finished()) {
            if (!e->step() && e->m_status != Status::PausedBreakpoint)
                break;
        }
    };
    for (const ExecutionAction &a : actions) {
        if (a.atEvent > events)
            break;
        stepTo(a.atEvent);
        if (a.paused && !e->finished())
            e->runUntilPause(); // to the same pause: no further event, it is deterministic
        if (e->m_history.size() != a.atEvent || !e->apply(a).empty())
            break; // the journal does not fit this execution: stop where it stopped fitting
    }
    stepTo(events);
    return e;
}

} // namespace stepwise::runtime
