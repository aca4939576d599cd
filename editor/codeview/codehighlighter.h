#pragma once

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace stepwise {

/// Syntax colours of the code view, one instance per language (FlowZap Code, JSON or YAML),
/// each a short list of (pattern, format) rules applied line by line, later rules winning.
/// Each colour is a fixed hue made light or dark enough to read on the editor's background
/// (and on the band that marks the selected state), so any light or dark palette reads well;
/// the editor hands over its palette again when it changes.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { FlowZap, Json, Yaml };
    CodeHighlighter(Language language, QTextDocument *document, const QPalette &palette);

    /// Derives the colours from `palette` and highlights the text again if they changed.
    void setPalette(const QPalette &palette);
    /// The band behind the selected state's lines: a tint of the highlight colour, opaque, so
    /// the text on it keeps the contrast it was given.
    static QColor bandColour(const QPalette &palette);
    /// `hue` with its lightness moved, away from `background` (and `band`), until the contrast
    /// ratio (WCAG) with both is at least `ratio`, or lightness runs out.
    static QColor readable(const QColor &hue, const QColor &background, const QColor &band,
                           qreal ratio);
    /// The WCAG contrast ratio of two colours (1 to 21).
    static qreal contrast(const QColor &a, const QColor &b);

protected:
    void highlightBlock(const QString &text) override;

private:
    void buildRules(const QPalette &palette);
    void rule(const QString &pattern, const QTextCharFormat &format, int group = 0);

    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    Language m_language;
    QList<Rule> m_rules;
    QColor m_base, m_text, m_highlight;
};

} // namespace stepwise
