#pragma once

#include "workflowdata.h"

#include <QHash>
#include <QSet>

namespace stepwise {

/// Flow columns of a document: a longest-path ranking over the edges after removing the ones
/// that close a cycle (found by a depth-first search in declaration order). An edge between
/// two vertical handles (bottom -> top, top -> bottom) may keep its column, so a hop to another
/// lane or a branch dropping below stays under its source.
class FlowRanking
{
public:
    explicit FlowRanking(const WorkflowData &doc);

    int column(Id node) const { return m_columns.value(node); }
    bool isBackEdge(Id edge) const { return m_backEdges.contains(edge); }
    /// Nodes in an order where every forward edge goes from an earlier to a later node.
    const QVector<Id> &order() const { return m_order; }
    /// Column step an edge asks for: 0 between vertical handles, 1 otherwise.
    static int step(const Edge &edge);

private:
    void findBackEdges(const WorkflowData &doc);
    void rank(const WorkflowData &doc);

    QHash<Id, int> m_columns;
    QSet<Id> m_backEdges;
    QVector<Id> m_order;
};

} // namespace stepwise
