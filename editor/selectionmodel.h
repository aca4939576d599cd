#pragma once

#include "workflowdata.h"

#include <QObject>
#include <QVector>

namespace stepwise {

/// The selection of one window, published by id so that the canvas, the inspector, the code
/// view and the problems list agree without knowing each other. Ids name lanes, nodes (at any
/// nesting depth), edges or loops of the window's document.
class SelectionModel : public QObject
{
    Q_OBJECT
public:
    explicit SelectionModel(QObject *parent = nullptr);

    const QVector<Id> &ids() const { return m_ids; }
    /// The entity the inspector shows: the last one picked, or NoId.
    Id current() const { return m_current; }
    bool contains(Id id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    /// Replaces the selection; emits selectionChanged() only when something differs.
    void select(const QVector<Id> &ids, Id current = NoId);
    void clear() { select({}); }
    /// Drops ids the document no longer has (after a delete or an undo).
    void forget(Id id);
    /// Asks the inspector to show `id` and put the cursor in `field` (a JSON pointer into the
    /// state or a form field name); the problems list uses it.
    void requestFocus(Id id, const QString &field);

signals:
    void selectionChanged();
    void focusRequested(stepwise::Id id, const QString &field);

private:
    QVector<Id> m_ids;
    Id m_current = NoId;
};

} // namespace stepwise
