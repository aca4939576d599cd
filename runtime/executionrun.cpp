#include "executionframe.h"

#include "limitcheck.h"
#include "timestamp.h"

#include <cmath>
#include <cstdio>

namespace stepwise::runtime {

using Frame = Execution::Frame;
using T = HistoryEvent::Type;
using Type = CompiledState::Type;

std::string taskToken(std::mt19937_64 &rng)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(rng()),
                  static_cast<unsigned long long>(rng()));
    return buf;
}

Json batchItems(Json items, long long maxItemsPerBatch)
{
    if (maxItemsPerBatch <= 0)
        return items;
    const auto per = static_cast<std::size_t>(maxItemsPerBatch);
    Json batches = Json::array();
    for (std::size_t i = 0; i < items.size(); i += per) {
        Json batch = Json::array();
        for (std::size_t j = i; j < items.size() && j < i + per; ++j)
            batch.push_back(std::move(items[j]));
        batches.push_back(Json{{"Items", std::move(batch)}});
    }
    return batches;
}

std::string itemReaderRefusal(const std::string &state)
{
    return "The Map state '" + state +
           "' reads its items with an ItemReader (S3 or another source); the local runtime has "
           "no data for it. Give the items in the input instead.";
}

bool ExecutionFlow::run(Frame &f)
{
    const CompiledState &st = f.current();
    try {
        switch (st.type) {
        case Type::Pass: {
            JsonPtr eff = applyInputPath(f);
            JsonPtr result;
            if (st.result)
                result = json_util::share(*st.result);
            else if (st.parameters)
                result = json_util::share(st.parameters->evaluate(scope(f, *eff)));
            else
                result = eff;
            f.output = finishResult(f, std::move(result));
            f.next = st.next;
            f.phase = Phase::Exit;
            return false;
        }
        case Type::Task: {
            JsonPtr eff = applyInputPath(f);
            f.effective = eff;
            if (st.waitForToken && f.token.empty())
                f.token = taskToken(m_e.m_rng);
            if (st.parameters)
                f.effective = json_util::share(st.parameters->evaluate(scope(f, *eff)));
            m_e.record(T::TaskScheduled, &f, f.effective, nullptr);
            f.phase = Phase::TaskStarted;
            return true;
        }
        case Type::Choice: {
            JsonPtr eff = applyInputPath(f);
            EvalScope s = scope(f, *eff);
            f.next = -1;
            for (const auto &rule : st.choices) {
                if (rule.matches(s)) {
                    f.next = rule.next;
                    assignVariables(rule.assign.get(), *eff, f);
                    break;
                }
            }
            if (f.next < 0)
                f.next = st.defaultNext;
            if (f.next < 0) {
                f.error = {"States.NoChoiceMatched",
                           "No Choice Rules matched and no Default was specified in state '" +
                               st.info->name + "'."};
                f.catchable = false;
                f.phase = Phase::Error;
                return false;
            }
            assignVariables(st.assign.get(), *eff, f);
            f.output = finishResult(f, eff);
            f.phase = Phase::Exit;
            return false;
        }
        case Type::Wait: {
            JsonPtr eff = applyInputPath(f);
            std::int64_t until = m_e.m_clock;
            if (st.seconds) {
                until += static_cast<std::int64_t>(std::llround(*st.seconds * 1000));
            } else if (st.timestampText) {
                until = std::max(until, *timestamp::parse(*st.timestampText));
            } else if (st.secondsPath) {
                Json v;
                if (!scope(f, *eff).evaluate(*st.secondsPath, v))
                    throw StatesError{"States.Runtime", "The SecondsPath parameter does not "
                                                        "reference an existing value: " +
                                                            st.secondsPath->text()};
                std::string shown = st.secondsPath->text() + " == " + json_util::dump(v);
                if (!json_util::isIntegral(v))
                    throw StatesError{
                        "States.Runtime",
                        "The SecondsPath parameter cannot be parsed as a long value: " + shown};
                if (v.get<double>() < 0)
                    throw StatesError{"States.Runtime",
                                      "The SecondsPath parameter references a negative value: " +
                                          shown};
                until += v.get<std::int64_t>() * 1000;
            } else if (st.timestampPath) {
                Json v;
                if (!scope(f, *eff).evaluate(*st.timestampPath, v))
                    throw StatesError{"States.Runtime", "The TimestampPath parameter does not "
                                                        "reference an existing value: " +
                                                            st.timestampPath->text()};
                std::optional<std::int64_t> t;
                if (v.is_string())
                    t = timestamp::parse(v.get<std::string>());
                if (!t)
                    throw StatesError{
                        "States.Runtime",
                        "The TimestampPath parameter does not reference a valid ISO-8601 "
                        "extended offset date-time format string: " +
                            st.timestampPath->text() +
                            " == " + (v.is_string() ? v.get<std::string>() : json_util::dump(v))};
                until = std::max(until, *t);
            }
            assignVariables(st.assign.get(), *eff, f);
            f.output = finishResult(f, eff);
            f.next = st.next;
            // Other branches move on meanwhile; the clock jumps when all of them wait.
            sleep(f, until, Phase::Exit);
            return false;
        }
        case Type::Succeed: {
            JsonPtr eff = applyInputPath(f);
            f.output = finishResult(f, eff);
            f.endAfterExit = true;
            f.phase = Phase::Exit;
            return false;
        }
        case Type::Fail: {
            Json error = evalDynamic(f, st.error, *f.input);
            Json cause = evalDynamic(f, st.cause, *f.input);
            f.error = {error.is_string() ? error.get<std::string>() : std::string(),
                       cause.is_string() ? cause.get<std::string>() : std::string()};
            f.catchable = false;
            f.phase = Phase::FailFrame;
            return false;
        }
        case Type::Parallel: {
            JsonPtr eff = applyInputPath(f);
            if (st.parameters)
                eff = json_util::share(st.parameters->evaluate(scope(f, *eff)));
            f.effective = eff;
            f.collected = Json::array();
            const std::size_t n =
                st.forkTargets.empty() ? st.branches.size() : st.forkTargets.size();
            for (std::size_t i = 0; i < n; ++i)
                f.collected.push_back(nullptr);
            f.childIndex = 0;
            f.joined = false;
            f.children.clear();
            f.phase = Phase::ParallelStarted;
            return false;
        }
        case Type::Map:
            runMap(f);
            return false;
        case Type::ManualChoice:
            f.phase = Phase::ChoiceWaiting;
            return false;
        }
    } catch (const StatesError &err) {
        runtimeError(f, err);
    }
    return false;
}

void ExecutionFlow::runMap(Frame &f)
{
    const CompiledState &st = f.current();
    JsonPtr eff = applyInputPath(f);
    f.effective = eff;
    if (st.hasItemReader)
        throw StatesError{"States.ItemReaderFailed", itemReaderRefusal(st.info->name)};
    Json items;
    if (st.itemsPath) {
        if (!scope(f, *eff).evaluate(*st.itemsPath, items))
            throw StatesError{"States.Runtime", "Invalid path '" + st.itemsPath->text() +
                                                    "': the ItemsPath was not found in the "
                                                    "input '" +
                                                    json_util::dump(*eff) + "'"};
    } else {
        items = *eff;
    }
    if (!items.is_array())
        throw StatesError{"States.Runtime",
                          "Map state input must be an array but was: " + json_util::dump(items)};
    if (auto many = limits::checkMapItems(items.size(), st.info->name))
        throw *many;
    items = batchItems(std::move(items), st.maxItemsPerBatch);
    auto mc = integerField(f, st.maxConcurrency, *eff, "MaxConcurrency");
    if (mc && *mc < 0)
        throw StatesError{"States.Runtime", "MaxConcurrency cannot be negative."};
    f.maxConcurrency = mc.value_or(0);
    f.items = std::move(items);
    f.children.clear();
    f.phase = Phase::MapStarted;
}

// After MapStateStarted: AWS reads the tolerated failure settings only then (a bad
// ToleratedFailureCountPath fails the execution right after MapStateStarted).
void ExecutionFlow::startMap(Frame &f)
{
    const CompiledState &st = f.current();
    const JsonPtr eff = f.effective;
    const char *error = st.jsonata ? "States.QueryEvaluationError" : "States.Runtime";
    std::optional<JsonataScope> jscope;
    if (st.jsonata)
        jscope = jsonataScope(f, *f.input);
    f.toleratedCount =
        st.jsonata ? jsonataInteger(f, st.jq->toleratedCount, *jscope, "ToleratedFailureCount")
                   : integerField(f, st.toleratedCount, *eff, "ToleratedFailureCount");
    if (f.toleratedCount && *f.toleratedCount < 0)
        throw StatesError{error, "ToleratedFailureCount cannot be negative."};
    f.toleratedPercentage.reset();
    const bool percentage =
        st.jsonata ? st.jq->toleratedPercentage != nullptr : st.toleratedPercentage.present();
    if (percentage) {
        Json v = st.jsonata ? evalField(f, *st.jq->toleratedPercentage, *jscope)
                            : evalDynamic(f, st.toleratedPercentage, *eff);
        if (!v.is_number() || v.get<double>() < 0 || v.get<double>() > 100)
            throw StatesError{error,
                              "ToleratedFailurePercentage must be a number between 0 and 100, "
                              "got " +
                                  json_util::dump(v)};
        f.toleratedPercentage = v.get<double>();
    }
    f.collected = Json::array();
    for (std::size_t i = 0; i < f.items.size(); ++i)
        f.collected.push_back(nullptr);
    f.childIndex = 0;
    f.failures = 0;
    f.phase = st.distributed ? Phase::MapRunStarted : Phase::WaitChild;
}

void ExecutionFlow::taskResult(Frame &f)
{
    const CompiledState &st = f.current();
    const std::string &name = st.info->name;
    int n = m_e.m_invocations[name]++;
    if (m_e.m_options.mocks) {
        MockConfig::Response r;
        switch (m_e.m_options.mocks->lookup(name, n, r)) {
        case MockConfig::Lookup::Found:
            if (r.isThrow) {
                f.error = {r.error, r.cause};
                f.catchable = true;
                f.phase = Phase::TaskFailed;
            } else {
                f.result = json_util::share(std::move(r.value));
                f.phase = Phase::TaskSucceeded;
            }
            return;
        case MockConfig::Lookup::MissingInvocation:
            f.error = {"States.Runtime", "The mock config's test case '" +
                                             m_e.m_options.mocks->testCase() +
                                             "' has no response for invocation " +
                                             std::to_string(n) + " of state '" + name + "'."};
            f.catchable = false;
            f.phase = Phase::FailFrame;
            return;
        case MockConfig::Lookup::NotMocked:
            break;
        }
    }
    if (!st.waitForToken) {
        f.result = f.effective;
        f.phase = Phase::TaskSucceeded;
        return;
    }
    try {
        std::optional<long long> timeout, hb;
        if (st.jsonata) {
            const JsonataScope s = jsonataScope(f, *f.input);
            timeout = jsonataInteger(f, st.jq->timeoutSeconds, s, "TimeoutSeconds");
            hb = jsonataInteger(f, st.jq->heartbeatSeconds, s, "HeartbeatSeconds");
        } else {
            timeout = integerField(f, st.timeoutSeconds, *f.effective, "TimeoutSeconds");
            hb = integerField(f, st.heartbeatSeconds, *f.effective, "HeartbeatSeconds");
        }
        f.waitingSince = m_e.m_clock;
        f.timeoutDeadline.reset();
        f.heartbeatDeadline.reset();
        if (timeout && *timeout > 0)
            f.timeoutDeadline = m_e.m_clock + *timeout * 1000;
        if (hb && *hb > 0) {
            f.heartbeatSeconds = *hb;
            f.heartbeatDeadline = m_e.m_clock + *hb * 1000;
        }
        f.phase = Phase::TaskWaiting;
    } catch (const StatesError &err) {
        runtimeError(f, err);
    }
}

} // namespace stepwise::runtime
