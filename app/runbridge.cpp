#include "runbridge.h"

#include "documentio.h"
#include "graphspec.h"
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
    const QByteArray bytes = file.readAll();
    const DocumentIo::Format format = DocumentIo::formatForPath(path);
    if (format == DocumentIo::Format::AslJson || path.endsWith(QLatin1String(".json"))) {
        runtime::Json asl = runtime::Json::parse(bytes.constData(),
                                                 bytes.constData() + bytes.size(), nullptr, false);
        if (asl.is_discarded()) {
            r.errors << tr("%1: not valid JSON").arg(path);
            return r;
        }
        auto compiled = runtime::Definition::compile(asl);
        r.definition = compiled.definition;
        for (const auto &e : compiled.errors)
            r.errors << tr("%1: %2").arg(path, QString::fromStdString(e));
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
    auto compiled = runtime::Definition::compile(runtime::Json::parse(
        asl.bytes.constData(), asl.bytes.constData() + asl.bytes.size(), nullptr, false));
    r.definition = compiled.definition;
    r.errors = toQt(compiled.errors);
    return r;
}

RunBridge::Loaded RunBridge::graphFromDocument(const WorkflowData &doc)
{
    runtime::GraphSpec spec;
    QHash<Id, int> index;
    for (const auto &n : doc.nodes) {
        runtime::GraphSpec::Node g;
        g.id = n.fzId.toStdString();
        QString label = n.label;
        if (label.isEmpty())
            label = !n.description.isEmpty() ? n.description : n.fzId;
        g.label = label.toStdString();
        switch (n.shape) {
        case Shape::Circle:
            g.shape = runtime::GraphSpec::Shape::Circle;
            break;
        case Shape::Rectangle:
            g.shape = runtime::GraphSpec::Shape::Rectangle;
            break;
        case Shape::Diamond:
            g.shape = runtime::GraphSpec::Shape::Diamond;
            break;
        case Shape::Taskbox:
            g.shape = runtime::GraphSpec::Shape::Taskbox;
            break;
        }
        index.insert(n.id, static_cast<int>(spec.nodes.size()));
        spec.nodes.push_back(std::move(g));
    }
    for (const auto &e : doc.edges) {
        if (!index.contains(e.from) || !index.contains(e.to))
            continue;
        spec.edges.push_back({index.value(e.from), index.value(e.to), e.label.toStdString()});
    }
    Loaded r;
    r.graph = true;
    auto compiled = runtime::GraphSpec::compile(spec);
    r.definition = compiled.definition;
    r.errors = toQt(compiled.errors);
    return r;
}

} // namespace stepwise
