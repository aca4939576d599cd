#include "runbridge.h"

#include "asl/aslreader.h"
#include "asl/aslvalidator.h"
#include "documentio.h"
#include "jsonparse.h"
#include "limitcheck.h"
#include "run/rundefinition.h"
#include "workflowdata.h"

#include <QFile>
#include <QFileInfo>

namespace stepwise {

namespace {

QStringList toQt(const std::vector<std::string> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out << QString::fromStdString(e);
    return out;
}

} // namespace

RunBridge::Loaded RunBridge::loadFile(const QString &path)
{
    Loaded r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.errors << tr("cannot read %1: %2").arg(path, file.errorString());
        return r;
    }
    if (file.size() > qint64(runtime::limits::kMaxFileBytes)) {
        r.errors << tr("%1: the file is larger than %2 MiB")
                        .arg(path)
                        .arg(runtime::limits::kMaxFileBytes >> 20);
        return r;
    }
    const QByteArray bytes = file.readAll();
    const DocumentIo::Format format = DocumentIo::formatForPath(path);
    if (format == DocumentIo::Format::AslJson || path.endsWith(QLatin1String(".json"))) {
        // AWS refuses a definition that does not validate before it runs any of it; so does
        // this, with the validator's messages placed by line and column.
        const AslReader::Result checked = AslReader::readJson(bytes);
        for (const Diagnostic &d : checked.diagnostics)
            if (d.isError())
                r.errors << d.format(path);
        runtime::Json asl;
        const runtime::JsonParseResult parsed = runtime::json_util::parse(
            std::string_view(bytes.constData(), std::size_t(bytes.size())), asl);
        if (!parsed.ok) {
            if (r.errors.isEmpty())
                r.errors
                    << tr("%1: not valid JSON: %2").arg(path, QString::fromStdString(parsed.error));
            return r;
        }
        // The runtime's own findings follow the validator's (they name the state path).
        auto compiled = runtime::Definition::compile(asl);
        for (const auto &e : compiled.errors)
            r.errors << tr("%1: %2").arg(path, QString::fromStdString(e));
        if (r.errors.isEmpty())
            r.definition = compiled.definition;
        return r;
    }
    if (format == DocumentIo::Format::Unknown) {
        r.errors << tr("%1: unknown file type (expected .json, .asl.json, .fz, .yaml or .stepwise)")
                        .arg(path);
        return r;
    }
    DocumentIo::ReadResult doc = DocumentIo::read(bytes, format);
    if (!doc.document) {
        for (const auto &d : doc.diagnostics)
            r.errors << tr("%1:%2:%3: %4").arg(path).arg(d.line).arg(d.column).arg(d.message);
        if (r.errors.isEmpty())
            r.errors << tr("%1: reading this format is not supported yet").arg(path);
        return r;
    }
    return fromDocument(*doc.document);
}

RunBridge::Loaded RunBridge::fromDocument(const WorkflowData &doc)
{
    bool hasAsl = false;
    for (const auto &n : doc.nodes)
        hasAsl = hasAsl || !n.asl.type.isEmpty();
    if (!hasAsl)
        return graphFromDocument(doc);
    Loaded r;
    DocumentIo::WriteResult asl = DocumentIo::write(doc, DocumentIo::Format::AslJson);
    if (!asl.ok) {
        r.errors << tr("the document has no ASL view the runtime can execute yet");
        for (const auto &d : asl.diagnostics)
            r.errors << d.message;
        return r;
    }
    runtime::Json json;
    const runtime::JsonParseResult parsed = runtime::json_util::parse(
        std::string_view(asl.bytes.constData(), std::size_t(asl.bytes.size())), json);
    if (!parsed.ok) {
        r.errors << tr("the document's ASL view is not valid JSON: %1")
                        .arg(QString::fromStdString(parsed.error));
        return r;
    }
    // As for a file: what the validator reports as an error does not run at all.
    for (const Diagnostic &d : AslValidator::validate(json))
        if (d.isError())
            r.errors << tr("%1: %2").arg(d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer,
                                         d.message);
    if (!r.errors.isEmpty())
        return r;
    auto compiled = runtime::Definition::compile(json);
    r.definition = compiled.definition;
    r.errors = toQt(compiled.errors);
    return r;
}

RunBridge::Loaded RunBridge::graphFromDocument(const WorkflowData &doc)
{
    RunDefinition built = RunDefinition::graphFromDocument(doc);
    Loaded r;
    r.graph = true;
    r.definition = std::move(built.definition);
    r.errors = std::move(built.errors);
    return r;
}

} // namespace stepwise
