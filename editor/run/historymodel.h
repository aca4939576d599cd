#pragma once

#include "historylog.h"

#include <QAbstractTableModel>

#include <vector>

namespace stepwise {

class RunController;

/// The execution's history events as a table (id, type, state, virtual time, elapsed, detail),
/// named as AWS's GetExecutionHistory names them. It keeps the furthest history of the current
/// branch: after a step back the later events stay, shown as the future, so clicking one goes
/// forward again; an answer given at an earlier moment replaces them with the new branch. Rows
/// arrive in the controller's coalesced batches, so a long run costs one insert per update.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, TypeColumn, StateColumn, TimeColumn, ElapsedColumn, DetailColumn };
    static constexpr int columns = 6;
    enum Role { TypeNameRole = Qt::UserRole + 1, StateNameRole, PastRole };

    explicit HistoryModel(RunController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const runtime::HistoryEvent &event(int row) const { return m_events[size_t(row)]; }
    const runtime::HistoryLog &events() const { return m_events; }
    /// Events that have happened at the moment shown; rows from here on are the future.
    int current() const { return m_current; }
    /// The history as GetExecutionHistory returns it: `{"events": [...]}` (the whole branch).
    runtime::Json toJson() const;

signals:
    /// A type name or state name appeared that the filters have not offered yet.
    void namesAdded(const QStringList &types, const QStringList &states);
    void currentChanged(int events);

private:
    void follow(int from);
    void truncate(int rows);
    void setCurrent(int events);

    RunController *m_controller;
    runtime::HistoryLog m_events;
    int m_current = 0;
    QSet<QString> m_types, m_states;
};

} // namespace stepwise
