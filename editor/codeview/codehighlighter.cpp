#include "codehighlighter.h"

#include <algorithm>
#include <cmath>

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

qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

CodeHighlighter::CodeHighlighter(Language language, QTextDocument *document,
                                 const QPalette &palette)
    : QSyntaxHighlighter(document), m_language(language)
{
    buildRules(palette);
}

qreal CodeHighlighter::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor CodeHighlighter::bandColour(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.22);
}

QColor CodeHighlighter::readable(const QColor &hue, const QColor &background, const QColor &band,
                                 qreal ratio)
{
    // On a dark background the colour grows lighter, on a light one darker.
    const bool dark = luminance(background) < 0.18;
    QColor c = hue.toHsl();
    for (int step = 0; step < 40; ++step) {
        if (std::min(contrast(c, background), contrast(c, band)) >= ratio)
            break;
        const float l = std::clamp(c.hslSaturationF() >= 0 ? c.lightnessF() : 0.5f, 0.0f, 1.0f);
        const float next = dark ? std::min(1.0f, l + 0.025f) : std::max(0.0f, l - 0.025f);
        if (next == l)
            break;
        c = QColor::fromHslF(c.hslHueF() < 0 ? 0 : c.hslHueF(), c.hslSaturationF(), next);
    }
    return c.toRgb();
}

void CodeHighlighter::setPalette(const QPalette &palette)
{
    if (palette.color(QPalette::Base) == m_base && palette.color(QPalette::Text) == m_text &&
        palette.color(QPalette::Highlight) == m_highlight)
        return;
    buildRules(palette);
    rehighlight();
}

void CodeHighlighter::buildRules(const QPalette &palette)
{
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_highlight = palette.color(QPalette::Highlight);
    const QColor band = bandColour(palette);
    // Hues keep their meaning in both themes (keys blue, strings red-orange, numbers green);
    // only their lightness follows the background. Comments may be a little softer.
    auto tone = [&](int hue, int saturation, qreal ratio = 4.5) {
        return readable(QColor::fromHsl(hue, saturation, 128), m_base, band, ratio);
    };
    const QColor key = tone(210, 200);
    const QColor string = tone(12, 190);
    const QColor number = tone(150, 170);
    const QColor keyword = tone(235, 190);
    const QColor comment = tone(120, 70, 3.8);
    const QColor accent = tone(295, 150);
    m_rules.clear();
    switch (m_language) {
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
