#include "aslcarryover.h"

namespace stepwise {

WorkflowData AslCarryOver::apply(WorkflowData read, const WorkflowData &before)
{
    QHash<QString, const Node *> old;
    for (const Node &n : before.nodes)
        if (!n.fzId.isEmpty())
            old.insert(n.fzId, &n);
    for (Node &n : read.nodes) {
        const Node *o = old.value(n.fzId);
        if (!o)
            continue;
        if (n.asl.isEmpty())
            n.asl = o->asl;
        if (n.subMachines.empty())
            n.subMachines = o->subMachines;
        if (!n.position)
            n.position = o->position;
    }
    if (read.aslTop.empty())
        read.aslTop = before.aslTop;
    return read;
}

} // namespace stepwise
