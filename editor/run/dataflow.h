#pragma once

#include "definition.h"
#include "historylog.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>
#include <vector>

namespace stepwise {

/// The data flow of one step of a run, for the history panel: what each of the state's fields
/// made of the data — InputPath, Parameters (Arguments), the result, ResultSelector, ResultPath,
/// OutputPath (Output) — recomputed from the state's compiled definition with the runtime's
/// public JSONPath and payload-template evaluators, starting from the input the history
/// recorded. The last stage compares the recomputed output with the recorded one. A stage that
/// cannot be recomputed (a JSONata state, a Map's collected results) shows what the history
/// recorded and says so.
class DataFlow
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::DataFlow)
public:
    struct Stage
    {
        QString name;  // "InputPath", "Parameters", "Result", ...
        QString field; // the field's text in the definition ("$.order"), or ""
        std::optional<runtime::Json> value;
        QString note; // why there is no value, or where it came from
    };

    /// The rows of the entry into and the exit from the step that event `row` belongs to
    /// (-1 when the history has none); the execution's own events for an execution event.
    struct Step
    {
        int entered = -1;
        int exited = -1;
    };
    static Step stepOf(const runtime::HistoryLog &events, int row);
    /// The step that history event `row` belongs to (from its state's entry to its exit).
    static QVector<Stage> compute(const runtime::Definition &definition,
                                  const runtime::HistoryLog &events, int row);
    /// The compiled state named `name` anywhere in the definition, or nullptr.
    static const runtime::CompiledState *find(const runtime::Definition &definition,
                                              const std::string &name);
};

} // namespace stepwise
