#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace stepwise {

/// Syntax colours of the code view, one instance per language (FlowZap Code, JSON or YAML),
/// each a short list of (pattern, format) rules applied line by line, later rules winning.
/// The colours come from the palette so light and dark themes both read well.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language { FlowZap, Json, Yaml };
    CodeHighlighter(Language language, QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    void rule(const QString &pattern, const QTextCharFormat &format, int group = 0);

    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_rules;
};

} // namespace stepwise
