#include "historyevent.h"

#include "timestamp.h"

namespace stepwise::runtime {

std::string HistoryEvent::typeName() const
{
    switch (type) {
    case Type::ExecutionStarted:
        return "ExecutionStarted";
    case Type::ExecutionSucceeded:
        return "ExecutionSucceeded";
    case Type::ExecutionFailed:
        return "ExecutionFailed";
    case Type::ExecutionAborted:
        return "ExecutionAborted";
    case Type::ExecutionTimedOut:
        return "ExecutionTimedOut";
    case Type::StateEntered:
        return (state ? state->type : std::string()) + "StateEntered";
    case Type::StateExited:
        return (state ? state->type : std::string()) + "StateExited";
    case Type::FailStateEntered:
        return "FailStateEntered";
    case Type::TaskScheduled:
        return "TaskScheduled";
    case Type::TaskStarted:
        return "TaskStarted";
    case Type::TaskSubmitted:
        return "TaskSubmitted";
    case Type::TaskSucceeded:
        return "TaskSucceeded";
    case Type::TaskFailed:
        return "TaskFailed";
    case Type::TaskTimedOut:
        return "TaskTimedOut";
    case Type::ParallelStateStarted:
        return "ParallelStateStarted";
    case Type::ParallelStateSucceeded:
        return "ParallelStateSucceeded";
    case Type::ParallelStateFailed:
        return "ParallelStateFailed";
    case Type::MapStateStarted:
        return "MapStateStarted";
    case Type::MapStateSucceeded:
        return "MapStateSucceeded";
    case Type::MapStateFailed:
        return "MapStateFailed";
    case Type::MapIterationStarted:
        return "MapIterationStarted";
    case Type::MapIterationSucceeded:
        return "MapIterationSucceeded";
    case Type::MapIterationFailed:
        return "MapIterationFailed";
    case Type::WaitStateAborted:
        return "WaitStateAborted";
    case Type::TaskHeartbeat:
        return "TaskHeartbeat";
    case Type::MapRunStarted:
        return "MapRunStarted";
    case Type::MapRunSucceeded:
        return "MapRunSucceeded";
    case Type::MapRunFailed:
        return "MapRunFailed";
    case Type::MapIterationAborted:
        return "MapIterationAborted";
    case Type::EvaluationFailed:
        return "EvaluationFailed";
    }
    return "Unknown";
}

bool HistoryEvent::sameIteration(const HistoryEvent &other) const
{
    if (index != other.index)
        return false;
    if (outerIndices == other.outerIndices)
        return true;
    const bool none = !outerIndices || outerIndices->empty();
    const bool otherNone = !other.outerIndices || other.outerIndices->empty();
    if (none || otherNone)
        return none && otherNone;
    return *outerIndices == *other.outerIndices;
}

const std::string &HistoryEvent::error() const
{
    static const std::string none;
    return failure ? failure->error : none;
}

const std::string &HistoryEvent::cause() const
{
    static const std::string none;
    return failure ? failure->cause : none;
}

const std::string &HistoryEvent::stateName() const
{
    static const std::string none;
    return state ? state->name : none;
}

Json HistoryEvent::toJson() const
{
    Json e = Json::object();
    e["id"] = id;
    e["previousEventId"] = previousEventId;
    e["timestamp"] = timestamp::format(timestamp);
    std::string name = typeName();
    e["type"] = name;
    Json details = Json::object();
    std::string key;
    switch (type) {
    case Type::StateEntered:
    case Type::FailStateEntered:
        key = "stateEnteredEventDetails";
        details["name"] = stateName();
        if (input)
            details["input"] = json_util::dump(*input);
        break;
    case Type::StateExited:
        key = "stateExitedEventDetails";
        details["name"] = stateName();
        if (output)
            details["output"] = json_util::dump(*output);
        break;
    case Type::EvaluationFailed:
        key = "evaluationFailedEventDetails";
        details["error"] = error();
        details["cause"] = cause();
        if (output && output->is_string() && !output->get_ref<const std::string &>().empty())
            details["location"] = *output;
        details["state"] = stateName();
        break;
    case Type::MapIterationStarted:
    case Type::MapIterationSucceeded:
    case Type::MapIterationFailed:
    case Type::MapIterationAborted:
        key = name.substr(0, 1) == "M" ? "mapIteration" + name.substr(12) + "EventDetails" : "";
        details["name"] = stateName();
        details["index"] = index;
        break;
    default: {
        key = name;
        key[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(key[0])));
        key += "EventDetails";
        if (type == Type::TaskScheduled && input)
            details["parameters"] = json_util::dump(*input);
        else if (type == Type::ExecutionStarted && input)
            details["input"] = json_util::dump(*input);
        else if (output)
            details["output"] = json_util::dump(*output);
        if (type == Type::MapStateStarted && output && output->is_array())
            details = Json{{"length", output->size()}};
        if (type == Type::MapRunStarted && output && output->is_string())
            details = Json{{"mapRunArn", *output}}; // the run's ARN rides in `output`
        if (failure || type == Type::ExecutionFailed || type == Type::TaskFailed ||
            type == Type::TaskTimedOut) {
            details["error"] = error();
            details["cause"] = cause();
        }
        break;
    }
    }
    if (state)
        e["statePath"] = state->path;
    if (!details.empty())
        e[key] = std::move(details);
    return e;
}

} // namespace stepwise::runtime
