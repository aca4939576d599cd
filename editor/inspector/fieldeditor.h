#pragma once

#include "workflowdata.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace stepwise {

/// A value the forms edit: a JSON value, or nothing when the field is absent from the object.
using FieldValue = std::optional<OrderedJson>;

/// Base of the inspector's field widgets: an editor and, below it, the reason the current input
/// is refused. A field emits edited() only with a valid value, so an invalid one is shown but
/// never stored; and setValue() leaves the text alone when it already says that value, so a
/// document change caused by the user's own typing never moves the cursor.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FieldEditor(const QString &key, QWidget *parent = nullptr);

    /// The member of the object this field edits ("TimeoutSeconds").
    QString key() const { return m_key; }
    void setValue(const FieldValue &value);
    /// Forgets what the field showed, so the next setValue() shows its value even if equal
    /// (the form moved to another entity: a refused input of the last one must not stay).
    void forget();
    FieldValue value() const { return m_loaded; }
    /// The reason the text is refused, empty when it is valid.
    QString error() const { return m_error; }
    virtual void focusEditor() = 0;
    /// An extra rule the value must follow (a unique name...): returns the reason it is refused.
    void setCheck(std::function<QString(const OrderedJson &)> check) { m_check = std::move(check); }
    /// Marks the input as refused (also used when the document refuses an edit).
    void setError(const QString &problem);

signals:
    void edited(const QString &key, const stepwise::FieldValue &value);

protected:
    /// Puts the editor's own widget in place (called once by subclasses).
    void setEditor(QWidget *editor);
    /// Shows the value's text in the editor.
    virtual void display(const FieldValue &value) = 0;
    /// Subclasses call this whenever the user changed the text: a valid value is kept and
    /// emitted, an invalid one (`problem` not empty) is marked.
    void userInput(const FieldValue &value, const QString &problem);

private:
    QString m_key;
    FieldValue m_loaded;
    bool m_forgotten = true;
    QString m_error;
    std::function<QString(const OrderedJson &)> m_check;
    QLabel *m_errorLabel;
    QVBoxLayout *m_layout;
};

} // namespace stepwise
