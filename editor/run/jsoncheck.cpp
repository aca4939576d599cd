#include "jsoncheck.h"

#include "jsonparse.h"

namespace stepwise {

QString JsonCheck::parse(const QString &text, runtime::Json &out)
{
    // The runtime's checked parser, as for every outside JSON: a number beyond a double
    // (1e309), nesting beyond the limit and a text beyond the size limit get a place and a
    // message, never nlohmann's own exception text.
    const QByteArray bytes = text.toUtf8();
    const runtime::JsonParseResult r = runtime::json_util::parse(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), out);
    if (r.ok)
        return {};
    if (text.trimmed().isEmpty())
        return tr("line %1, column %2: %3").arg(1).arg(1).arg(tr("no JSON value"));
    if (!r.line)
        return QString::fromStdString(r.what);
    return tr("line %1, column %2: %3")
        .arg(r.line)
        .arg(r.characterColumn)
        .arg(QString::fromStdString(r.what));
}

QString JsonCheck::pretty(const runtime::Json &value)
{
    return QString::fromStdString(value.dump(2));
}

} // namespace stepwise
