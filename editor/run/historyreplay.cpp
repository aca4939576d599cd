#include "historyreplay.h"

#include "dataflow.h"
#include "jsonparse.h"
#include "timestamp.h"

#include <map>
#include <set>

namespace stepwise {

using runtime::CompiledState;
using runtime::HistoryEvent;
using runtime::Json;
using Type = HistoryEvent::Type;

namespace {

// AWS's type names without a state type in them.
const std::map<std::string, Type> &plainTypes()
{
    static const std::map<std::string, Type> types = {
        {"ExecutionStarted", Type::ExecutionStarted},
        {"ExecutionSucceeded", Type::ExecutionSucceeded},
        {"ExecutionFailed", Type::ExecutionFailed},
        {"ExecutionAborted", Type::ExecutionAborted},
        {"ExecutionTimedOut", Type::ExecutionTimedOut},
        {"FailStateEntered", Type::FailStateEntered},
        {"TaskScheduled", Type::TaskScheduled},
        {"TaskStarted", Type::TaskStarted},
        {"TaskSubmitted", Type::TaskSubmitted},
        {"TaskSucceeded", Type::TaskSucceeded},
        {"TaskFailed", Type::TaskFailed},
        {"TaskTimedOut", Type::TaskTimedOut},
        {"ParallelStateStarted", Type::ParallelStateStarted},
        {"ParallelStateSucceeded", Type::ParallelStateSucceeded},
        {"ParallelStateFailed", Type::ParallelStateFailed},
        {"MapStateStarted", Type::MapStateStarted},
        {"MapStateSucceeded", Type::MapStateSucceeded},
        {"MapStateFailed", Type::MapStateFailed},
        {"MapIterationStarted", Type::MapIterationStarted},
        {"MapIterationSucceeded", Type::MapIterationSucceeded},
        {"MapIterationFailed", Type::MapIterationFailed},
        {"MapIterationAborted", Type::MapIterationAborted},
        {"WaitStateAborted", Type::WaitStateAborted},
        {"TaskHeartbeat", Type::TaskHeartbeat},
        {"MapRunStarted", Type::MapRunStarted},
        {"MapRunSucceeded", Type::MapRunSucceeded},
        {"MapRunFailed", Type::MapRunFailed},
        {"EvaluationFailed", Type::EvaluationFailed}};
    return types;
}

// Fields read leniently: a field of an unexpected type counts as absent (never a throw).
std::int64_t intOf(const Json &o, const char *key, std::int64_t otherwise)
{
    auto it = o.find(key);
    return it != o.end() && it->is_number_integer() ? it->get<std::int64_t>() : otherwise;
}

std::string textOf(const Json &o, const char *key)
{
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool endsWith(const std::string &s, const std::string &tail)
{
    return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// A detail value is JSON text on AWS and already parsed JSON in some exports.
runtime::JsonPtr payload(const Json &details, const char *key)
{
    auto it = details.find(key);
    if (it == details.end())
        return nullptr;
    if (it->is_string()) {
        Json parsed;
        if (runtime::json_util::parse(it->get<std::string>(), parsed).ok)
            return runtime::json_util::share(std::move(parsed));
    }
    return runtime::json_util::share(*it);
}

// The machine each state lives in, and whether that machine is a Map's processor (whose
// iterations interleave without saying which one an event belongs to).
struct Place
{
    const runtime::Machine *machine = nullptr;
    bool mapProcessor = false;
};

void index(const runtime::Machine &m, bool map, std::map<std::string, Place> &out, int depth)
{
    if (depth > runtime::Definition::kMaxNesting)
        return;
    for (const CompiledState &s : m.states) {
        out[s.info->name] = {&m, map};
        for (const auto &b : s.branches)
            index(*b, false, out, depth + 1);
        if (s.processor)
            index(*s.processor, true, out, depth + 1);
    }
}

std::set<int> successors(const CompiledState &s)
{
    std::set<int> next{s.next, s.defaultNext};
    for (const auto &c : s.choices)
        next.insert(c.next);
    for (const auto &c : s.catchers)
        next.insert(c.next);
    for (const auto &o : s.options)
        next.insert(o.second);
    for (int f : s.forkTargets)
        next.insert(f);
    next.insert(s.join);
    return next;
}

} // namespace

HistoryReplay::Result
HistoryReplay::read(const QByteArray &bytes, const runtime::Definition &definition,
                    const std::function<bool(const std::string &)> &documentHas)
{
    Result r;
    Json doc;
    const runtime::JsonParseResult parsed = runtime::json_util::parse(bytes.toStdString(), doc);
    if (!parsed.ok) {
        r.problems << tr("The file is not JSON: %1").arg(QString::fromStdString(parsed.error));
        return r;
    }
    const Json *list = doc.is_array() ? &doc : nullptr;
    if (doc.is_object() && doc.contains("events") && doc["events"].is_array())
        list = &doc["events"];
    if (!list) {
        r.problems << tr("The file has no \"events\" list (GetExecutionHistory output).");
        return r;
    }
    r.readable = true;
    std::map<std::string, Place> places;
    index(definition.root(), false, places, 0);
    std::map<std::int64_t, std::shared_ptr<const runtime::StateInfo>> stateOfId;
    std::map<const runtime::Machine *, const CompiledState *> lastExited;
    std::map<std::string, std::shared_ptr<runtime::StateInfo>> uncompiled;
    std::int64_t clock = 0;
    int position = 0;
    for (const Json &e : *list) {
        ++position;
        if (!e.is_object() || !e.contains("type") || !e["type"].is_string()) {
            r.problems << tr("event %1: not an event object with a type").arg(position);
            continue;
        }
        HistoryEvent out;
        out.id = intOf(e, "id", position);
        out.previousEventId = intOf(e, "previousEventId", 0);
        const std::string type = e["type"].get<std::string>();
        const QString where = tr("event %1 (%2)").arg(out.id).arg(QString::fromStdString(type));
        Json details = Json::object();
        for (auto it = e.begin(); it != e.end(); ++it)
            if (endsWith(it.key(), "EventDetails") && it->is_object())
                details = *it;
        // EvaluationFailed names its state in "state" (its previous event may be the start).
        std::string name = textOf(details, "name");
        if (name.empty() && type == "EvaluationFailed")
            name = textOf(details, "state");

        std::string stateType;
        if (auto it = plainTypes().find(type); it != plainTypes().end())
            out.type = it->second;
        else if (endsWith(type, "StateEntered"))
            out.type = Type::StateEntered, stateType = type.substr(0, type.size() - 12);
        else if (endsWith(type, "StateExited"))
            out.type = Type::StateExited, stateType = type.substr(0, type.size() - 11);
        else {
            r.problems << (type.rfind("Activity", 0) == 0 || type.rfind("LambdaFunction", 0) == 0 ||
                                   endsWith(type, "Redriven")
                               ? tr("%1: an event type Stepwise does not replay yet").arg(where)
                               : tr("%1: not an event type Step Functions writes").arg(where));
            continue;
        }
        if (out.type == Type::FailStateEntered)
            stateType = "Fail";

        const bool executionEvent = type.rfind("Execution", 0) == 0;
        if (!name.empty() && !executionEvent) {
            out.state = definition.findState(name);
            if (!out.state && documentHas && documentHas(name)) {
                auto &info = uncompiled[name];
                if (!info)
                    info = std::make_shared<runtime::StateInfo>(
                        runtime::StateInfo{name, stateType, name});
                out.state = info;
            }
            if (!out.state) {
                r.problems << tr("%1: the definition has no state \"%2\"")
                                  .arg(where, QString::fromStdString(name));
                continue;
            }
        } else if (!executionEvent) {
            auto prev = stateOfId.find(out.previousEventId);
            if (prev == stateOfId.end() || !prev->second) {
                r.problems << tr("%1: names no state, and event %2 before it belongs to none")
                                  .arg(where)
                                  .arg(out.previousEventId);
                continue;
            }
            out.state = prev->second;
        }
        if (!stateType.empty() && out.state && out.state->type != stateType) {
            r.problems << tr("%1: \"%2\" is a %3 state in the definition")
                              .arg(where, QString::fromStdString(out.state->name),
                                   QString::fromStdString(out.state->type));
            continue;
        }
        if ((out.type == Type::StateEntered || out.type == Type::FailStateEntered) && out.state) {
            const Place &place = places[out.state->name];
            auto last = lastExited.find(place.machine);
            // A JSONata state's transitions are not compiled: nothing to check against.
            if (place.machine && !place.mapProcessor && last != lastExited.end() && last->second &&
                !last->second->jsonata) {
                const auto next = successors(*last->second);
                auto at = place.machine->index.find(out.state->name);
                if (at == place.machine->index.end() || !next.count(at->second)) {
                    r.problems << tr("%1: \"%2\" cannot follow \"%3\" in the definition")
                                      .arg(where, QString::fromStdString(out.state->name),
                                           QString::fromStdString(last->second->info->name));
                    continue;
                }
            }
        }
        if (out.type == Type::StateExited && out.state) {
            const Place &place = places[out.state->name];
            if (place.machine) {
                auto at = place.machine->index.find(out.state->name);
                if (at != place.machine->index.end())
                    lastExited[place.machine] = &place.machine->states[size_t(at->second)];
            }
        }

        // Recordings with the time masked ("timestamp") keep the previous event's time.
        if (e.contains("timestamp") && e["timestamp"].is_string())
            if (auto t = runtime::timestamp::parse(e["timestamp"].get<std::string>()))
                clock = *t;
        out.timestamp = clock;
        out.index = int(intOf(details, "index", -1));
        out.input = payload(details, "input");
        if (!out.input)
            out.input = payload(details, "parameters");
        out.output = payload(details, "output");
        if (details.contains("error") || details.contains("cause"))
            out.failure = std::make_shared<runtime::StatesError>(textOf(details, "error"),
                                                                 textOf(details, "cause"));
        stateOfId[out.id] = out.state;
        r.events.push_back(std::move(out));
    }
    if (r.events.empty() && r.problems.isEmpty())
        r.problems << tr("The history has no events.");
    return r;
}

} // namespace stepwise
