#pragma once

#include "workflowdata.h"

namespace stepwise {

/// FlowZap Code holds no ASL. When the code view applies edited FlowZap text to a document
/// that has ASL states, the states the text still names (by FlowZap id) keep their ASL state,
/// nested machines and hand-set position, and the definition keeps its top-level fields.
class AslCarryOver
{
public:
    static WorkflowData apply(WorkflowData read, const WorkflowData &before);
};

} // namespace stepwise
