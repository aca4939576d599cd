#pragma once

#include "combofield.h"
#include "jsonfield.h"
#include "linefield.h"

#include <QGroupBox>

class QFormLayout;

namespace stepwise {

/// A titled group of fields over the members of one JSON object: load() shows the object,
/// edited() names the member and its new valid value. The forms are built from these.
class FieldGroup : public QGroupBox
{
    Q_OBJECT
public:
    explicit FieldGroup(const QString &title, QWidget *parent = nullptr);

    LineField *addLine(const QString &label, const QString &key, LineField::Kind kind,
                       const QString &placeholder = {});
    ComboField *addCombo(const QString &label, const QString &key, bool editable,
                         const QList<QPair<QString, QString>> &options);
    JsonField *addJson(const QString &label, const QString &key);
    /// A row the group does not bind (a button, a list editor).
    void addRow(const QString &label, QWidget *widget);
    void addRow(QWidget *widget);

    void load(const OrderedJson &object);
    FieldEditor *field(const QString &key) const;
    const QList<FieldEditor *> &fields() const { return m_fields; }
    /// Shows or hides the row of `key` (fields that do not apply to a state type).
    void setFieldVisible(const QString &key, bool visible);

signals:
    void edited(const QString &key, const stepwise::FieldValue &value);

private:
    void bind(const QString &label, FieldEditor *field);

    QFormLayout *m_form;
    QList<FieldEditor *> m_fields;
};

} // namespace stepwise
