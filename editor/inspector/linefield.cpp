#include "linefield.h"

#include "asl/aslpathsyntax.h"

#include <QLineEdit>

#include <cmath>

namespace stepwise {

LineField::LineField(const QString &key, Kind kind, QWidget *parent)
    : FieldEditor(key, parent), m_kind(kind), m_edit(new QLineEdit(this))
{
    m_edit->setObjectName(key);
    setEditor(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &LineField::onTextEdited);
}

void LineField::setPlaceholder(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void LineField::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

static QString pathProblem(const QString &text, AslPathSyntax::Context context)
{
    switch (AslPathSyntax::check(text.toStdString(), context)) {
    case AslPathSyntax::Verdict::Valid:
        return {};
    case AslPathSyntax::Verdict::SyntaxError:
        return LineField::tr("Not a valid JSONPath (it starts with $ and names fields).");
    case AslPathSyntax::Verdict::HasFunctions:
        return LineField::tr("Intrinsic functions are only allowed in payload templates.");
    case AslPathSyntax::Verdict::NotReferencePath:
        return LineField::tr("A reference path may not use filters, wildcards or slices.");
    case AslPathSyntax::Verdict::HasVariable:
        return LineField::tr("ResultPath may not name a variable.");
    }
    return {};
}

FieldValue LineField::parse(const QString &text, Kind kind, double minimum, QString *problem)
{
    const QString t = text.trimmed();
    problem->clear();
    if (t.isEmpty()) {
        if (kind == Kind::RequiredText)
            *problem = tr("This field may not be empty.");
        return std::nullopt;
    }
    switch (kind) {
    case Kind::Text:
    case Kind::RequiredText:
        return OrderedJson(text.toStdString());
    case Kind::Integer: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok)
            *problem = tr("Enter a whole number.");
        else if (double(v) < minimum)
            *problem = tr("Enter a whole number of at least %1.").arg(minimum);
        return ok ? FieldValue(OrderedJson(v)) : std::nullopt;
    }
    case Kind::Number: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            *problem = tr("Enter a number.");
        else if (v < minimum)
            *problem = tr("Enter a number of at least %1.").arg(minimum);
        if (!ok)
            return std::nullopt;
        // 2 stays 2 in the file, not 2.0.
        if (v == std::floor(v) && std::abs(v) < 1e15)
            return OrderedJson(qlonglong(v));
        return OrderedJson(v);
    }
    case Kind::Path:
    case Kind::ReferencePath:
    case Kind::ResultPath:
        *problem =
            pathProblem(t, kind == Kind::Path         ? AslPathSyntax::Context::Path
                           : kind == Kind::ResultPath ? AslPathSyntax::Context::ResultPath
                                                      : AslPathSyntax::Context::ReferencePath);
        return OrderedJson(t.toStdString());
    case Kind::StringList: {
        OrderedJson list = OrderedJson::array();
        for (const QString &part : t.split(QLatin1Char(','))) {
            if (part.trimmed().isEmpty())
                *problem = tr("An empty name in the list: remove the extra comma.");
            list.push_back(part.trimmed().toStdString());
        }
        return list;
    }
    case Kind::Json: {
        const std::string utf8 = t.toStdString();
        OrderedJson v = OrderedJson::parse(utf8, nullptr, false);
        if (v.is_discarded()) {
            *problem = tr("Not valid JSON (strings need \"quotes\").");
            return std::nullopt;
        }
        return v;
    }
    }
    return std::nullopt;
}

bool LineField::isExpression(const QString &text)
{
    const QString t = text.trimmed();
    return t.size() >= 4 && t.startsWith(QLatin1String("{%")) && t.endsWith(QLatin1String("%}"));
}

void LineField::onTextEdited(const QString &text)
{
    QString problem;
    if (m_expressions && text.trimmed().startsWith(QLatin1String("{%"))) {
        if (!isExpression(text))
            problem = tr("A JSONata expression ends with %}.");
        userInput(problem.isEmpty() ? FieldValue(OrderedJson(text.trimmed().toStdString()))
                                    : std::nullopt,
                  problem);
        return;
    }
    const FieldValue v = parse(text, m_kind, m_minimum, &problem);
    userInput(v, problem);
}

void LineField::display(const FieldValue &value)
{
    QString text;
    if (value) {
        if (value->is_string() && m_kind != Kind::Json)
            text = QString::fromStdString(value->get<std::string>());
        else if (value->is_array() && m_kind == Kind::StringList) {
            QStringList parts;
            for (const OrderedJson &item : *value)
                parts << QString::fromStdString(item.is_string() ? item.get<std::string>()
                                                                 : item.dump());
            text = parts.join(QStringLiteral(", "));
        } else {
            text = QString::fromStdString(value->dump());
        }
    }
    m_edit->setText(text);
    // A long value shows its beginning, as a form does, not its end (QLineEdit leaves the
    // cursor after the text); not while the user is typing in it.
    if (!m_edit->hasFocus())
        m_edit->setCursorPosition(0);
}

} // namespace stepwise
