#pragma once

#include "runentity.h"

#include <QHash>
#include <QString>

#include <string>

namespace stepwise {

/// The one place where the runtime's state paths meet document entities. An ASL state is found
/// by its name (unique across the whole definition, nested machines included); a graph-mode
/// state by the FlowZap id its path starts with ("n8", "n8/choice"). Built once per run from
/// the document as it was when the run started (the document is read-only while it runs).
class RunEntityMap
{
public:
    RunEntityMap() = default;
    RunEntityMap(const WorkflowData &doc, bool graph);

    /// The node of a runtime state; invalid when the document has none (a synthetic state).
    RunEntity nodeOf(const std::string &stateName, const std::string &statePath) const;
    /// The document has a node for this ASL state name (or FlowZap id in graph mode).
    bool has(const QString &key) const { return m_byName.contains(key); }
    /// The first edge drawn from `from` to `to` in their machine; invalid when there is none.
    RunEntity edgeBetween(const RunEntity &from, const RunEntity &to) const;

private:
    void index(const WorkflowData &machine, const QVector<QPair<Id, int>> &container);

    bool m_graph = false;
    QHash<QString, RunEntity> m_byName; // ASL state name, or FlowZap id in graph mode
    QHash<QPair<RunEntity, RunEntity>, RunEntity> m_edges;
};

} // namespace stepwise
