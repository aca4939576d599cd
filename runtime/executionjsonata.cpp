// States whose QueryLanguage is JSONata: Arguments instead of InputPath and Parameters, Output
// and Assign instead of ResultSelector, ResultPath and OutputPath, `{% %}` expressions in the
// other fields. A field that fails raises States.QueryEvaluationError, which AWS records with an
// EvaluationFailed event (the failing field is its location) before the state fails.

#include "executionframe.h"

#include "jsonatafunctions.h"
#include "timestamp.h"

#include <cmath>

namespace stepwise::runtime {

using Frame = Execution::Frame;
using T = HistoryEvent::Type;
using Type = CompiledState::Type;

namespace {

const char *const kQueryError = "States.QueryEvaluationError";

std::string shown(const Json &v)
{
    return v.is_string() ? v.get<std::string>() : json_util::dump(v);
}

} // namespace

JsonataScope ExecutionFlow::jsonataScope(Frame &f, const Json &input, const Json *mapItem,
                                         long long mapIndex)
{
    JsonataScope s;
    s.input = &input;
    s.variables = f.variables;
    if (!m_e.m_functions)
        m_e.m_functions = makeStepFunctionsLibrary(&m_e.m_rng);
    s.functions = m_e.m_functions.get();
    Execution *e = &m_e;
    Frame *frame = &f;
    s.context = [e, frame, mapItem, mapIndex]() -> const Json & {
        return e->contextObject(*frame, mapItem, mapIndex);
    };
    return s;
}

Json ExecutionFlow::evalField(Frame &f, const JsonataTemplate &field, const JsonataScope &scope)
{
    try {
        return field.evaluate(scope);
    } catch (const QueryFailure &q) {
        f.errorLocation = q.location;
        throw StatesError{kQueryError, q.cause};
    }
}

std::optional<long long> ExecutionFlow::jsonataInteger(Frame &f, const JsonataFields::Field &field,
                                                       const JsonataScope &scope, const char *name)
{
    if (!field)
        return std::nullopt;
    Json v = evalField(f, *field, scope);
    if (!json_util::isIntegral(v)) {
        f.errorLocation = name;
        throw StatesError{kQueryError,
                          "The " + std::string(name) +
                              " field must be an integer, but its value is: " + json_util::dump(v)};
    }
    return v.get<long long>();
}

void ExecutionFlow::commitVariables(Frame &f, Json assigned)
{
    for (auto it = assigned.begin(); it != assigned.end(); ++it)
        (*f.variables)[it.key()] = std::move(it.value());
}

JsonPtr ExecutionFlow::jsonataOutput(Frame &f, const JsonataFields::Field &output,
                                     const JsonataFields::Field &assign, JsonPtr result,
                                     const Json *errorOutput)
{
    JsonataScope s = jsonataScope(f, *f.input);
    s.result = result.get();
    s.errorOutput = errorOutput;
    Json assigned;
    if (assign) {
        assigned = evalField(f, *assign, s);
        if (!assigned.is_object()) {
            f.errorLocation = "Assign";
            throw StatesError{kQueryError, "The Assign field must be a JSON object of variable "
                                           "names and values, but its value is: " +
                                               json_util::dump(assigned)};
        }
    }
    JsonPtr out;
    if (output)
        out = json_util::share(evalField(f, *output, s));
    else if (result)
        out = std::move(result);
    else if (errorOutput)
        out = json_util::share(*errorOutput);
    else
        out = f.input;
    if (assign)
        commitVariables(f, std::move(assigned));
    return out;
}

bool ExecutionFlow::runJsonata(Frame &f)
{
    const CompiledState &st = f.current();
    const JsonataFields &jq = *st.jq;
    try {
        switch (st.type) {
        case Type::Pass:
            f.output = jsonataOutput(f, jq.output, jq.assign, nullptr);
            f.next = st.next;
            f.phase = Phase::Exit;
            return false;
        case Type::Task: {
            if (st.waitForToken && f.token.empty())
                f.token = taskToken(m_e.m_rng);
            f.effective = f.input;
            if (jq.arguments)
                f.effective =
                    json_util::share(evalField(f, *jq.arguments, jsonataScope(f, *f.input)));
            m_e.record(T::TaskScheduled, &f, f.effective, nullptr);
            f.phase = Phase::TaskStarted;
            return true;
        }
        case Type::Choice: {
            const JsonataScope s = jsonataScope(f, *f.input);
            f.next = -1;
            for (const auto &rule : jq.rules) {
                const Json c = rule.condition ? evalField(f, *rule.condition, s) : Json(false);
                if (!c.is_boolean()) {
                    f.errorLocation = "Condition";
                    throw StatesError{kQueryError,
                                      "The Condition field must be true or false, but its value "
                                      "is: " +
                                          json_util::dump(c)};
                }
                if (c.get<bool>()) {
                    f.next = rule.next;
                    f.output = jsonataOutput(f, rule.output, rule.assign, nullptr);
                    break;
                }
            }
            if (f.next < 0 && st.defaultNext >= 0) {
                f.next = st.defaultNext;
                f.output = jsonataOutput(f, jq.output, jq.assign, nullptr);
            }
            if (f.next < 0) {
                f.error = {"States.NoChoiceMatched",
                           "No Choice Rules matched and no Default was specified in state '" +
                               st.info->name + "'."};
                f.catchable = false;
                f.phase = Phase::Error;
                return false;
            }
            f.phase = Phase::Exit;
            return false;
        }
        case Type::Wait: {
            const JsonataScope s = jsonataScope(f, *f.input);
            std::int64_t until = m_e.m_clock;
            if (jq.seconds) {
                const Json v = evalField(f, *jq.seconds, s);
                if (!json_util::isIntegral(v) || v.get<double>() < 0 ||
                    v.get<double>() > 99999999) {
                    f.errorLocation = "Seconds";
                    throw StatesError{kQueryError, "The Seconds field must be an integer from 0 "
                                                   "to 99999999, but its value is: " +
                                                       shown(v)};
                }
                until += v.get<std::int64_t>() * 1000;
            } else if (jq.timestamp) {
                const Json v = evalField(f, *jq.timestamp, s);
                std::optional<std::int64_t> t;
                if (v.is_string())
                    t = timestamp::parse(v.get<std::string>());
                if (!t) {
                    f.errorLocation = "Timestamp";
                    throw StatesError{kQueryError,
                                      "The Timestamp field cannot be parsed as an ISO-8601 "
                                      "extended offset date-time format string: " +
                                          shown(v)};
                }
                until = std::max(until, *t);
            }
            f.output = jsonataOutput(f, jq.output, jq.assign, nullptr);
            f.next = st.next;
            sleep(f, until, Phase::Exit);
            return false;
        }
        case Type::Succeed:
            f.output = jsonataOutput(f, jq.output, nullptr, nullptr);
            f.endAfterExit = true;
            f.phase = Phase::Exit;
            return false;
        case Type::Fail: {
            const JsonataScope s = jsonataScope(f, *f.input);
            std::string text[2];
            const JsonataFields::Field *fields[2] = {&jq.error, &jq.cause};
            const char *names[2] = {"Error", "Cause"};
            for (int i = 0; i < 2; ++i) {
                if (!*fields[i])
                    continue;
                const Json v = evalField(f, **fields[i], s);
                if (!v.is_string()) {
                    f.errorLocation = names[i];
                    throw StatesError{kQueryError, "The " + std::string(names[i]) +
                                                       " field must be a string, but its value "
                                                       "is: " +
                                                       json_util::dump(v)};
                }
                text[i] = v.get<std::string>();
            }
            f.error = {text[0], text[1]};
            f.catchable = false;
            f.phase = Phase::FailFrame;
            return false;
        }
        case Type::Parallel:
            f.effective = f.input;
            if (jq.arguments)
                f.effective =
                    json_util::share(evalField(f, *jq.arguments, jsonataScope(f, *f.input)));
            f.collected = Json::array();
            for (std::size_t i = 0; i < st.branches.size(); ++i)
                f.collected.push_back(nullptr);
            f.childIndex = 0;
            f.joined = false;
            f.children.clear();
            f.phase = Phase::ParallelStarted;
            return false;
        case Type::Map:
            try {
                runJsonataMap(f);
            } catch (const StatesError &err) {
                runtimeError(f, err);
                if (err.error == kQueryError)
                    f.failEvent = T::MapStateFailed; // as AWS records it
            }
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

void ExecutionFlow::runJsonataMap(Frame &f)
{
    const CompiledState &st = f.current();
    const JsonataFields &jq = *st.jq;
    f.effective = f.input;
    if (st.hasItemReader)
        throw StatesError{"States.ItemReaderFailed", itemReaderRefusal(st.info->name)};
    const JsonataScope s = jsonataScope(f, *f.input);
    Json items = jq.items ? evalField(f, *jq.items, s) : *f.input;
    if (!items.is_array()) {
        if (jq.items)
            f.errorLocation = "Items";
        throw StatesError{kQueryError,
                          "Map state input must be an array but was: " + json_util::dump(items)};
    }
    items = batchItems(std::move(items), st.maxItemsPerBatch);
    auto mc = jsonataInteger(f, jq.maxConcurrency, s, "MaxConcurrency");
    if (mc && *mc < 0) {
        f.errorLocation = "MaxConcurrency";
        throw StatesError{kQueryError, "MaxConcurrency cannot be negative."};
    }
    f.maxConcurrency = mc.value_or(0);
    f.items = std::move(items);
    f.children.clear();
    f.phase = Phase::MapStarted;
}

} // namespace stepwise::runtime
