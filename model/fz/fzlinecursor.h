#pragma once

#include "fzsyntax.h"

#include <QStringView>

namespace stepwise {

/// A read position in one line of FlowZap Code (line end excluded), with the few lexical steps
/// the statement grammar needs. Positions are UTF-16 indices; column() turns them into the
/// 1-based code-point columns diagnostics report.
class FzLineCursor
{
public:
    /// @p plain: the line holds no surrogate pair, so a column is just the index plus one.
    FzLineCursor(QStringView line, bool plain) : m_line(line), m_plain(plain) {}

    QStringView line() const { return m_line; }
    qsizetype pos() const { return m_pos; }
    void setPos(qsizetype pos) { m_pos = pos; }
    bool atEnd() const { return m_pos >= m_line.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype i = m_pos + ahead;
        return i < m_line.size() ? m_line[i] : QChar();
    }
    int column() const { return column(m_pos); }
    int column(qsizetype pos) const
    {
        if (m_plain)
            return int(pos + 1);
        // Counted on from the last answer, so that a long line costs linear time overall.
        if (pos < m_countedTo) {
            m_countedTo = 0;
            m_codePoints = 0;
        }
        for (; m_countedTo < pos && m_countedTo < m_line.size(); ++m_countedTo)
            if (!m_line[m_countedTo].isLowSurrogate())
                ++m_codePoints;
        return int(m_codePoints + 1);
    }
    QStringView rest() const { return m_line.sliced(qMin(m_pos, m_line.size())); }

    /// Skips blanks; tells whether there were any.
    bool skipSpaces()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_line.size() && FzSyntax::isSpace(m_line[m_pos]))
            ++m_pos;
        return m_pos > start;
    }
    bool lookingAt(QStringView text) const
    {
        return m_line.size() - m_pos >= text.size() &&
               FzSyntax::same(m_line.sliced(m_pos, text.size()), text);
    }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    bool accept(QStringView text)
    {
        if (!lookingAt(text))
            return false;
        m_pos += text.size();
        return true;
    }
    /// An identifier; stops before "->" so that `n1->n2` splits where it should.
    QStringView identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_line.size() && FzSyntax::isIdentChar(m_line[m_pos])) {
            if (m_line[m_pos] == u'-' && peek(1) == u'>')
                break;
            ++m_pos;
        }
        return m_line.sliced(start, m_pos - start);
    }
    /// A keyword: ASCII letters only (shapes, sides, attribute names).
    QStringView word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_line.size() && FzSyntax::isAsciiLetter(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }

private:
    QStringView m_line;
    qsizetype m_pos = 0;
    bool m_plain = true;
    mutable qsizetype m_countedTo = 0;
    mutable qsizetype m_codePoints = 0;
};

} // namespace stepwise
