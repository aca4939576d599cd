#include "runstatus.h"

#include <QCoreApplication>

namespace stepwise {

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Idle:
        return QCoreApplication::translate("stepwise::RunStatus", "not reached");
    case RunStatus::Running:
        return QCoreApplication::translate("stepwise::RunStatus", "running");
    case RunStatus::Succeeded:
        return QCoreApplication::translate("stepwise::RunStatus", "succeeded");
    case RunStatus::Failed:
        return QCoreApplication::translate("stepwise::RunStatus", "failed");
    case RunStatus::Caught:
        return QCoreApplication::translate("stepwise::RunStatus", "caught");
    case RunStatus::Retrying:
        return QCoreApplication::translate("stepwise::RunStatus", "retrying");
    case RunStatus::Cancelled:
        return QCoreApplication::translate("stepwise::RunStatus", "cancelled");
    case RunStatus::Waiting:
        return QCoreApplication::translate("stepwise::RunStatus", "waiting for a callback");
    }
    return {};
}

RunState toSceneState(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return RunState::Active;
    case RunStatus::Retrying:
        return RunState::Retrying;
    case RunStatus::Succeeded:
        return RunState::Done;
    case RunStatus::Caught:
        return RunState::Caught;
    case RunStatus::Failed:
        return RunState::Failed;
    case RunStatus::Waiting:
        return RunState::Waiting;
    case RunStatus::Cancelled:
        return RunState::Cancelled;
    case RunStatus::Idle:
        break;
    }
    return RunState::Idle;
}

} // namespace stepwise
