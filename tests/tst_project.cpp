#include "asl/aslwriter.h"
#include "documentio.h"

#include <QDir>
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

// Through the project file and back.
WorkflowData viaProject(const WorkflowData &doc)
{
    const auto written = DocumentIo::write(doc, DocumentIo::Format::Project);
    const auto read = DocumentIo::read(written.bytes, DocumentIo::Format::Project);
    return read.document.value_or(WorkflowData());
}

void fzRows(const QString &dir)
{
    for (const QString &f : QDir(dir).entryList({QStringLiteral("*.fz")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << dir + QLatin1Char('/') + f;
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    // .fz -> .stepwise -> .fz gives the same bytes: the repo's own tricky files (comments,
    // CRLF, BOM, older lane form, top-level loops) and, when available, the shared corpus.
    void fzBytesSurvive_data()
    {
        QTest::addColumn<QString>("path");
        fzRows(QStringLiteral(STEPWISE_TEST_DATA "/fz"));
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        if (!shared.isEmpty())
            fzRows(shared + QStringLiteral("/corpus/fz"));
        else
            qInfo("STEPWISE_SHARED is not set: the shared corpus rows are skipped; own data only.");
    }
    void fzBytesSurvive()
    {
        QFETCH(QString, path);
        const QByteArray input = load(path);
        const auto read = DocumentIo::read(input, DocumentIo::Format::FlowZap);
        QVERIFY(read.document);
        const WorkflowData back = viaProject(*read.document);
        const auto out = DocumentIo::write(back, DocumentIo::Format::FlowZap);
        QVERIFY(out.ok);
        QCOMPARE(out.bytes, input);
        QCOMPARE(back.nextId, read.document->nextId);
        QCOMPARE(back.nodes.size(), read.document->nodes.size());
    }

    void everythingIsKept()
    {
        auto r = DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"));
        QVERIFY(r.document);
        WorkflowData doc = *r.document;
        doc.nodes[1].position = QPointF(12.5, -3.25);
        doc.nodes[2].label = QStringLiteral("Ship it \"now\"");
        doc.savedInputs["express"] = OrderedJson{{"type", "Express"}};
        doc.savedInputs["vip"] = OrderedJson{{"total", 150}, {"vip", true}};
        const WorkflowData back = viaProject(doc);
        QCOMPARE(back.nodes.size(), doc.nodes.size());
        for (size_t i = 0; i < doc.nodes.size(); ++i) {
            QCOMPARE(back.nodes[i].id, doc.nodes[i].id);
            QCOMPARE(back.nodes[i].label, doc.nodes[i].label);
            QCOMPARE(back.nodes[i].shape, doc.nodes[i].shape);
            QCOMPARE(back.nodes[i].position, doc.nodes[i].position);
            QVERIFY(back.nodes[i].asl == doc.nodes[i].asl);
            QCOMPARE(back.nodes[i].subMachines.size(), doc.nodes[i].subMachines.size());
        }
        QCOMPARE(back.edges.size(), doc.edges.size());
        for (size_t i = 0; i < doc.edges.size(); ++i) {
            QCOMPARE(back.edges[i].label, doc.edges[i].label);
            QCOMPARE(back.edges[i].fromSide, doc.edges[i].fromSide);
            QCOMPARE(back.edges[i].toSide, doc.edges[i].toSide);
        }
        QVERIFY(back.savedInputs == doc.savedInputs);
        QVERIFY(back.aslTop == doc.aslTop);
        // ASL -> .stepwise -> ASL: the same JSON.
        QVERIFY(AslWriter::toJson(back) == AslWriter::toJson(doc));
        QVERIFY(AslWriter::toJson(back) ==
                parse(load(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"))));
        // Saving the same document twice gives the same bytes.
        QCOMPARE(DocumentIo::write(back, DocumentIo::Format::Project).bytes,
                 DocumentIo::write(doc, DocumentIo::Format::Project).bytes);
    }

    // Files saved by version 1 keep opening: the stored project gives back the ASL it was
    // saved from, with a hand-set position and a saved input added to the file by hand.
    void readsStoredVersion1Files()
    {
        const auto r =
            DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/project/diagram-v1.stepwise"));
        QVERIFY2(r.document, qPrintable(r.diagnostics.value(0).message));
        QVERIFY(AslWriter::toJson(*r.document) ==
                parse(load(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"))));
        const Node *approve = r.document->nodeByStateName(QStringLiteral("Approve"));
        QVERIFY(approve);
        QCOMPARE(approve->position, std::optional<QPointF>(QPointF(120.5, -40)));
        QCOMPARE(r.document->savedInputs["express"]["type"], "Express");
        QCOMPARE(r.document->nodeByStateName(QStringLiteral("Ship"))->subMachines.size(),
                 size_t(2));

        const auto fz = DocumentIo::readFile(
            QStringLiteral(STEPWISE_TEST_DATA "/project/comments-v1.stepwise"));
        QVERIFY(fz.document);
        const auto out = DocumentIo::write(*fz.document, DocumentIo::Format::FlowZap);
        QVERIFY(out.ok);
        QCOMPARE(out.bytes, load(QStringLiteral(STEPWISE_TEST_DATA "/fz/comments.fz")));
    }

    void headerAndVersion()
    {
        const auto out = DocumentIo::write(WorkflowData(), DocumentIo::Format::Project);
        const OrderedJson j = parse(out.bytes);
        QCOMPARE(j["format"], "stepwise");
        QCOMPARE(j["version"], 1);
        QCOMPARE(DocumentIo::formatForPath(QStringLiteral("a/b.stepwise")),
                 DocumentIo::Format::Project);
    }

    // Saving elsewhere says what that format cannot keep.
    void lossWarnings()
    {
        auto r = DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"));
        QVERIFY(r.document);
        WorkflowData doc = *r.document;
        doc.nodes[0].position = QPointF(1, 2);
        doc.savedInputs["a"] = 1;
        QStringList fzCodes, aslCodes;
        for (const Diagnostic &d : DocumentIo::write(doc, DocumentIo::Format::FlowZap).diagnostics)
            fzCodes << d.code;
        for (const Diagnostic &d : DocumentIo::write(doc, DocumentIo::Format::AslJson).diagnostics)
            aslCodes << d.code;
        for (const char *c : {"FZ_LOST_ASL", "FZ_LOST_NESTED", "FZ_LOST_INPUTS",
                              "FZ_LOST_POSITIONS", "FZ_CHANGED_TEXT"})
            QVERIFY2(fzCodes.contains(QLatin1String(c)), c);
        QVERIFY(aslCodes.contains(QStringLiteral("ASL_LOST_POSITIONS")));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("newer version")
            << QByteArray(
                   "{\n  \"format\": \"stepwise\",\n  \"version\": 2,\n  \"document\": {}\n}")
            << 3 << 3 << QStringLiteral("newer");
        QTest::newRow("not a project") << QByteArray("{\"format\": \"other\", \"version\": 1}") << 1
                                       << 2 << QStringLiteral("not a Stepwise project");
        QTest::newRow("syntax") << QByteArray("{\"format\": \"stepwise\",\n \"version\": 1 2}") << 2
                                << 15 << QStringLiteral("Invalid JSON");
        QTest::newRow("wrong type")
            << QByteArray("{\"format\": \"stepwise\", \"version\": 1, \"document\": {\n"
                          "  \"nextId\": 1, \"lanes\": \"none\"}}")
            << 2 << 16 << QStringLiteral("\"lanes\"");
        QTest::newRow("dangling edge")
            << QByteArray(
                   "{\"format\": \"stepwise\", \"version\": 1, \"document\": {\"nextId\": 9,\n"
                   " \"lanes\": [{\"id\": 1, \"key\": \"a\", \"title\": \"A\", \"body\": []}],\n"
                   " \"nodes\": [{\"id\": 2, \"lane\": 1, \"fzId\": \"n1\", \"shape\": \"circle\", "
                   "\"label\": \"x\"}],\n"
                   " \"edges\": [{\"id\": 3, \"from\": 2, \"to\": 7, \"fromSide\": \"right\",\n"
                   "   \"toSide\": \"left\", \"label\": \"\"}],\n"
                   " \"loops\": [], \"topLevel\": []}}")
            << 4 << 33 << QStringLiteral("does not exist");
        QTest::newRow("duplicate id")
            << QByteArray(
                   "{\"format\": \"stepwise\", \"version\": 1, \"document\": {\"nextId\": 9,\n"
                   " \"lanes\": [{\"id\": 1, \"key\": \"a\", \"title\": \"A\", \"body\": []}],\n"
                   " \"nodes\": [{\"id\": 1, \"lane\": 1, \"fzId\": \"n1\", \"shape\": \"circle\", "
                   "\"label\": \"x\"}],\n"
                   " \"edges\": [], \"loops\": [], \"topLevel\": []}}")
            << 3 << 13 << QStringLiteral("used twice");
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const auto r = DocumentIo::read(text, DocumentIo::Format::Project);
        QVERIFY(!r.document);
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics[0];
        QVERIFY2(d.message.contains(words), qPrintable(d.message));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
