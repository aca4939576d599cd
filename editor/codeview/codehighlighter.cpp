#include "codehighlighter.h"

#include <QGuiApplication>
#include <QPalette>

namespace stepwise {

namespace {
QTextCharFormat colour(const QColor &c, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(c);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}
} // namespace

CodeHighlighter::CodeHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor key = dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b);
    const QColor string = dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15);
    const QColor number = dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58);
    const QColor keyword = dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff);
    const QColor comment = dark ? QColor(0x6a, 0x99, 0x55) : QColor(0x00, 0x80, 0x00);
    const QColor accent = dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0xaf, 0x00, 0xdb);
    switch (language) {
    case Language::Json:
        rule(QStringLiteral("-?\\b\\d+(\\.\\d+)?([eE][+-]?\\d+)?\\b"), colour(number));
        rule(QStringLiteral("\\b(true|false|null)\\b"), colour(keyword, true));
        rule(QStringLiteral("\"(\\\\.|[^\"\\\\])*\""), colour(string));
        rule(QStringLiteral("(\"(\\\\.|[^\"\\\\])*\")\\s*:"), colour(key, true), 1);
        break;
    case Language::Yaml:
        rule(QStringLiteral("-?\\b\\d+(\\.\\d+)?\\b"), colour(number));
        rule(QStringLiteral("\\b(true|false|null|~)\\b"), colour(keyword, true));
        rule(QStringLiteral("^\\s*(-\\s+)?([^:#'\"]+|\"[^\"]*\"|'[^']*'):(\\s|$)"),
             colour(key, true), 2);
        rule(QStringLiteral("\"(\\\\.|[^\"\\\\])*\"|'[^']*'"), colour(string));
        rule(QStringLiteral("^\\s*-\\s"), colour(accent, true));
        rule(QStringLiteral("(^|\\s)#.*$"), colour(comment, false, true));
        break;
    case Language::FlowZap:
        rule(QStringLiteral("^\\s*([\\w-]+)\\s*\\{"), colour(keyword, true), 1);
        rule(QStringLiteral("\\b(circle|rectangle|diamond|taskbox|loop)\\b"),
             colour(keyword, true));
        rule(QStringLiteral("\\bn\\d+\\b"), colour(key, true));
        rule(QStringLiteral("\\b(label|owner|description|system|handle)\\b"), colour(accent));
        rule(QStringLiteral("->"), colour(accent, true));
        rule(QStringLiteral("\\b(left|right|top|bottom)\\b"), colour(number));
        rule(QStringLiteral("\"[^\"]*\""), colour(string));
        rule(QStringLiteral("#.*$"), colour(comment, true));
        rule(QStringLiteral("^\\s*//.*$"), colour(comment, false, true));
        break;
    }
}

void CodeHighlighter::rule(const QString &pattern, const QTextCharFormat &format, int group)
{
    m_rules.append({QRegularExpression(pattern), format, group});
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &r : std::as_const(m_rules)) {
        auto it = r.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength(r.group) > 0)
                setFormat(int(m.capturedStart(r.group)), int(m.capturedLength(r.group)), r.format);
        }
    }
}

} // namespace stepwise
