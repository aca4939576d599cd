#include "diagnostic.h"

namespace stepwise {

QString Diagnostic::format(const QString &file) const
{
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line) + QLatin1Char(':') +
                 QString::number(column > 0 ? column : 1);
    else if (!pointer.isEmpty())
        where += QLatin1Char(':') + pointer;
    QString text = where + QStringLiteral(": ") + kind + QStringLiteral(": ") + message;
    if (!code.isEmpty())
        text += QStringLiteral(" [") + code + QLatin1Char(']');
    return text;
}

Diagnostic makeError(int line, int column, const QString &message, const QString &code)
{
    return Diagnostic{Diagnostic::Severity::Error, line, column, message, code, {}};
}

Diagnostic makeWarning(int line, int column, const QString &message, const QString &code)
{
    return Diagnostic{Diagnostic::Severity::Warning, line, column, message, code, {}};
}

} // namespace stepwise
