#include "aslreader.h"

#include "asldiagram.h"
#include "aslvalidator.h"
#include "jsonpositionindex.h"
#include "jsontext.h"
#include "workflowids.h"
#include "yamljson.h"

#include <functional>

namespace stepwise {

namespace {

Shape shapeForState(const QString &type, const OrderedJson &state)
{
    if (type == QLatin1String("Choice"))
        return Shape::Diamond;
    if (type == QLatin1String("Succeed") || type == QLatin1String("Fail"))
        return Shape::Circle;
    if (type == QLatin1String("Task")) {
        const auto it = state.find("Resource");
        if (it != state.end() && it->is_string()) {
            const std::string &r = it->get_ref<const std::string &>();
            static const std::string suffix = ".waitForTaskToken";
            if (r.size() >= suffix.size() &&
                r.compare(r.size() - suffix.size(), suffix.size(), suffix) == 0)
                return Shape::Taskbox;
        }
    }
    return Shape::Rectangle;
}

// Gives the definition's findings their line and column and decides whether a document
// can be built.
AslReader::Result finish(OrderedJson &definition, Diagnostics found,
                         const std::function<JsonPositionIndex::Place(const std::string &)> &locate)
{
    AslReader::Result r;
    if (AslValidator::depth(definition) > AslValidator::maxDepth) {
        const JsonPositionIndex::Place p = locate(std::string());
        r.diagnostics.append(makeError(p.line, p.column,
                                       AslReader::tr("The definition is nested more than %1 levels "
                                                     "deep.")
                                           .arg(AslValidator::maxDepth),
                                       QStringLiteral("ASL_TOO_DEEP")));
        return r;
    }
    bool structural = false;
    for (Diagnostic &d : found) {
        const JsonPositionIndex::Place p = locate(d.pointer.toStdString());
        d.line = p.line;
        d.column = p.column;
        structural = structural || AslValidator::isStructural(d);
    }
    r.diagnostics = std::move(found);
    if (!structural) {
        r.document = AslReader::buildMachine(definition);
        WorkflowIds::unify(*r.document); // nested machines numbered from 1: one id space
    }
    return r;
}

} // namespace

AslReader::Result AslReader::readJson(const QByteArray &bytes)
{
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    OrderedJson definition;
    const json_text::Result parsed = json_text::parse(text, definition);
    if (!parsed.ok) {
        Result r;
        r.diagnostics.append(
            makeError(parsed.line, parsed.column,
                      tr("Invalid JSON: %1").arg(QString::fromStdString(parsed.error)),
                      QStringLiteral("ASL_JSON_SYNTAX")));
        return r;
    }
    std::optional<JsonPositionIndex> index;
    Diagnostics found;
    if (AslValidator::depth(definition) <= AslValidator::maxDepth)
        found = AslValidator::validate(definition);
    return finish(definition, std::move(found), [&](const std::string &pointer) {
        if (!index)
            index = JsonPositionIndex::fromJsonText(text);
        return index->find(pointer);
    });
}

AslReader::Result AslReader::readYaml(const QByteArray &bytes)
{
    OrderedJson definition;
    JsonPositionIndex index;
    YamlJson::Error error;
    if (!YamlJson::parse(bytes.toStdString(), definition, index, error)) {
        Result r;
        r.diagnostics.append(
            makeError(error.line, error.column,
                      tr("Invalid YAML: %1").arg(QString::fromStdString(error.message)),
                      QStringLiteral("ASL_YAML_SYNTAX")));
        return r;
    }
    Diagnostics found;
    if (AslValidator::depth(definition) <= AslValidator::maxDepth)
        found = AslValidator::validate(definition);
    return finish(definition, std::move(found),
                  [&](const std::string &pointer) { return index.find(pointer); });
}

AslReader::Result AslReader::fromJson(OrderedJson definition, const JsonPositionIndex &index,
                                      const std::string &basePointer)
{
    Diagnostics found;
    if (AslValidator::depth(definition) <= AslValidator::maxDepth)
        found = AslValidator::validate(definition);
    return finish(definition, std::move(found),
                  [&](const std::string &pointer) { return index.find(basePointer + pointer); });
}

WorkflowData AslReader::buildMachine(OrderedJson &machine)
{
    WorkflowData doc;
    OrderedJson states = std::move(machine["States"]);
    machine["States"] = nullptr;
    doc.aslTop = std::move(machine);
    doc.nodes.reserve(states.size() + 2);
    int n = 0;
    for (auto it = states.begin(); it != states.end(); ++it) {
        Node node;
        node.id = doc.allocateId();
        node.fzId = QStringLiteral("n%1").arg(++n);
        node.asl.name = QString::fromStdString(it.key());
        node.label = node.asl.name;
        OrderedJson &fields = it.value();
        node.asl.type = QString::fromStdString(fields["Type"].get<std::string>());
        node.shape = shapeForState(node.asl.type, fields);
        if (node.asl.type == QLatin1String("Parallel")) {
            auto b = fields.find("Branches");
            if (b != fields.end() && b->is_array()) {
                for (OrderedJson &branch : *b)
                    if (branch.is_object())
                        node.subMachines.push_back(buildMachine(branch));
                if (node.subMachines.size() == b->size())
                    *b = nullptr;
                else
                    node.subMachines.clear(); // keep a malformed list as it was
            }
        } else if (node.asl.type == QLatin1String("Map")) {
            for (const char *key : {"ItemProcessor", "Iterator"}) {
                auto p = fields.find(key);
                if (p != fields.end() && p->is_object() && node.subMachines.empty()) {
                    node.subMachines.push_back(buildMachine(*p));
                    *p = nullptr;
                }
            }
        }
        node.asl.fields = std::move(fields);
        doc.nodes.push_back(std::move(node));
    }
    AslDiagram::build(doc);
    return doc;
}

} // namespace stepwise
