#include "objectlisteditor.h"

#include "fieldgroup.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace stepwise {

ObjectListEditor::ObjectListEditor(const QString &member, const QString &itemTitle,
                                   const OrderedJson &newItem, Builder builder, QWidget *parent)
    : QWidget(parent), m_member(member), m_itemTitle(itemTitle), m_newItem(newItem),
      m_builder(std::move(builder)), m_itemsLayout(new QVBoxLayout)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_itemsLayout->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_itemsLayout);
    auto *add = new QPushButton(tr("Add %1").arg(itemTitle), this);
    add->setObjectName(QStringLiteral("add") + member);
    outer->addWidget(add);
    connect(add, &QPushButton::clicked, this, &ObjectListEditor::addItem);
}

void ObjectListEditor::load(const FieldValue &array)
{
    const OrderedJson items = array && array->is_array() ? *array : OrderedJson::array();
    if (m_loaded && items == m_items)
        return;
    const bool sameShape = m_loaded && items.size() == m_items.size();
    m_items = items;
    m_loaded = true;
    if (!sameShape) {
        rebuild();
        return;
    }
    // Same number of items: update the fields in place, so the one being typed in keeps focus.
    for (int i = 0; i < m_groups.size(); ++i)
        m_groups[i]->load(m_items[size_t(i)]);
}

void ObjectListEditor::rebuild()
{
    qDeleteAll(m_groups);
    m_groups.clear();
    for (size_t i = 0; i < m_items.size(); ++i) {
        const int index = int(i);
        auto *g = new FieldGroup(tr("%1 %2").arg(m_itemTitle).arg(index + 1), this);
        m_builder(g);
        auto *buttons = new QWidget(g);
        auto *row = new QHBoxLayout(buttons);
        row->setContentsMargins(0, 0, 0, 0);
        auto button = [&](const QString &text, const QString &tip, auto slot) {
            auto *b = new QToolButton(buttons);
            b->setText(text);
            b->setToolTip(tip);
            row->addWidget(b);
            connect(b, &QToolButton::clicked, this, slot);
            return b;
        };
        button(QStringLiteral("\u2191"), tr("Move up"), [this, index] {
            moveItem(index, -1);
        })->setEnabled(index > 0);
        button(QStringLiteral("\u2193"), tr("Move down"), [this, index] {
            moveItem(index, 1);
        })->setEnabled(index + 1 < int(m_items.size()));
        button(QStringLiteral("\u2715"), tr("Remove"), [this, index] {
            removeItem(index);
        })->setObjectName(QStringLiteral("remove"));
        row->addStretch();
        g->addRow(buttons);
        for (const auto &[key, options] : std::as_const(m_comboOptions))
            if (auto *c = qobject_cast<ComboField *>(g->field(key)))
                c->setOptions(options);
        g->load(m_items[i]);
        connect(g, &FieldGroup::edited, this,
                [this, index](const QString &key, const FieldValue &value) {
                    if (index >= int(m_items.size()))
                        return;
                    OrderedJson &item = m_items[size_t(index)];
                    if (!item.is_object())
                        item = OrderedJson::object();
                    if (value)
                        item[key.toStdString()] = *value; // in place when present: order kept
                    else
                        item.erase(key.toStdString());
                    emitList(QStringLiteral("/%1/%2/%3").arg(m_member).arg(index).arg(key));
                });
        m_itemsLayout->addWidget(g);
        m_groups << g;
    }
}

void ObjectListEditor::setComboOptions(const QString &key,
                                       const QList<QPair<QString, QString>> &options)
{
    m_comboOptions.removeIf([&](const auto &p) { return p.first == key; });
    m_comboOptions.append({key, options});
    for (FieldGroup *g : std::as_const(m_groups))
        if (auto *c = qobject_cast<ComboField *>(g->field(key)))
            c->setOptions(options);
}

void ObjectListEditor::emitList(const QString &field)
{
    emit edited(m_member, m_items.empty() ? FieldValue() : FieldValue(m_items), field);
}

void ObjectListEditor::addItem()
{
    m_items.push_back(m_newItem);
    rebuild();
    emitList(QLatin1Char('/') + m_member);
}

void ObjectListEditor::removeItem(int index)
{
    if (index < 0 || index >= int(m_items.size()))
        return;
    m_items.erase(m_items.begin() + index);
    // Deleting the group whose button is being clicked must wait for the click to return.
    QMetaObject::invokeMethod(
        this, [this] { rebuild(); }, Qt::QueuedConnection);
    emitList(QLatin1Char('/') + m_member);
}

void ObjectListEditor::moveItem(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || to < 0 || index >= int(m_items.size()) || to >= int(m_items.size()))
        return;
    std::swap(m_items[size_t(index)], m_items[size_t(to)]);
    QMetaObject::invokeMethod(
        this, [this] { rebuild(); }, Qt::QueuedConnection);
    emitList(QLatin1Char('/') + m_member);
}

bool ObjectListEditor::focusField(const QString &pointer)
{
    // "/Retry/1/MaxAttempts"
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) != m_member)
        return false;
    bool ok = false;
    const int index = parts.value(1).toInt(&ok);
    FieldGroup *g = ok ? m_groups.value(index) : nullptr;
    if (!g)
        return false;
    FieldEditor *f = g->field(parts.value(2));
    if (!f && !g->fields().isEmpty())
        f = g->fields().first();
    if (f)
        f->focusEditor();
    return f != nullptr;
}

} // namespace stepwise
