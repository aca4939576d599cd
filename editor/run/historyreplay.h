#pragma once

#include "definition.h"
#include "historylog.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

namespace stepwise {

/// Reads an execution history exported from AWS — `aws stepfunctions get-execution-history`
/// output or the console's JSON export, `{"events": [...]}` or a bare array — as runtime
/// history events on a definition, so the run view can replay it event by event. Each event
/// is checked against the definition: its type must be one AWS writes, the state it names must
/// exist and be of the type the event says, and a state entered after another one in the same
/// machine must be one that state can go to. An event that does not fit is reported with its
/// id and left out, never guessed. Events without a state name (task, Parallel events) belong
/// to the state of the event their previousEventId names, as on AWS.
class HistoryReplay
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::HistoryReplay)
public:
    struct Result
    {
        runtime::HistoryLog events;
        /// One line per event that does not fit ("event 7: …"), or why the file cannot be read.
        QStringList problems;
        bool readable = false; // the JSON has an events list at all
    };
    /// `documentHas` answers whether the document has a state of that name that the compiled
    /// definition lacks (a JSONata machine's states are compiled only when they run).
    static Result read(const QByteArray &json, const runtime::Definition &definition,
                       const std::function<bool(const std::string &)> &documentHas = {});
};

} // namespace stepwise
