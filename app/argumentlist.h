#pragma once

#include <QStringList>

namespace stepwise {

/// Walks a command's arguments in order: each word, and the value that follows an option
/// taking one. Shared by the commands that parse their own options (run, eval).
class ArgumentList
{
public:
    explicit ArgumentList(const QStringList &args) : m_args(args) {}

    /// The next word; false when none is left.
    bool next(QString &word)
    {
        if (m_next >= m_args.size())
            return false;
        word = m_args[m_next++];
        return true;
    }
    /// The value of the option just read; false when the option was the last word.
    bool value(QString &into) { return next(into); }

private:
    const QStringList &m_args;
    qsizetype m_next = 0;
};

} // namespace stepwise
