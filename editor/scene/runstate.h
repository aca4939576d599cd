#pragma once

namespace stepwise {

/// How far an execution got with a node; the execution view colours nodes by it.
enum class RunState { Idle, Active, Done, Failed, Waiting };

} // namespace stepwise
