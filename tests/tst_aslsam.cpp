#include "asl/aslwriter.h"
#include "asl/samwriter.h"
#include "documentio.h"

#include <QtTest>

#include <yaml-cpp/yaml.h>

using namespace stepwise;

namespace {

OrderedJson parse(const QByteArray &b)
{
    return OrderedJson::parse(b.constData(), b.constData() + b.size());
}

const QByteArray definition =
    "{\"Comment\": \"Deploy me\", \"StartAt\": \"Call\", \"States\": {\n"
    "  \"Call\": {\"Type\": \"Task\", \"Resource\": \"${WorkerArn}\",\n"
    "    \"Parameters\": {\"Table\": \"${TableName}\", \"n\": 1, \"f\": 0.5,\n"
    "       \"yes\": \"true\", \"empty\": \"\", \"on\": \"on\", \"hex\": \"0x1F\",\n"
    "       \"date\": \"2024-01-02\", \"v\": \"1.2.3\"}, \"Next\": \"Wait\"},\n"
    "  \"Wait\": {\"Type\": \"Wait\", \"Seconds\": 5, \"Next\": \"Done\"},\n"
    "  \"Done\": {\"Type\": \"Succeed\"}}}";

} // namespace

class TestAslSam : public QObject
{
    Q_OBJECT

private slots:
    void templateParsesBack()
    {
        const auto read = DocumentIo::read(definition, DocumentIo::Format::AslJson);
        QVERIFY(read.document);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::SamTemplate);
        QVERIFY(out.ok);
        const YAML::Node root = YAML::Load(out.bytes.toStdString());
        QCOMPARE(root["Transform"].as<std::string>(), std::string("AWS::Serverless-2016-10-31"));
        QCOMPARE(root["AWSTemplateFormatVersion"].as<std::string>(), std::string("2010-09-09"));
        const YAML::Node sm = root["Resources"]["StateMachine"];
        QCOMPARE(sm["Type"].as<std::string>(), std::string("AWS::Serverless::StateMachine"));
        const YAML::Node def = sm["Properties"]["Definition"];
        QVERIFY(def.IsMap());
        QCOMPARE(def["StartAt"].as<std::string>(), std::string("Call"));
        QCOMPARE(def["States"]["Call"]["Resource"].as<std::string>(), std::string("${WorkerArn}"));
        // Each placeholder is a parameter passed through DefinitionSubstitutions with !Ref.
        const YAML::Node subs = sm["Properties"]["DefinitionSubstitutions"];
        QCOMPARE(subs.size(), size_t(2));
        QCOMPARE(subs["TableName"].Tag(), std::string("!Ref"));
        QCOMPARE(subs["TableName"].as<std::string>(), std::string("TableName"));
        QCOMPARE(subs["WorkerArn"].as<std::string>(), std::string("WorkerArn"));
        QCOMPARE(root["Parameters"]["WorkerArn"]["Type"].as<std::string>(), std::string("String"));
        QCOMPARE(root["Parameters"]["TableName"]["Type"].as<std::string>(), std::string("String"));
        QCOMPARE(root["Outputs"]["StateMachineArn"]["Value"].Tag(), std::string("!Ref"));
        // Strings a YAML 1.1 reader (CloudFormation) would retype are quoted.
        const YAML::Node params = def["States"]["Call"]["Parameters"];
        for (const char *key : {"yes", "on", "hex", "date", "v", "empty"})
            QVERIFY2(params[key].Tag() == "!", key);
        QCOMPARE(params["n"].Tag(), std::string("?"));
    }

    // The definition inside the template is the same JSON, types included ("true" stays a
    // string, 5 stays a number).
    void definitionRoundTrip()
    {
        const auto read = DocumentIo::read(definition, DocumentIo::Format::AslJson);
        QVERIFY(read.document);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::SamTemplate);
        const auto back = DocumentIo::read(out.bytes, DocumentIo::Format::SamTemplate);
        QVERIFY2(back.document, qPrintable(back.diagnostics.value(0).message));
        QVERIFY(AslWriter::toJson(*back.document) == parse(definition));
    }

    void placeholders()
    {
        const OrderedJson j = parse("{\"a\": \"${One} and ${Two}\", \"b\": [\"${One}\"],"
                                    " \"c\": \"${AWS::Region} $x {y}\", \"${Key}\": 1}");
        QCOMPARE(
            SamWriter::placeholders(j),
            (QStringList{QStringLiteral("Key"), QStringLiteral("One"), QStringLiteral("Two")}));
    }

    void noPlaceholdersNoParameters()
    {
        const QByteArray plain =
            "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Succeed\"}}}";
        const auto read = DocumentIo::read(plain, DocumentIo::Format::AslJson);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::SamTemplate);
        const YAML::Node root = YAML::Load(out.bytes.toStdString());
        QVERIFY(!root["Parameters"]);
        QVERIFY(!root["Resources"]["StateMachine"]["Properties"]["DefinitionSubstitutions"]);
    }

    void templateWithoutStateMachine()
    {
        const auto r = DocumentIo::read("Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n",
                                        DocumentIo::Format::SamTemplate);
        QVERIFY(!r.document);
        QCOMPARE(r.diagnostics.value(0).code, QStringLiteral("SAM_NO_STATE_MACHINE"));
        QCOMPARE(DocumentIo::formatForPath(QStringLiteral("x.sam.yaml")),
                 DocumentIo::Format::SamTemplate);
        QCOMPARE(DocumentIo::formatForPath(QStringLiteral("x.asl.yaml")),
                 DocumentIo::Format::AslYaml);
    }
};

QTEST_GUILESS_MAIN(TestAslSam)
#include "tst_aslsam.moc"
