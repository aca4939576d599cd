#pragma once

#include <QStringView>

namespace stepwise {

/// Character classes and small lexical rules of FlowZap Code shared by the reader and the writer,
/// so that what the writer generates is exactly what the reader accepts.
namespace FzSyntax {

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isSpace(QChar c)
{
    return c.unicode() == u' ' || c.unicode() == u'\t';
}

/// Identifiers (lane keys, node ids, keywords): letters of any script, digits, `_` and `-`.
inline bool isIdentChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return isAsciiLetter(c) || isDigit(c) || u == u'_' || u == u'-';
    return c.isLetterOrNumber() || c.isSurrogate();
}

/// `n` followed by decimal digits.
inline bool isNodeId(QStringView text)
{
    if (text.size() < 2 || text.front() != u'n')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i)
        if (!isDigit(text[i]))
            return false;
    return true;
}
/// The number of a node id (isNodeId() holds); saturates instead of overflowing.
inline qulonglong nodeNumber(QStringView id)
{
    qulonglong n = 0;
    for (qsizetype i = 1; i < id.size(); ++i) {
        if (n > (~qulonglong(0) - 9) / 10)
            return ~qulonglong(0);
        n = n * 10 + (id[i].unicode() - u'0');
    }
    return n;
}

/// Equal texts; inline, as the short comparisons of the hot loops are.
inline bool same(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

/// A lane key the reader accepts: an identifier that starts with a letter or `_`, and is not a
/// word that would read as another statement.
bool isLaneKey(QStringView text);
/// 1-based column of the UTF-16 index @p index in @p line, counting code points.
int column(QStringView line, qsizetype index);
/// Code points in @p text (a surrogate pair counts once).
qsizetype codePoints(QStringView text);
bool isEmoji(char32_t cp);
/// C0/C1 controls and DEL; a tab is ordinary whitespace.
bool isControl(char32_t cp);

} // namespace FzSyntax
} // namespace stepwise
