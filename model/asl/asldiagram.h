#pragma once

#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// Draws one ASL machine as a FlowZap-style diagram in the same document: a lane for the
/// machine, a start circle, an edge for every transition (Next, each Choice rule labelled with
/// a short form of its condition, Default, each Catch labelled with its errors) and an end
/// circle that `End: true` states lead to. The states' nodes must already be in `machine`.
class AslDiagram
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslDiagram)
public:
    static void build(WorkflowData &machine);
    /// `$.type == "Express"`, `$.n > 3 && $.ok == true`, ... at most about 50 characters.
    static QString conditionLabel(const OrderedJson &rule);
    static constexpr const char *laneKey = "StateMachine";
};

} // namespace stepwise
