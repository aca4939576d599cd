#include "fieldeditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace stepwise {

FieldEditor::FieldEditor(const QString &key, QWidget *parent)
    : QWidget(parent), m_key(key), m_errorLabel(new QLabel(this)), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->setObjectName(QStringLiteral("fieldError"));
    m_errorLabel->hide();
    m_layout->addWidget(m_errorLabel);
}

void FieldEditor::setEditor(QWidget *editor)
{
    m_layout->insertWidget(0, editor);
    setFocusProxy(editor);
}

void FieldEditor::setValue(const FieldValue &value)
{
    if (value == m_loaded && !m_forgotten)
        return;
    m_forgotten = false;
    m_loaded = value;
    setError({});
    display(value);
}

void FieldEditor::forget()
{
    m_forgotten = true;
}

void FieldEditor::userInput(const FieldValue &value, const QString &problem)
{
    QString why = problem;
    if (why.isEmpty() && value && m_check)
        why = m_check(*value);
    setError(why);
    if (!why.isEmpty() || value == m_loaded)
        return;
    m_loaded = value;
    emit edited(m_key, value);
}

void FieldEditor::setError(const QString &problem)
{
    m_error = problem;
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    setToolTip(problem);
}

} // namespace stepwise
