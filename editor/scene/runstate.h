#pragma once

class QColor;

namespace stepwise {

/// How far an execution got with a node; the execution view colours nodes by it. One value
/// per status the legend names (the values before Caught keep their meaning for old callers).
enum class RunState { Idle, Active, Done, Failed, Waiting, Caught, Retrying, Cancelled };

/// The colour of a run state on the canvas and in the legend: hues apart from each other, a
/// lighter shade on a dark canvas so that each stands out from its band in both themes.
QColor runStateColor(RunState state, bool dark);

} // namespace stepwise
