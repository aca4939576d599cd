#include "asl/aslwriter.h"
#include "convert/fztoasl.h"
#include "documentio.h"
#include "fz/fzreader.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace stepwise;

namespace {

QByteArray load(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

OrderedJson parse(const QByteArray &b)
{
    return OrderedJson::parse(b.constData(), b.constData() + b.size());
}

QString codesOf(const Diagnostics &diags)
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out << d.code;
    return out.join(QLatin1Char(','));
}

// asl-validator (ARN check off) on a file, when node and the oracle are installed; otherwise
// an empty optional and the recorded verdict stands alone.
std::optional<bool> oracleVerdict(const QString &shared, const QString &file)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString oracleDir =
        qEnvironmentVariable("ORACLE_DIR", QDir::homePath() + QStringLiteral("/.cache/asl-oracle"));
    if (node.isEmpty() || !QFile::exists(oracleDir + QStringLiteral("/node_modules/asl-validator")))
        return std::nullopt;
    QProcess p;
    p.start(node, {shared + QStringLiteral("/tools/asl-oracle/validate.cjs"), file,
                   QStringLiteral("--no-arn-check")});
    if (!p.waitForFinished(60000))
        return std::nullopt;
    return p.exitCode() == 0;
}

} // namespace

class TestConvert : public QObject
{
    Q_OBJECT

private slots:
    // The mapping on a small diagram, value by value.
    void fzToAslMapping()
    {
        const QByteArray fz = "flow { # Flow\n"
                              "n1: circle label:\"Start\"\n"
                              "n2: rectangle label:\"Check\"\n"
                              "n3: diamond label:\"OK?\"\n"
                              "n4: taskbox owner:\"Ann\" description:\"Review\"\n"
                              "n5: circle label:\"Done\"\n"
                              "n1.handle(right) -> n2.handle(left)\n"
                              "n2.handle(right) -> n3.handle(left)\n"
                              "n3.handle(bottom) -> n4.handle(top) [label=\"No\"]\n"
                              "n3.handle(right) -> n5.handle(left) [label=\"Yes\"]\n"
                              "n4.handle(right) -> n2.handle(left)\n"
                              "}\n";
        const auto read = DocumentIo::read(fz, DocumentIo::Format::FlowZap);
        QVERIFY2(read.document, qPrintable(codesOf(read.diagnostics)));
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::AslJson);
        QVERIFY(out.ok);
        const OrderedJson def = parse(out.bytes);
        QCOMPARE(def["StartAt"], "Check");
        const OrderedJson &s = def["States"];
        QCOMPARE(s.size(), size_t(4)); // the start circle is not a state
        QCOMPARE(s["Check"]["Type"], "Pass");
        QCOMPARE(s["Check"]["Next"], "OK?");
        QCOMPARE(s["Check"]["Comment"], "Lane: Flow");
        QCOMPARE(s["OK?"]["Type"], "Choice");
        QCOMPARE(s["OK?"]["Choices"][0],
                 (OrderedJson{{"Variable", "$.choice"}, {"StringEquals", "No"}, {"Next", "Ann"}}));
        QCOMPARE(s["OK?"]["Choices"][1]["StringEquals"], "Yes");
        QVERIFY(!s["OK?"].contains("Default"));
        QCOMPARE(s["Ann"]["Type"], "Task");
        QCOMPARE(s["Ann"]["Resource"], "arn:aws:states:::lambda:invoke.waitForTaskToken");
        QCOMPARE(s["Ann"]["Parameters"]["Payload"]["TaskToken.$"], "$$.Task.Token");
        QCOMPARE(s["Ann"]["Parameters"]["Payload"]["Description"], "Review");
        QCOMPARE(s["Ann"]["Next"], "Check");
        QCOMPARE(s["Done"]["Type"], "Succeed");
        // Handles other than right -> left are lost, and said so.
        QVERIFY(codesOf(out.diagnostics).contains(QStringLiteral("CONVERT_LOST_HANDLES")));
        // Deterministic: a second conversion gives the same bytes.
        QCOMPARE(DocumentIo::write(*read.document, DocumentIo::Format::AslJson).bytes, out.bytes);
    }

    void fzToAslWarnsAboutLosses()
    {
        const QByteArray fz = "a { # A\n"
                              "n1: rectangle label:\"One\"\n"
                              "n2: rectangle label:\"Two\"\n"
                              "n3: rectangle label:\"Three\"\n"
                              "n1.handle(right) -> n2.handle(left) [label=\"go\"]\n"
                              "n1.handle(bottom) -> n3.handle(top)\n"
                              "n2.handle(right) -> n1.handle(left) [label=\"back\"]\n"
                              "n3.handle(right) -> n1.handle(left)\n"
                              "loop [again] n1 n2\n"
                              "}\n";
        const auto read = DocumentIo::read(fz, DocumentIo::Format::FlowZap);
        QVERIFY2(read.document, qPrintable(codesOf(read.diagnostics)));
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::AslJson);
        QVERIFY(out.ok);
        const QString codes = codesOf(out.diagnostics);
        for (const char *c : {"CONVERT_FORK_AS_CHOICE", "CONVERT_LOST_LABELS", "CONVERT_LOST_LOOP",
                              "CONVERT_ADDED_TERMINAL"})
            QVERIFY2(codes.contains(QLatin1String(c)), qPrintable(codes));
        const OrderedJson def = parse(out.bytes);
        QCOMPARE(def["States"]["Done"]["Type"], "Succeed");
        // The added terminal is reachable: the start choice leads to it.
        QCOMPARE(def["StartAt"], "Start");
        QCOMPARE(def["States"]["Start"]["Choices"].back()["Next"], "Done");
        QCOMPARE(def["States"]["Start"]["Default"], "One");
        // Two ways out of a step: no edge is dropped, a Choice state follows the step.
        QCOMPARE(def["States"]["One"]["Next"], "One fork");
        const OrderedJson &fork = def["States"]["One fork"];
        QCOMPARE(fork["Type"], "Choice");
        QCOMPARE(fork["Choices"][0]["StringEquals"], "go");
        QCOMPARE(fork["Choices"][0]["Next"], "Two");
        QCOMPARE(fork["Choices"][1]["StringEquals"], "Three");
        QCOMPARE(fork["Default"], "Two");
    }

    void commentsAreReportedLost()
    {
        const auto read =
            DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/fz/comments.fz"));
        QVERIFY(read.document);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::AslJson);
        QVERIFY(out.ok);
        QVERIFY2(codesOf(out.diagnostics).contains(QStringLiteral("CONVERT_LOST_COMMENTS")),
                 qPrintable(codesOf(out.diagnostics)));
    }

    void emptyDiagram()
    {
        const auto out = DocumentIo::write(WorkflowData(), DocumentIo::Format::AslJson);
        QVERIFY(out.ok);
        const auto back = DocumentIo::read(out.bytes, DocumentIo::Format::AslJson);
        QVERIFY(back.document);
        QVERIFY2(back.diagnostics.isEmpty(), qPrintable(codesOf(back.diagnostics)));
        QVERIFY(codesOf(out.diagnostics).contains(QStringLiteral("CONVERT_EMPTY")));
    }

    void fzToAslManyEntries()
    {
        // Two flows that never meet: both stay reachable through an added Start choice.
        const QByteArray fz = "a { # A\n"
                              "n1: rectangle label:\"One\"\n"
                              "n2: rectangle label:\"Two\"\n"
                              "n3: rectangle label:\"Other\"\n"
                              "n1.handle(right) -> n2.handle(left)\n"
                              "}\n";
        const auto read = DocumentIo::read(fz, DocumentIo::Format::FlowZap);
        QVERIFY(read.document);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::AslJson);
        const OrderedJson def = parse(out.bytes);
        QCOMPARE(def["StartAt"], "Start");
        QCOMPARE(def["States"]["Start"]["Default"], "One");
        QCOMPARE(
            def["States"]["Start"]["Choices"][0],
            (OrderedJson{{"Variable", "$.start"}, {"StringEquals", "Other"}, {"Next", "Other"}}));
        QVERIFY(codesOf(out.diagnostics).contains(QStringLiteral("CONVERT_MANY_STARTS")));
        const auto back = DocumentIo::read(out.bytes, DocumentIo::Format::AslJson);
        QVERIFY2(back.diagnostics.isEmpty(), qPrintable(codesOf(back.diagnostics)));
    }

    // Every FlowZap corpus file converts to a definition both our validator and asl-validator
    // accept. The validator's verdicts on these outputs were recorded at dev time in
    // tests/data/asl/fz-converted-verdicts.json (set STEPWISE_CONVERT_OUT=DIR to keep the
    // outputs and record them again); where node and the oracle are installed, the test also
    // asks asl-validator itself.
    void fzCorpusToAsl_data()
    {
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        if (shared.isEmpty())
            QSKIP("STEPWISE_SHARED is not set: the FlowZap corpus conversion is skipped");
        QTest::addColumn<QString>("path");
        const QString dir = shared + QStringLiteral("/corpus/fz");
        for (const QString &f :
             QDir(dir).entryList({QStringLiteral("*.fz")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir + QLatin1Char('/') + f;
    }
    void fzCorpusToAsl()
    {
        QFETCH(QString, path);
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        const auto read = DocumentIo::readFile(path);
        QVERIFY2(read.document, qPrintable(codesOf(read.diagnostics)));
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::AslJson);
        QVERIFY(out.ok);
        // Our own reader and validator: no error.
        const auto back = DocumentIo::read(out.bytes, DocumentIo::Format::AslJson);
        QVERIFY(back.document);
        QVERIFY2(!hasErrors(back.diagnostics), qPrintable(codesOf(back.diagnostics)));
        const QString base = QFileInfo(path).completeBaseName() + QStringLiteral(".asl.json");
        QTemporaryDir tmp;
        QString outDir = qEnvironmentVariable("STEPWISE_CONVERT_OUT");
        if (outDir.isEmpty())
            outDir = tmp.path();
        const QString file = outDir + QLatin1Char('/') + base;
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out.bytes);
        f.close();
        const QByteArray verdicts =
            load(QStringLiteral(STEPWISE_TEST_DATA "/asl/fz-converted-verdicts.json"));
        const OrderedJson recorded = OrderedJson::parse(
            verdicts.constData(), verdicts.constData() + verdicts.size(), nullptr, false);
        QVERIFY2(recorded.is_object() && recorded.contains(base.toStdString()),
                 qPrintable(QStringLiteral("no recorded verdict for ") + base));
        QCOMPARE(recorded[base.toStdString()]["isValid"], true);
        if (const std::optional<bool> live = oracleVerdict(shared, file))
            QVERIFY2(*live, "asl-validator refuses the converted definition");
    }

    // Every ASL corpus file converts to FlowZap Code that our FlowZap reader accepts.
    void aslCorpusToFz_data()
    {
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        if (shared.isEmpty())
            QSKIP("STEPWISE_SHARED is not set: the ASL corpus conversion is skipped");
        QTest::addColumn<QString>("path");
        const QString dir = shared + QStringLiteral("/corpus/asl");
        for (const QString &f :
             QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir + QLatin1Char('/') + f;
    }
    void aslCorpusToFz()
    {
        QFETCH(QString, path);
        const auto read = DocumentIo::readFile(path);
        QVERIFY(read.document);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::FlowZap);
        QVERIFY2(out.ok, qPrintable(out.diagnostics.value(0).message));
        // The ASL itself cannot be kept: a warning says so.
        QVERIFY(codesOf(out.diagnostics).contains(QStringLiteral("FZ_LOST_ASL")));
        const FzReader::Result back = FzReader::read(out.bytes);
        QStringList errors;
        for (const Diagnostic &d : back.diagnostics)
            if (d.isError())
                errors << d.format(QStringLiteral("out.fz"));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(back.document);
        // Same diagram: as many nodes and edges as the ASL document drew.
        QCOMPARE(back.document->nodes.size(), read.document->nodes.size());
        QCOMPARE(back.document->edges.size(), read.document->edges.size());
    }

    void aslToFzReplacesQuotes()
    {
        const QByteArray asl = R"j({"StartAt":"A","States":{"A":{"Type":"Choice","Choices":[
            {"Variable":"$.type","StringEquals":"Express","Next":"B"}],"Default":"B"},
            "B":{"Type":"Succeed"}}})j";
        const auto read = DocumentIo::read(asl, DocumentIo::Format::AslJson);
        QVERIFY(read.document);
        const auto out = DocumentIo::write(*read.document, DocumentIo::Format::FlowZap);
        QVERIFY(out.ok);
        QVERIFY(out.bytes.contains("[label=\"$.type == 'Express'\"]"));
        QVERIFY(codesOf(out.diagnostics).contains(QStringLiteral("FZ_CHANGED_TEXT")));
    }
};

QTEST_GUILESS_MAIN(TestConvert)
#include "tst_convert.moc"
