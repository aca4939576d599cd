#include "jsonfile.h"

#include "jsonparse.h"
#include "limitcheck.h"

#include <QCoreApplication>
#include <QFile>

namespace stepwise {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stepwise::readJsonFile", text);
}

} // namespace

bool readJsonFile(const QString &path, runtime::Json &out, QString &error)
{
    const bool fromStdin = path == QLatin1String("-");
    QFile in;
    if (fromStdin) {
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            error = tr("cannot read standard input");
            return false;
        }
    } else {
        in.setFileName(path);
        if (!in.open(QIODevice::ReadOnly)) {
            error = tr("cannot read %1: %2").arg(path, in.errorString());
            return false;
        }
    }
    const QByteArray bytes = in.readAll();
    const QString name = fromStdin ? tr("<stdin>") : path;
    if (bytes.size() > qsizetype(runtime::limits::kMaxFileBytes)) {
        error = tr("%1: the file is larger than %2 MiB")
                    .arg(name)
                    .arg(runtime::limits::kMaxFileBytes >> 20);
        return false;
    }
    // Checked parse: a number beyond a double or a deep nesting is a message, not an abort.
    const runtime::JsonParseResult parsed = runtime::json_util::parse(
        std::string_view(bytes.constData(), std::size_t(bytes.size())), out);
    if (!parsed.ok) {
        const std::size_t colon = parsed.error.find(": ");
        const std::string what =
            colon == std::string::npos ? parsed.error : parsed.error.substr(colon + 2);
        error = tr("%1:%2:%3: not valid JSON: %4")
                    .arg(name)
                    .arg(parsed.line)
                    .arg(parsed.column)
                    .arg(QString::fromStdString(what));
        return false;
    }
    return true;
}

} // namespace stepwise
