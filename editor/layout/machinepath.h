#pragma once

#include "workflowdata.h"

#include <QPair>
#include <QVector>

namespace stepwise {

/// Addresses a nested machine: the chain of (container node id, index in its subMachines)
/// from the top-level document down; empty means the document itself. Ids are unique only
/// inside one machine, so a nested node or edge is named by its machine's path plus its own
/// id. Items keep such a path, never a pointer, and look the data up again when they paint.
class MachinePath
{
public:
    MachinePath() = default;

    bool isRoot() const { return m_steps.isEmpty(); }
    int depth() const { return int(m_steps.size()); }
    /// (container node id, branch index) from the top down.
    const QVector<QPair<Id, int>> &steps() const { return m_steps; }
    /// The path of branch `index` of container `node` inside this machine.
    MachinePath child(Id node, int index) const;
    /// The machine this path names inside `root`, or nullptr when the document no longer has it.
    const WorkflowData *resolve(const WorkflowData &root) const;

    bool operator==(const MachinePath &o) const { return m_steps == o.m_steps; }

private:
    QVector<QPair<Id, int>> m_steps;
};

} // namespace stepwise
