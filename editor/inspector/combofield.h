#pragma once

#include "fieldeditor.h"

class QComboBox;

namespace stepwise {

/// A string chosen from a list (QueryLanguage, JitterStrategy, Next) or, when editable, typed
/// with the list as suggestions (Task Resource). The empty entry removes the member.
class ComboField : public FieldEditor
{
    Q_OBJECT
public:
    ComboField(const QString &key, bool editable, QWidget *parent = nullptr);

    /// Replaces the choices (value, shown text); keeps the current value.
    void setOptions(const QList<QPair<QString, QString>> &options);
    void setRequired(bool required) { m_required = required; }
    void focusEditor() override;
    QComboBox *comboBox() const { return m_combo; }

protected:
    void display(const FieldValue &value) override;

private:
    void onUserChange();
    QString currentValueText() const;

    QComboBox *m_combo;
    QList<QPair<QString, QString>> m_options;
    bool m_required = false;
    bool m_filling = false;
};

} // namespace stepwise
