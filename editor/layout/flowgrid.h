#pragma once

#include "flowranking.h"

#include <QHash>
#include <QSet>

namespace stepwise {

/// Cells of the layout grid: every node gets a column (shared by all lanes) and a sub-row in
/// its lane. A node dropped into from above by an edge of its own lane stacks under its source
/// in the same column; any other node that finds its cell taken moves right, and everything
/// after it in the flow follows, so order within a lane always follows the flow.
class FlowGrid
{
public:
    FlowGrid(const WorkflowData &doc, const FlowRanking &ranking);

    int column(Id node) const { return m_columns.value(node); }
    int row(Id node) const { return m_rows.value(node); }
    int columnCount() const { return m_columnCount; }

private:
    QHash<Id, int> m_columns;
    QHash<Id, int> m_rows;
    int m_columnCount = 0;
};

} // namespace stepwise
