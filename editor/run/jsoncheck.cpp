#include "jsoncheck.h"

namespace stepwise {

QString JsonCheck::parse(const QString &text, runtime::Json &out)
{
    const QByteArray bytes = text.toUtf8();
    try {
        out = runtime::Json::parse(bytes.constData(), bytes.constData() + bytes.size());
        return {};
    } catch (const runtime::Json::parse_error &e) {
        // e.byte is 1-based and counts UTF-8 bytes; columns count characters.
        const qsizetype at = qBound<qsizetype>(0, qsizetype(e.byte) - 1, bytes.size());
        const QByteArray before = bytes.left(at);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        QString why = QString::fromUtf8(e.what());
        if (const qsizetype colon = why.lastIndexOf(QLatin1String(": ")); colon >= 0)
            why = why.mid(colon + 2);
        if (text.trimmed().isEmpty())
            why = tr("no JSON value");
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(why);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
}

QString JsonCheck::pretty(const runtime::Json &value)
{
    return QString::fromStdString(value.dump(2));
}

} // namespace stepwise
