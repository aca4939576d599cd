#pragma once

#include "scene/runstate.h"

#include <QString>

namespace stepwise {

/// What an execution did with a state, as the execution view colours it and the legend names
/// it; toSceneState() is the one place that maps it to the scene's RunState.
enum class RunStatus { Idle, Running, Succeeded, Failed, Caught, Retrying, Cancelled, Waiting };

/// Translated name for the legend and tooltips.
QString runStatusName(RunStatus status);
/// The scene's item hook: one RunState per status (Idle for not reached).
RunState toSceneState(RunStatus status);

} // namespace stepwise
