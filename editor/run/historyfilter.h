#pragma once

#include <QSortFilterProxyModel>

namespace stepwise {

/// The history table's filters: one event type, one state and a search text (matched against
/// id, type, state and detail, case-insensitively). Empty means "any".
class HistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setType(const QString &type);
    void setState(const QString &state);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_type, m_state, m_search;
};

} // namespace stepwise
