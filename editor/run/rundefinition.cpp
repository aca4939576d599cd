#include "rundefinition.h"

#include "documentio.h"
#include "graphspec.h"
#include "workflowdata.h"

namespace stepwise {

namespace {

bool hasAsl(const WorkflowData &doc)
{
    for (const auto &n : doc.nodes)
        if (!n.asl.type.isEmpty())
            return true;
    return false;
}

} // namespace

RunDefinition RunDefinition::fromDocument(const WorkflowData &doc)
{
    if (!hasAsl(doc))
        return graphFromDocument(doc);
    RunDefinition r;
    DocumentIo::WriteResult asl = DocumentIo::write(doc, DocumentIo::Format::AslJson);
    if (!asl.ok) {
        r.errors << tr("The document has no ASL view the runtime can execute yet.");
        for (const auto &d : asl.diagnostics)
            r.errors << d.message;
        return r;
    }
    auto compiled = runtime::Definition::compile(runtime::Json::parse(
        asl.bytes.constData(), asl.bytes.constData() + asl.bytes.size(), nullptr, false));
    r.definition = compiled.definition;
    for (const auto &e : compiled.errors)
        r.errors << QString::fromStdString(e);
    return r;
}

RunDefinition RunDefinition::graphFromDocument(const WorkflowData &doc)
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
        if (index.contains(e.from) && index.contains(e.to))
            spec.edges.push_back({index.value(e.from), index.value(e.to), e.label.toStdString()});
    }
    RunDefinition r;
    r.graph = true;
    auto compiled = runtime::GraphSpec::compile(spec);
    r.definition = compiled.definition;
    for (const auto &e : compiled.errors)
        r.errors << QString::fromStdString(e);
    return r;
}

} // namespace stepwise
