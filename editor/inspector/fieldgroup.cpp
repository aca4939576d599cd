#include "fieldgroup.h"

#include <QFormLayout>

namespace stepwise {

FieldGroup::FieldGroup(const QString &title, QWidget *parent)
    : QGroupBox(title, parent), m_form(new QFormLayout(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void FieldGroup::bind(const QString &label, FieldEditor *field)
{
    m_fields << field;
    m_form->addRow(label, field);
    connect(field, &FieldEditor::edited, this, &FieldGroup::edited);
}

LineField *FieldGroup::addLine(const QString &label, const QString &key, LineField::Kind kind,
                               const QString &placeholder)
{
    auto *f = new LineField(key, kind, this);
    if (!placeholder.isEmpty())
        f->setPlaceholder(placeholder);
    bind(label, f);
    return f;
}

ComboField *FieldGroup::addCombo(const QString &label, const QString &key, bool editable,
                                 const QList<QPair<QString, QString>> &options)
{
    auto *f = new ComboField(key, editable, this);
    f->setOptions(options);
    bind(label, f);
    return f;
}

JsonField *FieldGroup::addJson(const QString &label, const QString &key)
{
    auto *f = new JsonField(key, this);
    bind(label, f);
    return f;
}

void FieldGroup::addRow(const QString &label, QWidget *widget)
{
    m_form->addRow(label, widget);
}

void FieldGroup::addRow(QWidget *widget)
{
    m_form->addRow(widget);
}

void FieldGroup::load(const OrderedJson &object)
{
    for (FieldEditor *f : std::as_const(m_fields)) {
        const std::string key = f->key().toStdString();
        auto it = object.is_object() ? object.find(key) : object.end();
        f->setValue(it != object.end() ? FieldValue(*it) : std::nullopt);
    }
}

FieldEditor *FieldGroup::field(const QString &key) const
{
    for (FieldEditor *f : m_fields)
        if (f->key() == key)
            return f;
    return nullptr;
}

void FieldGroup::setFieldVisible(const QString &key, bool visible)
{
    if (FieldEditor *f = field(key))
        m_form->setRowVisible(f, visible);
}

} // namespace stepwise
