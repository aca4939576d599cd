#include "breakpointpaths.h"

#include "workflow.h"

namespace stepwise::BreakpointPaths {

QString keyOf(const Node &node)
{
    // A plain diagram runs with its states named by their labels (see RunDefinition).
    if (!node.asl.name.isEmpty())
        return node.asl.name;
    return node.label.isEmpty() ? node.fzId : node.label;
}

OrderedJson pathOf(const WorkflowData &root, const MachinePath &machine, Id id)
{
    OrderedJson path = OrderedJson::array();
    const WorkflowData *at = &root;
    for (const auto &[container, branch] : machine.steps()) {
        const Node *c = at ? at->node(container) : nullptr;
        if (!c || branch < 0 || std::size_t(branch) >= c->subMachines.size())
            return nullptr;
        path.push_back(keyOf(*c).toStdString());
        path.push_back(std::size_t(branch)); // unsigned, as the reader reads it back
        at = &c->subMachines[std::size_t(branch)];
    }
    const Node *n = at ? at->node(id) : nullptr;
    if (!n)
        return nullptr;
    path.push_back(keyOf(*n).toStdString());
    return path;
}

OrderedJson pathOf(const Workflow &doc, Id id)
{
    // Up from the node's machine to the root, then down again as a MachinePath.
    QVector<QPair<Id, int>> up;
    std::optional<MachineRef> at = doc.machineOf(id);
    if (!at)
        return nullptr;
    while (!at->isRoot()) {
        up.prepend({at->container, at->branch});
        at = doc.machineOf(at->container);
        if (!at || up.size() > 64)
            return nullptr;
    }
    MachinePath machine;
    for (const auto &[container, branch] : up)
        machine = machine.child(container, branch);
    return pathOf(doc.data(), machine, id);
}

bool contains(const OrderedJson &paths, const OrderedJson &path)
{
    if (!paths.is_array() || path.is_null())
        return false;
    for (const OrderedJson &p : paths)
        if (p == path)
            return true;
    return false;
}

OrderedJson toggled(const OrderedJson &paths, const OrderedJson &path)
{
    OrderedJson out = OrderedJson::array();
    bool removed = false;
    if (paths.is_array())
        for (const OrderedJson &p : paths) {
            if (p == path)
                removed = true;
            else
                out.push_back(p);
        }
    if (!removed && !path.is_null())
        out.push_back(path);
    return out;
}

QStringList stateNames(const OrderedJson &paths)
{
    QStringList out;
    if (!paths.is_array())
        return out;
    for (const OrderedJson &p : paths)
        if (p.is_array() && !p.empty() && p.back().is_string())
            out << QString::fromStdString(p.back().get<std::string>());
    return out;
}

} // namespace stepwise::BreakpointPaths
