#include "runentitymap.h"

namespace stepwise {

RunEntityMap::RunEntityMap(const WorkflowData &doc, bool graph) : m_graph(graph)
{
    index(doc, {});
}

void RunEntityMap::index(const WorkflowData &machine, const QVector<QPair<Id, int>> &container)
{
    for (const auto &n : machine.nodes) {
        const RunEntity e{container, n.id};
        const QString key = m_graph ? n.fzId : n.asl.name;
        if (!key.isEmpty() && !m_byName.contains(key))
            m_byName.insert(key, e);
        for (int i = 0; i < int(n.subMachines.size()); ++i) {
            auto inner = container;
            inner.append(qMakePair(n.id, i));
            index(n.subMachines[size_t(i)], inner);
        }
    }
    for (const auto &edge : machine.edges) {
        const auto key = qMakePair(RunEntity{container, edge.from}, RunEntity{container, edge.to});
        if (!m_edges.contains(key))
            m_edges.insert(key, RunEntity{container, edge.id});
    }
}

RunEntity RunEntityMap::nodeOf(const std::string &stateName, const std::string &statePath) const
{
    if (!m_graph)
        return m_byName.value(QString::fromStdString(stateName));
    // Graph mode: the path is the node's FlowZap id, with "/choice" or "/fork" for the
    // decision a taskbox takes after its callback.
    const std::string id = statePath.substr(0, statePath.find('/'));
    return m_byName.value(QString::fromStdString(id));
}

RunEntity RunEntityMap::edgeBetween(const RunEntity &from, const RunEntity &to) const
{
    return m_edges.value(qMakePair(from, to));
}

} // namespace stepwise
