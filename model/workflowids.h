#pragma once

#include "workflowchange.h"
#include "workflowdata.h"

namespace stepwise {

/// The document-wide id space. Readers built nested machines with ids that restart at 1 (and
/// project files of version 1 kept them so); unify() renumbers every nested entity whose id is
/// already taken, from the root's counter, so that one id names one entity at any depth.
class WorkflowIds
{
public:
    static void unify(WorkflowData &root);
    /// Renumbers every entity of `machine` (nested ones included) from `root`'s counter.
    static void renumber(WorkflowData &machine, WorkflowData &root);
    /// The place a statement goes: `wanted` when it names an index, else after the last
    /// statement of its kind in `naturalLane` (after the last node for a first edge).
    static StatementPlace exactPlace(const WorkflowData &machine, Statement::Kind kind,
                                     StatementPlace wanted, Id naturalLane);
};

} // namespace stepwise
