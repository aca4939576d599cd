#include "dataflow.h"

#include "evalscope.h"
#include "payloadtemplate.h"
#include "timestamp.h"

#include <random>

namespace stepwise {

using runtime::CompiledState;
using runtime::HistoryEvent;
using runtime::HistoryLog;
using runtime::Json;
using Type = HistoryEvent::Type;

namespace {

const CompiledState *findIn(const runtime::Machine &machine, const std::string &name, int depth)
{
    if (depth > runtime::Definition::kMaxNesting)
        return nullptr;
    if (auto it = machine.index.find(name); it != machine.index.end())
        return &machine.states[size_t(it->second)];
    for (const CompiledState &s : machine.states) {
        for (const auto &branch : s.branches)
            if (const CompiledState *found = findIn(*branch, name, depth + 1))
                return found;
        if (s.processor)
            if (const CompiledState *found = findIn(*s.processor, name, depth + 1))
                return found;
    }
    return nullptr;
}

QString pathText(const std::optional<runtime::JsonPath> &path, bool null)
{
    if (null)
        return QStringLiteral("null");
    return path ? QString::fromStdString(path->text()) : QStringLiteral("$");
}

bool isEntry(const HistoryEvent &e)
{
    return e.type == Type::StateEntered || e.type == Type::FailStateEntered;
}

} // namespace

const CompiledState *DataFlow::find(const runtime::Definition &definition, const std::string &name)
{
    return findIn(definition.root(), name, 0);
}

DataFlow::Step DataFlow::stepOf(const HistoryLog &events, int row)
{
    Step step;
    if (row < 0 || row >= int(events.size()))
        return step;
    const HistoryEvent &at = events[size_t(row)];
    if (!at.state) {
        step.entered = events.front().type == Type::ExecutionStarted ? 0 : -1;
        const HistoryEvent &last = events.back();
        if (last.type == Type::ExecutionSucceeded || last.type == Type::ExecutionFailed ||
            last.type == Type::ExecutionAborted || last.type == Type::ExecutionTimedOut)
            step.exited = int(events.size()) - 1;
        return step;
    }
    const auto sameStep = [&](const HistoryEvent &e) {
        return e.state == at.state && e.sameIteration(at);
    };
    int entered = row;
    while (entered >= 0 && !(sameStep(events[size_t(entered)]) && isEntry(events[size_t(entered)])))
        --entered;
    if (entered < 0)
        return step;
    step.entered = entered;
    for (int i = entered + 1; i < int(events.size()); ++i) {
        const HistoryEvent &e = events[size_t(i)];
        if (!sameStep(e))
            continue;
        if (e.type == Type::StateExited)
            step.exited = i;
        if (e.type == Type::StateExited || isEntry(e))
            break;
    }
    return step;
}

QVector<DataFlow::Stage> DataFlow::compute(const runtime::Definition &definition,
                                           const HistoryLog &events, int row)
{
    QVector<Stage> out;
    if (row < 0 || row >= int(events.size()) || !events[size_t(row)].state) {
        out.append({tr("Execution"), {}, {}, tr("This event belongs to no state.")});
        return out;
    }
    const auto state = events[size_t(row)].state;
    const Step step = stepOf(events, row);
    const int entered = step.entered;
    if (entered < 0) {
        out.append({tr("Input"), {}, {}, tr("The history has no entry into this state.")});
        return out;
    }
    const HistoryEvent *result = nullptr, *scheduled = nullptr;
    const int end = step.exited < 0 ? int(events.size()) : step.exited;
    for (int i = entered + 1; i < end; ++i) {
        const HistoryEvent &e = events[size_t(i)];
        if (e.state != state || !e.sameIteration(events[size_t(entered)]))
            continue;
        if (e.type == Type::TaskSucceeded)
            result = &e;
        if (e.type == Type::TaskScheduled)
            scheduled = &e;
    }
    const HistoryEvent *exit = step.exited >= 0 ? &events[size_t(step.exited)] : nullptr;
    const CompiledState *cs = find(definition, state->name);
    const Json input = events[size_t(entered)].input ? *events[size_t(entered)].input : Json();
    out.append({tr("Input"), {}, input, tr("as recorded at %1").arg(entered + 1)});
    if (!cs) {
        out.append({tr("Output"), {}, {}, tr("The definition has no state of this name.")});
        return out;
    }

    // The context object as far as the history knows it; a path into what it lacks (a task
    // token) falls back to what the history recorded.
    Json context = Json::object();
    if (!events.empty() && events.front().input)
        context["Execution"]["Input"] = *events.front().input;
    context["State"]["Name"] = state->name;
    context["State"]["EnteredTime"] = runtime::timestamp::format(events[size_t(entered)].timestamp);
    std::mt19937_64 rng(0);
    auto scopeOf = [&](const Json &data) {
        runtime::EvalScope scope;
        scope.input = &data;
        scope.context = [&context]() -> const Json & { return context; };
        scope.rng = &rng;
        return scope;
    };
    const auto recorded = [&](const HistoryEvent *e, bool useInput) -> std::optional<Json> {
        const runtime::JsonPtr p = e ? (useInput ? e->input : e->output) : nullptr;
        return p ? std::optional<Json>(*p) : std::nullopt;
    };

    if (cs->jsonata) {
        out.append(
            {tr("Arguments"), {}, recorded(scheduled, true), tr("JSONata state: as recorded")});
        out.append({tr("Result"), {}, recorded(result, false), tr("as recorded")});
        out.append({tr("Output"), {}, recorded(exit, false), tr("as recorded")});
        return out;
    }

    std::optional<Json> data;
    try {
        // InputPath
        Json effective;
        if (cs->inputPathNull)
            effective = Json::object();
        else if (!cs->inputPath)
            effective = input;
        else if (!scopeOf(input).evaluate(*cs->inputPath, effective))
            throw runtime::StatesError("States.Runtime", "InputPath selects nothing");
        out.append({tr("InputPath"), pathText(cs->inputPath, cs->inputPathNull), effective, {}});

        const bool hasResult =
            cs->type == CompiledState::Type::Pass || cs->type == CompiledState::Type::Task ||
            cs->type == CompiledState::Type::Map || cs->type == CompiledState::Type::Parallel;
        if (!hasResult) {
            data = effective;
        } else {
            Json params = effective;
            if (cs->parameters) {
                try {
                    params = cs->parameters->evaluate(scopeOf(effective));
                    out.append({tr("Parameters"), {}, params, {}});
                } catch (const runtime::StatesError &) {
                    // A path into the context object the history does not carry.
                    params = scheduled && scheduled->input ? *scheduled->input : Json();
                    out.append({tr("Parameters"), {}, params, tr("as recorded (TaskScheduled)")});
                }
            }
            Json raw;
            if (cs->type == CompiledState::Type::Pass) {
                raw = cs->result ? *cs->result : params;
                out.append(
                    {tr("Result"), {}, raw, cs->result ? tr("the state's Result") : QString()});
            } else if (result && result->output) {
                raw = *result->output;
                out.append({tr("Result"), {}, raw, tr("as recorded (TaskSucceeded)")});
            } else {
                out.append({tr("Result"),
                            {},
                            {},
                            cs->type == CompiledState::Type::Task
                                ? tr("The task has not succeeded at this moment.")
                                : tr("The branches' results are not in the history.")});
                return out;
            }
            if (cs->resultSelector) {
                raw = cs->resultSelector->evaluate(scopeOf(raw));
                out.append({tr("ResultSelector"), {}, raw, {}});
            }
            Json combined;
            switch (cs->resultMode) {
            case CompiledState::ResultMode::Discard:
                combined = input;
                break;
            case CompiledState::ResultMode::Replace:
                combined = raw;
                break;
            case CompiledState::ResultMode::Path:
                combined = input;
                cs->resultPath->assign(combined, raw);
                break;
            }
            out.append({tr("ResultPath"),
                        cs->resultMode == CompiledState::ResultMode::Discard
                            ? QStringLiteral("null")
                            : pathText(cs->resultPath, false),
                        combined,
                        {}});
            data = combined;
        }
        Json output;
        if (cs->outputPathNull)
            output = Json::object();
        else if (!cs->outputPath)
            output = *data;
        else if (!scopeOf(*data).evaluate(*cs->outputPath, output))
            throw runtime::StatesError("States.Runtime", "OutputPath selects nothing");
        out.append({tr("OutputPath"), pathText(cs->outputPath, cs->outputPathNull), output, {}});
        if (exit && exit->output)
            out.append({tr("Recorded output"),
                        {},
                        *exit->output,
                        *exit->output == output ? tr("matches the recomputed output")
                                                : tr("differs from the recomputed output")});
    } catch (const runtime::StatesError &e) {
        out.append({tr("Error"),
                    {},
                    {},
                    QString::fromStdString(e.error + (e.cause.empty() ? "" : ": ") + e.cause)});
    }
    return out;
}

} // namespace stepwise
