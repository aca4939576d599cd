#pragma once

#include "fieldeditor.h"

class QPlainTextEdit;

namespace stepwise {

/// A JSON editor for a payload (Parameters, Arguments, ResultSelector, Result, ItemSelector,
/// Output, Assign): a syntax error is underlined where it is and named with its line:col, and
/// the member keeps its last valid value. An empty editor removes the member.
class JsonField : public FieldEditor
{
    Q_OBJECT
public:
    explicit JsonField(const QString &key, QWidget *parent = nullptr);

    void focusEditor() override;
    QPlainTextEdit *textEdit() const { return m_edit; }
    /// Line and column (1-based) of the current syntax error, 0 when there is none.
    int errorLine() const { return m_errorLine; }
    int errorColumn() const { return m_errorColumn; }
    /// When set, the value must be a JSON object (payload templates are objects).
    void setObjectOnly(bool only) { m_objectOnly = only; }
    /// When set, a JSONata expression `{% ... %}` may stand for the whole value (Items,
    /// Arguments, Output of a JSONata state); it is typed and shown without JSON quotes.
    void setExpressionAllowed(bool allowed) { m_expressions = allowed; }

protected:
    void display(const FieldValue &value) override;

private:
    void onTextChanged();
    void markError(int line, int column);

    QPlainTextEdit *m_edit;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    bool m_objectOnly = false;
    bool m_expressions = false;
    bool m_filling = false;
};

} // namespace stepwise
