#include "machinepath.h"

namespace stepwise {

MachinePath MachinePath::child(Id node, int index) const
{
    MachinePath p = *this;
    p.m_steps.append(qMakePair(node, index));
    return p;
}

const WorkflowData *MachinePath::resolve(const WorkflowData &root) const
{
    const WorkflowData *m = &root;
    for (const auto &[node, index] : m_steps) {
        const Node *n = m->node(node);
        if (!n || index < 0 || index >= int(n->subMachines.size()))
            return nullptr;
        m = &n->subMachines[size_t(index)];
    }
    return m;
}

} // namespace stepwise
