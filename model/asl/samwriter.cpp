#include "samwriter.h"

#include "jsonpositionindex.h"
#include "yamljson.h"

#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace stepwise {

namespace {

void collect(const OrderedJson &j, QSet<QString> &names)
{
    static const QRegularExpression re(QStringLiteral("\\$\\{([A-Za-z0-9]+)\\}"));
    auto scan = [&](const std::string &text) {
        if (text.find("${") == std::string::npos)
            return;
        auto it = re.globalMatch(QString::fromStdString(text));
        while (it.hasNext())
            names.insert(it.next().captured(1));
    };
    if (j.is_string()) {
        scan(j.get_ref<const std::string &>());
    } else if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            scan(it.key());
            collect(it.value(), names);
        }
    } else if (j.is_array()) {
        for (const OrderedJson &v : j)
            collect(v, names);
    }
}

} // namespace

QStringList SamWriter::placeholders(const OrderedJson &definition)
{
    QSet<QString> names;
    collect(definition, names);
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

AslWriter::Result SamWriter::write(const WorkflowData &doc)
{
    AslWriter::Result r;
    const OrderedJson definition = AslWriter::toJson(doc, &r.diagnostics);
    const QStringList params = placeholders(definition);
    // The definition is emitted by the same code as .asl.yaml files, which quotes strings
    // that would otherwise read back as numbers or booleans.
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "AWSTemplateFormatVersion" << YAML::Value << YAML::DoubleQuoted
        << "2010-09-09";
    out << YAML::Key << "Transform" << YAML::Value << "AWS::Serverless-2016-10-31";
    const std::string description = definition.value("Comment", std::string());
    out << YAML::Key << "Description" << YAML::Value
        << (description.empty() ? std::string("State machine written by Stepwise") : description);
    if (!params.isEmpty()) {
        out << YAML::Key << "Parameters" << YAML::Value << YAML::BeginMap;
        for (const QString &p : params) {
            out << YAML::Key << p.toStdString() << YAML::Value << YAML::BeginMap;
            out << YAML::Key << "Type" << YAML::Value << "String";
            out << YAML::Key << "Description"
                << YAML::Value
                // No "${...}" here: CloudFormation linters read it as a substitution outside
                // Fn::Sub (cfn-lint E1029).
                << tr("Value substituted for the placeholder %1 in the definition")
                       .arg(p)
                       .toStdString();
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::Key << "Resources" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << resourceName << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "Type" << YAML::Value << "AWS::Serverless::StateMachine";
    out << YAML::Key << "Properties" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "Definition" << YAML::Value;
    YamlJson::emitInto(out, definition);
    if (!params.isEmpty()) {
        out << YAML::Key << "DefinitionSubstitutions" << YAML::Value << YAML::BeginMap;
        for (const QString &p : params)
            out << YAML::Key << p.toStdString() << YAML::Value << YAML::LocalTag("Ref")
                << p.toStdString();
        out << YAML::EndMap;
    }
    out << YAML::EndMap << YAML::EndMap << YAML::EndMap;
    out << YAML::Key << "Outputs" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "StateMachineArn" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "Value" << YAML::Value << YAML::LocalTag("Ref") << resourceName;
    out << YAML::EndMap << YAML::EndMap;
    out << YAML::EndMap;
    std::string text = out.c_str();
    text += '\n';
    r.bytes = QByteArray::fromStdString(text);
    r.ok = out.good();
    if (!r.ok)
        r.diagnostics.append(makeError(0, 0,
                                       tr("Cannot write the SAM template: %1")
                                           .arg(QString::fromStdString(out.GetLastError()))));
    return r;
}

AslReader::Result SamWriter::readDefinition(const QByteArray &bytes)
{
    AslReader::Result r;
    OrderedJson root;
    JsonPositionIndex index;
    YamlJson::Error error;
    if (!YamlJson::parse(bytes.toStdString(), root, index, error)) {
        r.diagnostics.append(
            makeError(error.line, error.column,
                      tr("Invalid YAML: %1").arg(QString::fromStdString(error.message)),
                      QStringLiteral("SAM_YAML_SYNTAX")));
        return r;
    }
    if (root.is_object() && root.contains("Resources") && root["Resources"].is_object()) {
        for (auto it = root["Resources"].begin(); it != root["Resources"].end(); ++it) {
            const OrderedJson &res = it.value();
            if (!res.is_object() ||
                res.value("Type", OrderedJson()) != "AWS::Serverless::StateMachine")
                continue;
            const OrderedJson props = res.value("Properties", OrderedJson::object());
            if (!props.is_object() || !props.contains("Definition"))
                continue;
            const std::string base = JsonPositionIndex::appendToken(
                JsonPositionIndex::appendToken(
                    JsonPositionIndex::appendToken(JsonPositionIndex::appendToken("", "Resources"),
                                                   it.key()),
                    "Properties"),
                "Definition");
            return AslReader::fromJson(props["Definition"], index, base);
        }
    }
    r.diagnostics.append(makeError(1, 1,
                                   tr("The template has no AWS::Serverless::StateMachine "
                                      "resource with an inline Definition."),
                                   QStringLiteral("SAM_NO_STATE_MACHINE")));
    return r;
}

} // namespace stepwise
