#include "flowgrid.h"

#include "layoutengine.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace stepwise {

FlowGrid::FlowGrid(const WorkflowData &doc, const FlowRanking &ranking)
{
    // Sources that the ranking pulled right, next to what they feed, are placed last: the flow
    // keeps its cells and such a source stacks under whatever stands where it wanted to go.
    // Incoming edges of every node, gathered once: asking the document node by node scans all
    // edges each time (quadratic: seconds for 2,000 states).
    QHash<Id, QVector<Id>> incoming;
    for (const Edge &e : doc.edges)
        incoming[e.to].append(e.id);
    QSet<Id> pulled;
    for (const Node &n : doc.nodes) {
        bool hasInput = false;
        for (Id eid : incoming.value(n.id))
            hasInput = hasInput || (!ranking.isBackEdge(eid) && doc.edge(eid)->from != n.id);
        if (!hasInput && ranking.column(n.id) > 0)
            pulled.insert(n.id);
    }
    QVector<Id> order;
    QSet<Id> ordered;
    for (Id id : ranking.order())
        if (!pulled.contains(id)) {
            order.append(id);
            ordered.insert(id);
        }
    for (const Node &n : doc.nodes)
        if (!ordered.contains(n.id) && !pulled.contains(n.id))
            order.append(n.id);
    for (Id id : ranking.order())
        if (pulled.contains(id))
            order.append(id);

    QHash<Id, QSet<QPair<int, int>>> taken; // lane -> (column, row)
    for (Id id : order) {
        const Node *n = doc.node(id);
        const Id lane = LayoutEngine::laneOf(doc, *n);
        int column = ranking.column(id);
        int dropRow = -1, flowRow = INT_MAX;
        for (Id eid : incoming.value(id)) {
            const Edge *e = doc.edge(eid);
            const Node *src = e ? doc.node(e->from) : nullptr;
            if (!src || ranking.isBackEdge(eid) || !m_columns.contains(src->id) || src->id == id)
                continue;
            const int step = FlowRanking::step(*e);
            column = std::max(column, m_columns.value(src->id) + step);
            if (LayoutEngine::laneOf(doc, *src) != lane)
                continue;
            const int srcRow = m_rows.value(src->id);
            if (step == 0 && m_columns.value(src->id) == column)
                dropRow = std::max(dropRow, e->fromSide == Side::Bottom ? srcRow + 1 : srcRow);
            else if (step != 0)
                flowRow = std::min(flowRow, srcRow);
        }
        QSet<QPair<int, int>> &cells = taken[lane];
        int row = 0;
        if (dropRow >= 0 || pulled.contains(id)) {
            // A branch dropping below its source stays in its column, on the next free row.
            row = std::max(dropRow, 0);
            while (cells.contains({column, row}))
                ++row;
        } else {
            row = flowRow == INT_MAX ? 0 : flowRow;
            while (cells.contains({column, row}))
                ++column;
        }
        cells.insert({column, row});
        m_columns.insert(id, column);
        m_rows.insert(id, row);
        m_columnCount = std::max(m_columnCount, column + 1);
    }
}

} // namespace stepwise
