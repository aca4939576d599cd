#include "selectionmodel.h"

namespace stepwise {

SelectionModel::SelectionModel(QObject *parent) : QObject(parent) {}

void SelectionModel::select(const QVector<Id> &ids, Id current)
{
    QVector<Id> unique;
    unique.reserve(ids.size());
    for (Id id : ids)
        if (id != NoId && !unique.contains(id))
            unique.append(id);
    if (current == NoId || !unique.contains(current))
        current = unique.isEmpty() ? NoId : unique.last();
    if (unique == m_ids && current == m_current)
        return;
    m_ids = std::move(unique);
    m_current = current;
    emit selectionChanged();
}

void SelectionModel::forget(Id id)
{
    if (!m_ids.contains(id))
        return;
    QVector<Id> rest = m_ids;
    rest.removeAll(id);
    select(rest, m_current == id ? NoId : m_current);
}

void SelectionModel::requestFocus(Id id, const QString &field)
{
    select({id}, id);
    emit focusRequested(id, field);
}

} // namespace stepwise
