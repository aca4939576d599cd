#pragma once

#include "fieldeditor.h"

#include <QWidget>

#include <functional>

class QVBoxLayout;

namespace stepwise {

class FieldGroup;

/// An editable list of objects (Retry's retriers, Catch's catchers): one group of fields per
/// item, with buttons to add, remove and move items. Every change gives the whole new array;
/// `field` names the item member typed in ("/Retry/0/MaxAttempts"), or the list itself for
/// structural changes. Members an item's fields do not know are kept.
class ObjectListEditor : public QWidget
{
    Q_OBJECT
public:
    using Builder = std::function<void(FieldGroup *)>;
    ObjectListEditor(const QString &member, const QString &itemTitle, const OrderedJson &newItem,
                     Builder builder, QWidget *parent = nullptr);

    void load(const FieldValue &array);
    /// The next load() builds the items again (the form moved to another state).
    void forget() { m_loaded = false; }
    /// Sets the choices of every item's combo named `key` (Catch's Next).
    void setComboOptions(const QString &key, const QList<QPair<QString, QString>> &options);
    int count() const { return int(m_groups.size()); }
    FieldGroup *item(int index) const { return m_groups.value(index); }
    bool focusField(const QString &pointer);

signals:
    void edited(const QString &member, const stepwise::FieldValue &value, const QString &field);

private:
    void rebuild();
    void emitList(const QString &field);
    void addItem();
    void removeItem(int index);
    void moveItem(int index, int delta);

    QString m_member;
    QString m_itemTitle;
    OrderedJson m_newItem;
    Builder m_builder;
    OrderedJson m_items = OrderedJson::array();
    bool m_loaded = false;
    QList<FieldGroup *> m_groups;
    QVBoxLayout *m_itemsLayout;
    QList<QPair<QString, QList<QPair<QString, QString>>>> m_comboOptions;
};

} // namespace stepwise
