#include "executionframe.h"

#include "limitcheck.h"
#include "timestamp.h"

#include <cmath>
#include <cstdio>

namespace stepwise::runtime {

using Frame = Execution::Frame;
using T = HistoryEvent::Type;
using Type = CompiledState::Type;

EvalScope ExecutionFlow::scope(Frame &f, const Json &input, const Json *mapItem, long long mapIndex)
{
    EvalScope s;
    s.input = &input;
    s.variables = f.variables;
    s.rng = &m_e.m_rng;
    Execution *e = &m_e;
    Frame *frame = &f;
    s.context = [e, frame, mapItem, mapIndex]() -> const Json & {
        return e->contextObject(*frame, mapItem, mapIndex);
    };
    return s;
}

void ExecutionFlow::runtimeError(Frame &f, const StatesError &err)
{
    f.error = err;
    const bool query = err.error == "States.QueryEvaluationError";
    if (err.error == "States.Runtime" || query)
        f.error.cause = "An error occurred while executing the state '" + f.current().info->name +
                        "' (entered at the event id #" + std::to_string(f.enteredId) + "). " +
                        err.cause;
    f.catchable = true;
    // AWS writes an EvaluationFailed event before the state's failure events.
    f.phase = query ? Phase::EvaluationFailed : Phase::Error;
}

JsonPtr ExecutionFlow::applyInputPath(Frame &f)
{
    const CompiledState &st = f.current();
    if (st.inputPathNull)
        return json_util::share(Json::object());
    if (!st.inputPath || (st.inputPath->isRoot() && st.inputPath->root() == JsonPath::Root::Input))
        return f.input;
    Json out;
    if (!scope(f, *f.input).evaluate(*st.inputPath, out))
        throw StatesError{"States.Runtime", "Invalid input for state '" + st.info->name +
                                                "': the InputPath '" + st.inputPath->text() +
                                                "' could not be found in the input '" +
                                                json_util::dump(*f.input) + "'"};
    return json_util::share(std::move(out));
}

void ExecutionFlow::assignVariables(const PayloadTemplate *assign, const Json &value, Frame &f)
{
    if (!assign)
        return;
    Json vars = assign->evaluate(scope(f, value));
    if (vars.is_object())
        for (auto it = vars.begin(); it != vars.end(); ++it)
            (*f.variables)[it.key()] = it.value();
}

JsonPtr ExecutionFlow::finishResult(Frame &f, JsonPtr result)
{
    const CompiledState &st = f.current();
    if (st.jsonata)
        return jsonataOutput(f, st.jq->output, st.jq->assign, std::move(result));
    if (st.resultSelector)
        result = json_util::share(st.resultSelector->evaluate(scope(f, *result)));
    assignVariables(st.assign.get(), *result, f);
    JsonPtr merged;
    switch (st.resultMode) {
    case CompiledState::ResultMode::Replace:
        merged = result;
        break;
    case CompiledState::ResultMode::Discard:
        merged = f.input;
        break;
    case CompiledState::ResultMode::Path: {
        Json copy = *f.input;
        st.resultPath->assign(copy, *result);
        merged = json_util::share(std::move(copy));
        break;
    }
    }
    if (st.outputPathNull)
        return json_util::share(Json::object());
    if (!st.outputPath || st.outputPath->isRoot())
        return merged;
    Json out;
    if (!scope(f, *merged).evaluate(*st.outputPath, out))
        throw StatesError{"States.Runtime", "Invalid path '" + st.outputPath->text() +
                                                "' : No results for path in the output '" +
                                                json_util::dump(*merged) + "'"};
    return json_util::share(std::move(out));
}

Json ExecutionFlow::evalDynamic(Frame &f, const CompiledState::Dynamic &d, const Json &input)
{
    EvalScope s = scope(f, input);
    if (d.call)
        return d.call->evaluate(s);
    if (d.path) {
        Json out;
        if (!s.evaluate(*d.path, out))
            throw StatesError{"States.Runtime", "The " + d.field + " field references the path '" +
                                                    d.path->text() +
                                                    "', which was not found in the input."};
        return out;
    }
    return d.literal ? *d.literal : Json(nullptr);
}

std::optional<long long> ExecutionFlow::integerField(Frame &f, const CompiledState::Dynamic &d,
                                                     const Json &input, const char *)
{
    if (!d.present())
        return std::nullopt;
    Json v = evalDynamic(f, d, input);
    if (!json_util::isIntegral(v)) {
        std::string shown = v.is_string() ? v.get<std::string>() : json_util::dump(v);
        throw StatesError{"States.Runtime", "The " + d.field + " field refers to value \"" + shown +
                                                "\" which is not a valid integer: " +
                                                (d.path ? d.path->text() : std::string())};
    }
    return v.get<long long>();
}

bool ExecutionFlow::matches(const std::vector<std::string> &names, const std::string &error) const
{
    for (const auto &n : names) {
        if (n == error)
            return true;
        bool internal = error == "States.Runtime" || error == "States.DataLimitExceeded";
        if (n == "States.ALL" && !internal)
            return true;
        if (n == "States.TaskFailed" && !internal && error != "States.Timeout")
            return true;
    }
    return false;
}

void ExecutionFlow::sleep(Frame &f, std::int64_t until, Phase then)
{
    f.wakeAt = until;
    f.resumePhase = then;
    f.phase = Phase::Sleeping;
}

bool ExecutionFlow::advance(Frame &f)
{
    const CompiledState &st = f.current();
    switch (f.phase) {
    case Phase::Enter:
        f.enteredId = static_cast<std::int64_t>(m_e.m_history.size()) + 1;
        f.enteredTime = m_e.m_clock;
        f.retryCounts.assign(st.retriers.size(), 0);
        f.retryTotal = 0;
        f.token.clear();
        f.endAfterExit = false;
        f.failEvent.reset();
        f.next = st.next;
        m_e.record(st.type == Type::Fail ? T::FailStateEntered : T::StateEntered, &f, f.input,
                   nullptr);
        f.phase = Phase::Run;
        return true;
    case Phase::Run:
        return st.jsonata ? runJsonata(f) : run(f);
    case Phase::EvaluationFailed:
        m_e.record(T::EvaluationFailed, &f, nullptr, json_util::share(Json(f.errorLocation)),
                   f.error.error, f.error.cause);
        f.errorLocation.clear();
        f.phase = Phase::Error;
        return true;
    case Phase::Sleeping:
        if (m_e.m_clock < f.wakeAt)
            return false;
        f.phase = f.resumePhase;
        return false;
    case Phase::Exit:
        if (auto big =
                limits::checkPayload(*f.output, limits::PayloadKind::StateOutput, st.info->name)) {
            runtimeError(f, *big); // not caught by States.ALL, as on AWS
            return true;
        }
        m_e.record(T::StateExited, &f, nullptr, f.output);
        if (!st.forkTargets.empty()) // a graph fork goes on at its join, if a token got there
            f.next = f.joined ? st.join : -1;
        if (f.role == Frame::Role::Token && f.next >= 0 && f.next == f.stopAt) {
            f.arrived = true;
            f.phase = Phase::Complete;
        } else if (st.end || f.endAfterExit || f.next < 0) {
            f.phase = Phase::Complete;
        } else {
            f.input = f.output;
            f.state = f.next;
            f.phase = Phase::Enter;
        }
        return true;
    case Phase::Complete:
        if (f.role == Frame::Role::Top) {
            m_e.m_output = f.output;
            m_e.finish(Execution::Status::Succeeded, T::ExecutionSucceeded, {}, {});
            return true;
        }
        return false; // the parent collects it
    case Phase::Error:
        return handleError(f);
    case Phase::FailFrame:
        if (f.role == Frame::Role::Top) {
            m_e.finish(Execution::Status::Failed, T::ExecutionFailed, f.error.error, f.error.cause);
            return true;
        }
        return false; // the parent collects it
    case Phase::TaskStarted: {
        m_e.record(T::TaskStarted, &f, nullptr, nullptr);
        taskResult(f);
        return true;
    }
    case Phase::TaskWaiting:
    case Phase::ChoiceWaiting:
    case Phase::WaitChild:
        return false;
    case Phase::TaskSucceeded:
        if (auto big =
                limits::checkPayload(*f.result, limits::PayloadKind::TaskResult, st.info->name)) {
            runtimeError(f, *big); // not caught by States.ALL, as on AWS
            return true;
        }
        m_e.record(T::TaskSucceeded, &f, nullptr, f.result);
        try {
            f.output = finishResult(f, f.result);
            f.phase = Phase::Exit;
        } catch (const StatesError &err) {
            runtimeError(f, err);
        }
        return true;
    case Phase::TaskFailed:
        m_e.record(T::TaskFailed, &f, nullptr, nullptr, f.error.error, f.error.cause);
        f.phase = Phase::Error;
        return true;
    case Phase::TaskTimedOut:
        m_e.record(T::TaskTimedOut, &f, nullptr, nullptr, f.error.error, f.error.cause);
        f.phase = Phase::Error;
        return true;
    case Phase::ParallelStarted:
        m_e.record(T::ParallelStateStarted, &f, nullptr, nullptr);
        f.phase = Phase::WaitChild;
        return true;
    case Phase::MapStarted:
        m_e.record(T::MapStateStarted, &f, nullptr, json_util::share(f.items));
        try {
            startMap(f);
        } catch (const StatesError &err) {
            runtimeError(f, err);
        }
        return true;
    case Phase::MapRunStarted: {
        const ExecutionOptions &o = m_e.m_options;
        std::string label = st.info->name;
        char id[20];
        std::snprintf(id, sizeof id, "%016llx", static_cast<unsigned long long>(m_e.m_rng()));
        m_e.record(
            T::MapRunStarted, &f, nullptr,
            json_util::share(Json("arn:aws:states:" + o.region + ":" + o.accountId +
                                  ":mapRun:" + o.stateMachineName + "/" + label + ":" + id)));
        f.phase = Phase::WaitChild;
        return true;
    }
    case Phase::MapRunSucceeded:
        m_e.record(T::MapRunSucceeded, &f, nullptr, nullptr);
        f.phase = Phase::MapSucceeded;
        return true;
    case Phase::ParallelSucceeded:
    case Phase::MapSucceeded:
        m_e.record(f.phase == Phase::MapSucceeded ? T::MapStateSucceeded
                                                  : T::ParallelStateSucceeded,
                   &f, nullptr, nullptr);
        try {
            f.output = finishResult(f, json_util::share(std::move(f.collected)));
            f.phase = Phase::Exit;
        } catch (const StatesError &err) {
            runtimeError(f, err);
        }
        return true;
    }
    return false;
}

bool ExecutionFlow::handleError(Frame &f)
{
    const CompiledState &st = f.current();
    const std::string &name = f.error.error;
    if (f.catchable) {
        for (std::size_t i = 0; i < st.retriers.size(); ++i) {
            const auto &r = st.retriers[i];
            if (!matches(r.errors, name))
                continue;
            if (f.retryCounts[i] >= r.maxAttempts)
                break;
            double delay = r.intervalSeconds * std::pow(r.backoffRate, f.retryCounts[i]);
            if (r.maxDelaySeconds)
                delay = std::min(delay, *r.maxDelaySeconds);
            if (r.fullJitter)
                delay = delay * double(m_e.m_rng() % 1000001) / 1000000.0;
            ++f.retryCounts[i];
            ++f.retryTotal;
            f.token.clear();
            // A retried Map or Parallel starts again without a …StateFailed event.
            f.failEvent.reset();
            f.failEvent2.reset();
            sleep(f, m_e.m_clock + static_cast<std::int64_t>(std::llround(delay * 1000)),
                  Phase::Run);
            return false;
        }
    }
    // Not retried: the Map's run and the Map (or the Parallel) fail first, one event each.
    if (f.failEvent2) {
        m_e.record(*f.failEvent2, &f, nullptr, nullptr);
        f.failEvent2.reset();
        return true;
    }
    if (f.failEvent) {
        m_e.record(*f.failEvent, &f, nullptr, nullptr, f.error.error, f.error.cause);
        f.failEvent.reset();
        return true;
    }
    if (f.catchable) {
        for (std::size_t i = 0; i < st.catchers.size(); ++i) {
            const auto &c = st.catchers[i];
            if (!matches(c.errors, name))
                continue;
            Json errorOutput{{"Error", f.error.error}, {"Cause", f.error.cause}};
            try {
                if (st.jsonata) {
                    const auto &k = st.jq->catchers[i];
                    f.output = jsonataOutput(f, k.output, k.assign, nullptr, &errorOutput);
                } else {
                    assignVariables(c.assign.get(), errorOutput, f);
                    if (c.resultMode == CompiledState::ResultMode::Discard) {
                        f.output = f.input;
                    } else if (c.resultMode == CompiledState::ResultMode::Path) {
                        Json copy = *f.input;
                        c.resultPath->assign(copy, std::move(errorOutput));
                        f.output = json_util::share(std::move(copy));
                    } else {
                        f.output = json_util::share(std::move(errorOutput));
                    }
                }
            } catch (const StatesError &err) {
                f.error = err;
                f.phase = Phase::FailFrame;
                return false;
            }
            // A caught error leaves through the catcher's Next, even from an End state.
            m_e.record(T::StateExited, &f, nullptr, f.output);
            f.input = f.output;
            f.state = c.next;
            f.phase = Phase::Enter;
            return true;
        }
    }
    f.phase = Phase::FailFrame;
    return false;
}

} // namespace stepwise::runtime
