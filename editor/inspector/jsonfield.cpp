#include "jsonfield.h"

#include "asl/jsonpositionindex.h"
#include "linefield.h"

#include <QPlainTextEdit>
#include <QTextBlock>

namespace stepwise {

JsonField::JsonField(const QString &key, QWidget *parent)
    : FieldEditor(key, parent), m_edit(new QPlainTextEdit(this))
{
    m_edit->setObjectName(key);
    m_edit->setTabChangesFocus(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_edit->setFont(mono);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 6 + 12);
    setEditor(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &JsonField::onTextChanged);
}

void JsonField::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void JsonField::onTextChanged()
{
    if (m_filling)
        return;
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        markError(0, 0);
        userInput(std::nullopt, {});
        return;
    }
    if (m_expressions && text.trimmed().startsWith(QLatin1String("{%"))) {
        markError(0, 0);
        if (LineField::isExpression(text))
            userInput(OrderedJson(text.trimmed().toStdString()), {});
        else
            userInput(std::nullopt, LineField::tr("A JSONata expression ends with %}."));
        return;
    }
    const std::string utf8 = text.toStdString();
    try {
        OrderedJson v = OrderedJson::parse(utf8);
        if (m_objectOnly && !v.is_object()) {
            markError(0, 0);
            userInput(std::nullopt, tr("Enter a JSON object: { \"key\": value }."));
            return;
        }
        markError(0, 0);
        userInput(std::move(v), {});
    } catch (const OrderedJson::parse_error &e) {
        // nlohmann counts the byte after the error; the place is that of the offending byte.
        const size_t at = e.byte > 0 ? e.byte - 1 : 0;
        const JsonPositionIndex::Place p =
            JsonPositionIndex::placeOfOffset(utf8, std::min(at, utf8.size()));
        markError(p.line, p.column);
        QString what = QString::fromUtf8(e.what());
        const qsizetype colon = what.lastIndexOf(QStringLiteral(": "));
        if (colon >= 0)
            what = what.mid(colon + 2);
        userInput(std::nullopt,
                  tr("JSON syntax error at %1:%2: %3").arg(p.line).arg(p.column).arg(what));
    }
}

void JsonField::markError(int line, int column)
{
    m_errorLine = line;
    m_errorColumn = column;
    QList<QTextEdit::ExtraSelection> marks;
    if (line > 0) {
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(Qt::red);
        mark.format.setBackground(QColor(255, 0, 0, 40));
        QTextBlock block = m_edit->document()->findBlockByNumber(line - 1);
        QTextCursor c(block.isValid() ? block : m_edit->document()->lastBlock());
        const int col = std::max(0, column - 1);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                       std::min(col, std::max(0, c.block().length() - 2)));
        c.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor);
        if (!c.hasSelection()) // at the end of the text: mark the last character
            c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor);
        mark.cursor = c;
        marks << mark;
    }
    m_edit->setExtraSelections(marks);
}

void JsonField::display(const FieldValue &value)
{
    m_filling = true;
    markError(0, 0);
    QString text;
    if (value && m_expressions && value->is_string() &&
        LineField::isExpression(QString::fromStdString(value->get<std::string>())))
        text = QString::fromStdString(value->get<std::string>());
    else if (value)
        text = QString::fromStdString(value->dump(2));
    m_edit->setPlainText(text);
    m_filling = false;
}

} // namespace stepwise
