#include "historymodel.h"

#include "runcontroller.h"
#include "timestamp.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QPalette>

namespace stepwise {

using runtime::HistoryEvent;
using runtime::HistoryLog;

namespace {

bool sameJson(const runtime::JsonPtr &a, const runtime::JsonPtr &b)
{
    if (a == b)
        return true;
    return a && b && *a == *b;
}

// Two events are the same moment of the same run when everything a user sees of them agrees:
// a different callback answer or choice at an earlier moment makes a different branch.
bool sameEvent(const HistoryEvent &a, const HistoryEvent &b)
{
    return a.id == b.id && a.type == b.type && a.state == b.state && a.timestamp == b.timestamp &&
           a.sameIteration(b) && sameJson(a.input, b.input) && sameJson(a.output, b.output) &&
           a.error() == b.error() && a.cause() == b.cause();
}

} // namespace

HistoryModel::HistoryModel(RunController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    connect(controller, &RunController::historyAppended, this,
            [this](int from, int) { follow(from); });
    connect(controller, &RunController::historyReset, this, [this] { follow(0); });
    connect(controller, &RunController::eventIndexChanged, this, &HistoryModel::setCurrent);
    follow(0);
}

void HistoryModel::follow(int from)
{
    const HistoryLog &h = m_controller->history();
    const int n = int(h.size());
    if (!m_controller->isOpen()) {
        truncate(0);
        return setCurrent(0);
    }
    // The events the controller has announced are kept while they match what is already
    // listed (a step back or forward along the same branch); the first that differs starts a
    // new branch and everything after it goes.
    int k = std::min(from, int(m_events.size()));
    while (k < n && k < int(m_events.size()) && sameEvent(m_events[size_t(k)], h[size_t(k)]))
        ++k;
    if (k < n) {
        truncate(k);
        QStringList types, states;
        beginInsertRows({}, k, n - 1);
        for (int i = k; i < n; ++i) {
            m_events.push_back(h[size_t(i)]);
            const QString type = QString::fromStdString(h[size_t(i)].typeName());
            if (!m_types.contains(type)) {
                m_types.insert(type);
                types << type;
            }
            const QString state = QString::fromStdString(h[size_t(i)].stateName());
            if (!state.isEmpty() && !m_states.contains(state)) {
                m_states.insert(state);
                states << state;
            }
        }
        endInsertRows();
        if (!types.isEmpty() || !states.isEmpty())
            emit namesAdded(types, states);
    }
    setCurrent(std::min(n, m_controller->eventIndex()));
}

void HistoryModel::truncate(int rows)
{
    if (rows >= int(m_events.size()))
        return;
    beginRemoveRows({}, rows, int(m_events.size()) - 1);
    m_events.truncate(size_t(rows));
    endRemoveRows();
    if (rows == 0) {
        m_types.clear();
        m_states.clear();
    }
}

void HistoryModel::setCurrent(int events)
{
    if (events == m_current)
        return;
    const int lo = std::min(events, m_current), hi = std::max(events, m_current);
    m_current = events;
    // The rows between the two moments change from past to future or back (and the bold one).
    const int last = std::min(hi, rowCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(std::max(0, lo - 1), 0), index(std::max(0, last), columns - 1));
    emit currentChanged(events);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const HistoryEvent &e = m_events[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return qlonglong(e.id);
        case TypeColumn:
            return QString::fromStdString(e.typeName());
        case StateColumn:
            return QString::fromStdString(e.stateName());
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timestamp, Qt::UTC)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case ElapsedColumn:
            return tr("%1 s").arg(double(e.timestamp - m_events.front().timestamp) / 1000.0, 0, 'f',
                                  3);
        case DetailColumn:
            if (!e.error().empty())
                return QString::fromStdString(e.error() + (e.cause().empty() ? "" : ": ") +
                                              e.cause().substr(0, 120));
            if (e.index >= 0)
                return tr("index %1").arg(e.index);
            return {};
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QString::fromStdString(runtime::timestamp::format(e.timestamp));
        if (!e.cause().empty())
            return QString::fromStdString(e.cause());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == ElapsedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.row() >= m_current) // the future of a stepped-back run
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.row() == m_current - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case TypeNameRole:
        return QString::fromStdString(e.typeName());
    case StateNameRole:
        return QString::fromStdString(e.stateName());
    case PastRole:
        return index.row() < m_current;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case TimeColumn:
        return tr("Time (UTC)");
    case ElapsedColumn:
        return tr("Elapsed");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

runtime::Json HistoryModel::toJson() const
{
    runtime::Json events = runtime::Json::array();
    for (const HistoryEvent &e : m_events)
        events.push_back(e.toJson());
    runtime::Json out = runtime::Json::object();
    out["events"] = std::move(events);
    return out;
}

} // namespace stepwise
