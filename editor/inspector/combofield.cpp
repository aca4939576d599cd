#include "combofield.h"

#include <QComboBox>
#include <QLineEdit>

namespace stepwise {

ComboField::ComboField(const QString &key, bool editable, QWidget *parent)
    : FieldEditor(key, parent), m_combo(new QComboBox(this))
{
    m_combo->setObjectName(key);
    m_combo->setEditable(editable);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    // A long option (a lane titled with a sentence) must not widen the whole form past the
    // dock: the box keeps a modest width and the popup shows the full texts.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(14);
    setEditor(m_combo);
    connect(m_combo, &QComboBox::activated, this, &ComboField::onUserChange);
    if (editable)
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, &ComboField::onUserChange);
}

void ComboField::setOptions(const QList<QPair<QString, QString>> &options)
{
    // Forms set the choices on every refresh; a long list of states is rebuilt only when it
    // changed, so typing elsewhere in the form stays cheap.
    if (options == m_options && m_combo->count() > 0)
        return;
    m_options = options;
    m_filling = true;
    const QString keep = currentValueText();
    m_combo->clear();
    m_combo->addItem(QString(), QString());
    for (const auto &[value, text] : options)
        m_combo->addItem(text.isEmpty() ? value : text, value);
    m_filling = false;
    display(value());
    if (m_combo->isEditable() && !keep.isEmpty())
        m_combo->setEditText(keep);
}

void ComboField::focusEditor()
{
    m_combo->setFocus(Qt::OtherFocusReason);
}

QString ComboField::currentValueText() const
{
    if (m_combo->isEditable()) {
        // A suggestion shows its description; the value is the item's data.
        const int i = m_combo->findText(m_combo->currentText());
        if (i >= 0)
            return m_combo->itemData(i).toString();
        return m_combo->currentText().trimmed();
    }
    return m_combo->currentData().toString();
}

void ComboField::onUserChange()
{
    if (m_filling)
        return;
    const QString v = currentValueText();
    if (v.isEmpty()) {
        userInput(std::nullopt, m_required ? tr("Choose a value.") : QString());
        return;
    }
    if (m_combo->isEditable() && m_combo->currentText() != v) {
        m_filling = true; // show the value itself, not the suggestion's description
        m_combo->setEditText(v);
        m_filling = false;
    }
    userInput(OrderedJson(v.toStdString()), {});
}

void ComboField::display(const FieldValue &value)
{
    m_filling = true;
    const QString text = value && value->is_string()
                             ? QString::fromStdString(value->get<std::string>())
                             : (value ? QString::fromStdString(value->dump()) : QString());
    const int i = m_combo->findData(text);
    if (i >= 0) {
        m_combo->setCurrentIndex(i);
        if (m_combo->isEditable())
            m_combo->setEditText(text);
    } else if (m_combo->isEditable()) {
        m_combo->setEditText(text);
    } else {
        // A value the list does not offer (a state that is gone) stays visible as it is.
        m_combo->addItem(text, text);
        m_combo->setCurrentIndex(m_combo->count() - 1);
    }
    m_filling = false;
}

} // namespace stepwise
