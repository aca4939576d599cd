#pragma once

#include "fieldeditor.h"

#include <QCoreApplication>

class QLineEdit;

namespace stepwise {

/// A one-line field: text, a whole number, a number, a JSONPath of one of ASL's kinds, a list of
/// names separated by commas, or any JSON value. An empty field removes the member.
class LineField : public FieldEditor
{
    Q_OBJECT
public:
    enum class Kind {
        Text,          // any string, kept as typed
        RequiredText,  // a string that may not be empty
        Integer,       // a whole number >= minimum
        Number,        // a number >= minimum
        Path,          // a JSONPath (InputPath, OutputPath)
        ReferencePath, // no filters or wildcards (ItemsPath, Variable, ...Path)
        ResultPath,    // ResultPath
        StringList,    // ErrorEquals: "States.Timeout, States.TaskFailed"
        Json           // any JSON value on one line: 3, "a", [1,2], {"k":1}
    };
    LineField(const QString &key, Kind kind, QWidget *parent = nullptr);

    void setMinimum(double minimum) { m_minimum = minimum; }
    /// Also accepts a JSONata expression `{% ... %}` (a JSONata state's TimeoutSeconds,
    /// Seconds, MaxConcurrency...), stored as the string it is.
    void setExpressionAllowed(bool allowed) { m_expressions = allowed; }
    /// Whether `text` is written as a JSONata expression (`{%` ... `%}`).
    static bool isExpression(const QString &text);
    void setPlaceholder(const QString &text);
    void focusEditor() override;
    QLineEdit *lineEdit() const { return m_edit; }

    /// The value `text` stands for in `kind`, or the reason it is refused.
    static FieldValue parse(const QString &text, Kind kind, double minimum, QString *problem);

protected:
    void display(const FieldValue &value) override;

private:
    void onTextEdited(const QString &text);

    Kind m_kind;
    double m_minimum = 0;
    bool m_expressions = false;
    QLineEdit *m_edit;
};

} // namespace stepwise
