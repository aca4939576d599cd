#include "documentio.h"

#include "asl/aslreader.h"
#include "asl/aslwriter.h"
#include "asl/samwriter.h"
#include "convert/asltofz.h"
#include "fz/fzreader.h"
#include "fz/fzwriter.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <QFile>
#include <QSaveFile>

namespace stepwise {

DocumentIo::Format DocumentIo::formatForPath(const QString &path)
{
    const QString p = path.toLower();
    if (p.endsWith(QLatin1String(".fz")))
        return Format::FlowZap;
    if (p.endsWith(QLatin1String(".stepwise")))
        return Format::Project;
    if (p.endsWith(QLatin1String(".sam.yaml")) || p.endsWith(QLatin1String(".sam.yml")))
        return Format::SamTemplate;
    if (p.endsWith(QLatin1String(".json")))
        return Format::AslJson;
    if (p.endsWith(QLatin1String(".yaml")) || p.endsWith(QLatin1String(".yml")))
        return Format::AslYaml;
    return Format::Unknown;
}

QString DocumentIo::formatName(Format format)
{
    switch (format) {
    case Format::FlowZap:
        return tr("FlowZap Code");
    case Format::AslJson:
        return tr("Amazon States Language (JSON)");
    case Format::AslYaml:
        return tr("Amazon States Language (YAML)");
    case Format::Project:
        return tr("Stepwise project");
    case Format::SamTemplate:
        return tr("AWS SAM template");
    case Format::Unknown:
        break;
    }
    return tr("unknown format");
}

DocumentIo::ReadResult DocumentIo::read(const QByteArray &bytes, Format format)
{
    ReadResult r;
    switch (format) {
    case Format::FlowZap: {
        FzReader::Result fz = FzReader::read(bytes);
        r.document = std::move(fz.document);
        r.diagnostics = std::move(fz.diagnostics);
        return r;
    }
    case Format::AslJson:
    case Format::AslYaml: {
        AslReader::Result asl =
            format == Format::AslJson ? AslReader::readJson(bytes) : AslReader::readYaml(bytes);
        r.document = std::move(asl.document);
        r.diagnostics = std::move(asl.diagnostics);
        return r;
    }
    case Format::SamTemplate: {
        AslReader::Result asl = SamWriter::readDefinition(bytes);
        r.document = std::move(asl.document);
        r.diagnostics = std::move(asl.diagnostics);
        return r;
    }
    case Format::Project: {
        ProjectReader::Result project = ProjectReader::read(bytes);
        r.document = std::move(project.document);
        r.diagnostics = std::move(project.diagnostics);
        return r;
    }
    case Format::Unknown:
        break;
    }
    r.diagnostics.append(makeError(0, 0, tr("Cannot read %1 files.").arg(formatName(format))));
    return r;
}

DocumentIo::ReadResult DocumentIo::readFile(const QString &path)
{
    const Format format = formatForPath(path);
    if (format == Format::Unknown) {
        ReadResult r;
        r.diagnostics.append(makeError(
            0, 0, tr("Unknown file type; use .fz, .asl.json, .asl.yaml, .sam.yaml or .stepwise.")));
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult r;
        r.diagnostics.append(
            makeError(0, 0, tr("Cannot open the file: %1").arg(file.errorString())));
        return r;
    }
    if (file.size() > maxFileBytes) {
        ReadResult r;
        r.diagnostics.append(makeError(
            1, 1, tr("The file is larger than %1 MiB; it is not opened.").arg(maxFileBytes >> 20),
            QStringLiteral("FILE_TOO_LARGE")));
        return r;
    }
    return read(file.read(maxFileBytes + 1), format);
}

DocumentIo::WriteResult DocumentIo::write(const WorkflowData &doc, Format format)
{
    WriteResult r;
    switch (format) {
    case Format::FlowZap: {
        Diagnostics losses;
        const WorkflowData ready = AslToFz::prepare(doc, losses);
        FzWriter::Result fz = FzWriter::write(ready);
        r.ok = fz.ok;
        r.bytes = std::move(fz.bytes);
        r.diagnostics = std::move(losses);
        r.diagnostics += fz.diagnostics;
        return r;
    }
    case Format::AslJson:
    case Format::AslYaml: {
        AslWriter::Result asl =
            format == Format::AslJson ? AslWriter::writeJson(doc) : AslWriter::writeYaml(doc);
        r.ok = asl.ok;
        r.bytes = std::move(asl.bytes);
        r.diagnostics = std::move(asl.diagnostics);
        return r;
    }
    case Format::SamTemplate: {
        AslWriter::Result sam = SamWriter::write(doc);
        r.ok = sam.ok;
        r.bytes = std::move(sam.bytes);
        r.diagnostics = std::move(sam.diagnostics);
        return r;
    }
    case Format::Project:
        r.bytes = ProjectWriter::write(doc);
        r.ok = true;
        return r;
    case Format::Unknown:
        break;
    }
    r.diagnostics.append(makeError(0, 0, tr("Cannot write %1 files.").arg(formatName(format))));
    return r;
}

DocumentIo::WriteResult DocumentIo::writeFile(const QString &path, const WorkflowData &doc,
                                              Format format)
{
    if (format == Format::Unknown)
        format = formatForPath(path);
    WriteResult r = write(doc, format);
    if (!r.ok)
        return r;
    if (r.bytes.isEmpty()) { // never replace a file by nothing
        r.ok = false;
        r.diagnostics.append(makeError(0, 0, tr("Nothing to save: the file is left as it was.")));
        return r;
    }
    QSaveFile file(path);
    // A full disk can make the kernel take part of a write without Qt noticing (EFBIG after a
    // short write): check the temporary file's size before it replaces the old one.
    const bool written = file.open(QIODevice::WriteOnly) && file.write(r.bytes) == r.bytes.size() &&
                         file.flush() && file.size() == r.bytes.size();
    if (!written)
        file.cancelWriting();
    if (!written || !file.commit()) {
        r.ok = false;
        r.diagnostics.append(
            makeError(0, 0, tr("Cannot save the file: %1").arg(file.errorString())));
    }
    return r;
}

} // namespace stepwise
