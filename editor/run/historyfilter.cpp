#include "historyfilter.h"

#include "historymodel.h"

namespace stepwise {

void HistoryFilter::setType(const QString &type)
{
    m_type = type;
    invalidate(); // one layout change: a filter per row range would signal thousands of removals
}

void HistoryFilter::setState(const QString &state)
{
    m_state = state;
    invalidate(); // one layout change: a filter per row range would signal thousands of removals
}

void HistoryFilter::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidate(); // one layout change: a filter per row range would signal thousands of removals
}

bool HistoryFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QAbstractItemModel *m = sourceModel();
    auto text = [&](int column, int role = Qt::DisplayRole) {
        return m->index(row, column, parent).data(role).toString();
    };
    if (!m_type.isEmpty() && text(0, HistoryModel::TypeNameRole) != m_type)
        return false;
    if (!m_state.isEmpty() && text(0, HistoryModel::StateNameRole) != m_state)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c : {HistoryModel::IdColumn, HistoryModel::TypeColumn, HistoryModel::StateColumn,
                  HistoryModel::DetailColumn})
        if (text(c).contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace stepwise
