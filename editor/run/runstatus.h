#pragma once

#include "scene/runstate.h"

#include <QString>

namespace stepwise {

/// What an execution did with a state, as the execution view colours it and the legend names
/// it. Richer than the scene's RunState; toSceneState() is the one place that narrows it.
enum class RunStatus { Idle, Running, Succeeded, Failed, Caught, Retrying, Cancelled, Waiting };

/// Translated name for the legend and tooltips.
QString runStatusName(RunStatus status);
/// The scene's item hook knows fewer states: caught counts as done (the run went on), retrying
/// as active, cancelled as idle.
RunState toSceneState(RunStatus status);

} // namespace stepwise
