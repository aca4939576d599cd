#include "fz/fzreader.h"
#include "fz/fzwriter.h"
#include "workflow.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace stepwise;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return f.readAll();
}

QString dataPath(const char *name)
{
    return QStringLiteral(STEPWISE_TEST_DATA "/fz/") + QLatin1String(name);
}

WorkflowData readOrDie(const QByteArray &bytes)
{
    FzReader::Result r = FzReader::read(bytes);
    if (!r.document)
        qFatal("test input does not read: %s",
               r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics.first().format({})));
    return std::move(*r.document);
}

Id nodeId(const WorkflowData &d, const char *fzId)
{
    const Node *n = d.nodeByFzId(QLatin1String(fzId));
    return n ? n->id : NoId;
}

Id laneId(const WorkflowData &d, const char *key)
{
    const Lane *l = d.laneByKey(QLatin1String(key));
    return l ? l->id : NoId;
}

Id edgeId(const WorkflowData &d, const char *from, const char *to)
{
    for (const Edge &e : d.edges)
        if (e.from == nodeId(d, from) && e.to == nodeId(d, to))
            return e.id;
    return NoId;
}

} // namespace

class TestFzWriter : public QObject
{
    Q_OBJECT
private slots:
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void ownRoundTrip_data();
    void ownRoundTrip();
    void editThenWrite_data();
    void editThenWrite();
    void refusesWhatFlowZapCannotHold_data();
    void refusesWhatFlowZapCannotHold();
    void writesDocumentWithoutStatements();
    void refusesBrokenIdentities();
};

void TestFzWriter::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty()) {
        QTest::newRow("no shared corpus") << QString();
        return;
    }
    const QDir dir(shared + QStringLiteral("/corpus/fz"));
    const QStringList files = dir.entryList({QStringLiteral("*.fz")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "STEPWISE_SHARED is set but corpus/fz holds no .fz file");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestFzWriter::corpusRoundTrip()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the corpus round trip is skipped");
    const QByteArray bytes = fileBytes(path);
    const FzReader::Result r = FzReader::read(bytes);
    QVERIFY(r.document);
    const FzWriter::Result w = FzWriter::write(*r.document);
    QVERIFY(w.ok);
    QCOMPARE(w.bytes, bytes);
}

void TestFzWriter::ownRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(STEPWISE_TEST_DATA "/fz"));
    const QStringList files = dir.entryList({QStringLiteral("*.fz")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestFzWriter::ownRoundTrip()
{
    QFETCH(QString, path);
    const QByteArray bytes = fileBytes(path);
    const FzReader::Result r = FzReader::read(bytes);
    QVERIFY(r.document);
    const FzWriter::Result w = FzWriter::write(*r.document);
    QVERIFY(w.ok);
    QCOMPARE(w.bytes, bytes);
}

using Edit = std::function<void(Workflow &)>;
Q_DECLARE_METATYPE(Edit)

void TestFzWriter::editThenWrite_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("relabel keeps the indentation, loses the trailing comment")
        << dataPath("comments.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.setNodeLabel(nodeId(wf.data(), "n2"), QStringLiteral("Check stock")));
           })
        << QByteArray("// Order handling, reviewed by ops\n// second header comment\n\n"
                      "sales { # Sales Team\n    // the entry point\n"
                      "    n1: circle label:\"Order Received\"\n\n"
                      "    n2: rectangle label:\"Check stock\"\n"
                      "\tn3: diamond label:\"OK?\"\n"
                      "    n1.handle(right) -> n2.handle(left)\n"
                      "    n2.handle(right) -> n3.handle(left)\n    // end of lane\n}\n\n"
                      "// trailer\n");
    QTest::newRow("CRLF file: added node and cross-lane edge use CRLF and the lane's indent")
        << dataPath("crlf.fz") << Edit([](Workflow &wf) {
               const Id n4 =
                   wf.addNode(laneId(wf.data(), "sales"), Shape::Diamond, QStringLiteral("Paid?"));
               QVERIFY(n4 != NoId);
               QVERIFY(wf.addEdge(n4, Side::Bottom, nodeId(wf.data(), "n3"), Side::Left,
                                  QStringLiteral("yes")) != NoId);
           })
        << QByteArray(
               "sales { # Sales Team\r\n  n1: circle label:\"Order Received\"\r\n"
               "  n2: rectangle label:\"Validate Order\"\r\n"
               "  n4: diamond label:\"Paid?\"\r\n"
               "  n1.handle(right) -> n2.handle(left)\r\n"
               "  n2.handle(bottom) -> fulfillment.n3.handle(top) [label=\"Valid\"]\r\n"
               "  n4.handle(bottom) -> fulfillment.n3.handle(left) [label=\"yes\"]\r\n"
               "}\r\n\r\nfulfillment { # Fulfillment\r\n  n3: circle label:\"Done\"\r\n}\r\n");
    QTest::newRow("removed edge, edited edge label")
        << dataPath("crlf.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.removeEdge(edgeId(wf.data(), "n1", "n2")));
               QVERIFY(wf.setEdgeLabel(edgeId(wf.data(), "n2", "n3"), QString(), true));
           })
        << QByteArray(
               "sales { # Sales Team\r\n  n1: circle label:\"Order Received\"\r\n"
               "  n2: rectangle label:\"Validate Order\"\r\n"
               "  n2.handle(bottom) -> fulfillment.n3.handle(top) [label=\"\"]\r\n"
               "}\r\n\r\nfulfillment { # Fulfillment\r\n  n3: circle label:\"Done\"\r\n}\r\n");
    QTest::newRow("retitled older-form lane is written in the current form")
        << dataPath("older-lane-form.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.setLaneTitle(laneId(wf.data(), "ops"), QStringLiteral("Ops & Co")));
           })
        << QByteArray("sales {\n  # Sales Team\n  n1: circle label:\"Start\"\n"
                      "  n2: rectangle label:\"Review\"\n  n1.handle(right) -> n2.handle(left)\n"
                      "}\n\nops { # Ops & Co\n  n3: circle label:\"End\"\n}\n");
    QTest::newRow("new loop goes into the lane of its first node")
        << dataPath("older-lane-form.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.addLoop(QStringLiteral("until done"),
                                  {nodeId(wf.data(), "n2"), nodeId(wf.data(), "n1"),
                                   nodeId(wf.data(), "n3")}) != NoId);
           })
        << QByteArray("sales {\n  # Sales Team\n  n1: circle label:\"Start\"\n"
                      "  n2: rectangle label:\"Review\"\n  n1.handle(right) -> n2.handle(left)\n"
                      "  loop [until done] n2 n1 n3\n}\n\nops{\n# Operations\n"
                      "  n3: circle label:\"End\"\n}\n");
    QTest::newRow("top-level edge and loop stay at top level when edited")
        << dataPath("toplevel-loop.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.setEdgeLabel(edgeId(wf.data(), "n2", "n3"), QStringLiteral("Post")));
               QVERIFY(wf.setLoopCondition(wf.data().loops[0].id, QStringLiteral("3 tries")));
           })
        << QByteArray("user { # User\n  n1: circle label:\"Start\"\n"
                      "  n1.handle(right) -> n2.handle(left)\n"
                      "  n2: rectangle label:\"Submit\"\n}\napp { # App\n"
                      "  n3: rectangle label:\"Validate\"\n  n4: diamond label:\"Valid?\"\n}\n"
                      "user.n2.handle(bottom) -> app.n3.handle(top) [label=\"Post\"]\n"
                      "n4.handle(top) -> user.n2.handle(bottom) [label=\"No\"]\n"
                      "loop [3 tries] n2 n3 n4\n");
    QTest::newRow("renamed lane: header and every edge that spells the key are regenerated")
        << dataPath("toplevel-loop.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.setLaneKey(laneId(wf.data(), "user"), QStringLiteral("customer")));
           })
        << QByteArray("customer { # User\n  n1: circle label:\"Start\"\n"
                      "  n1.handle(right) -> n2.handle(left)\n"
                      "  n2: rectangle label:\"Submit\"\n}\napp { # App\n"
                      "  n3: rectangle label:\"Validate\"\n  n4: diamond label:\"Valid?\"\n}\n"
                      "customer.n2.handle(bottom) -> app.n3.handle(top) [label=\"Send\"]\n"
                      "app.n4.handle(top) -> customer.n2.handle(bottom) [label=\"No\"]\n"
                      "loop [retry until valid] n2 n3 n4\n");
    QTest::newRow("added lane is set off by a blank line, as the file's lanes are")
        << dataPath("crlf.fz") << Edit([](Workflow &wf) {
               const Id lane = wf.addLane(QStringLiteral("audit"), QStringLiteral("Audit"));
               QVERIFY(wf.addNode(lane, Shape::Circle, QStringLiteral("Logged")) != NoId);
           })
        << QByteArray("sales { # Sales Team\r\n  n1: circle label:\"Order Received\"\r\n"
                      "  n2: rectangle label:\"Validate Order\"\r\n"
                      "  n1.handle(right) -> n2.handle(left)\r\n"
                      "  n2.handle(bottom) -> fulfillment.n3.handle(top) [label=\"Valid\"]\r\n"
                      "}\r\n\r\nfulfillment { # Fulfillment\r\n  n3: circle label:\"Done\"\r\n}\r\n"
                      "\r\naudit { # Audit\r\n  n4: circle label:\"Logged\"\r\n}\r\n");
    QTest::newRow("BOM and missing final newline survive an added lane and node")
        << dataPath("bom-no-final-newline.fz") << Edit([](Workflow &wf) {
               const Id lane = wf.addLane(QStringLiteral("audit"), QStringLiteral("Audit"));
               QVERIFY(lane != NoId);
               const Id n3 = wf.addNode(lane, Shape::Taskbox, QStringLiteral("Log"));
               QVERIFY(wf.setNodeTaskbox(n3, QStringLiteral("Eve"), {}, QStringLiteral("SIEM")));
           })
        << QByteArray(
               "\xEF\xBB\xBF"
               "flow { # Flow\nn1: circle label:\"Start\"\n"
               "n2: circle label:\"End\"\nn1.handle(right) -> n2.handle(left)\n}\n"
               "audit { # Audit\nn3: taskbox label:\"Log\" owner:\"Eve\" system:\"SIEM\"\n}");
    QTest::newRow("node moved to another lane takes its edges' prefixes along")
        << dataPath("older-lane-form.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.setNodeLane(nodeId(wf.data(), "n2"), laneId(wf.data(), "ops")));
           })
        << QByteArray("sales {\n  # Sales Team\n  n1: circle label:\"Start\"\n"
                      "  n1.handle(right) -> ops.n2.handle(left)\n}\n\nops{\n# Operations\n"
                      "  n3: circle label:\"End\"\n  n2: rectangle label:\"Review\"\n}\n");
    QTest::newRow("Chinese label edited")
        << dataPath("unicode-taskbox.fz") << Edit([](Workflow &wf) {
               QVERIFY(wf.setNodeLabel(nodeId(wf.data(), "n4"), QStringLiteral("结束")));
           })
        << QByteArray("用户 { # 用户与审批\n  n1: circle label:\"开始\"\n"
                      "  n2: taskbox owner:\"张伟\" description:\"审核订单\" system:\"ERP\"\n"
                      "  n3: taskbox label:\"Review|Check docs|Verify data\" owner:\"Ana\"\n"
                      "  n4: rectangle label:\"结束\"\n"
                      "  n1.handle(right) -> n2.handle(left) [label=\"提交\"]\n"
                      "  n2.handle(right) -> n3.handle(left) [label=\"\"]\n"
                      "  n3.handle(bottom) -> n4.handle(bottom)\n}\n");
}

void TestFzWriter::editThenWrite()
{
    QFETCH(QString, file);
    QFETCH(Edit, edit);
    QFETCH(QByteArray, expected);
    Workflow wf(readOrDie(fileBytes(file)));
    edit(wf);
    if (QTest::currentTestFailed())
        return;
    const FzWriter::Result w = FzWriter::write(wf.data());
    QVERIFY(w.ok);
    QCOMPARE(QString::fromUtf8(w.bytes), QString::fromUtf8(expected));
    QCOMPARE(w.bytes, expected);
    // What was written reads back without error.
    const FzReader::Result again = FzReader::read(w.bytes);
    QVERIFY(again.document);
}

void TestFzWriter::refusesWhatFlowZapCannotHold_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message");

    QTest::newRow("double quote in a node label") << Edit([](Workflow &wf) {
        QVERIFY(wf.setNodeLabel(nodeId(wf.data(), "n2"), QStringLiteral("say \"hi\"")));
    }) << QStringLiteral("Node n2 in lane \"sales\": the label contains a double quote");
    QTest::newRow("line break in a node label") << Edit([](Workflow &wf) {
        QVERIFY(wf.setNodeLabel(nodeId(wf.data(), "n1"), QStringLiteral("two\nlines")));
    }) << QStringLiteral("Node n1 in lane \"sales\": the label contains a line break");
    QTest::newRow("double quote in a taskbox owner") << Edit([](Workflow &wf) {
        QVERIFY(wf.setNodeTaskbox(nodeId(wf.data(), "n3"), QStringLiteral("\"Al\""), {}, {}));
    }) << QStringLiteral("Node n3 in lane \"fulfillment\": the owner contains a double quote");
    QTest::newRow("double quote in an edge label") << Edit([](Workflow &wf) {
        QVERIFY(wf.setEdgeLabel(edgeId(wf.data(), "n2", "n3"), QStringLiteral("a\"b")));
    }) << QStringLiteral("Edge n2 -> n3 in lane \"sales\": the label contains a double quote");
    QTest::newRow("] in a loop condition") << Edit([](Workflow &wf) {
        QVERIFY(wf.addLoop(QStringLiteral("until [done]"),
                           {nodeId(wf.data(), "n1"), nodeId(wf.data(), "n2")}) != NoId);
    }) << QStringLiteral("The loop over n1 n2 in lane \"sales\": its condition contains ]");
    QTest::newRow("line break in a lane title") << Edit([](Workflow &wf) {
        QVERIFY(wf.setLaneTitle(laneId(wf.data(), "sales"), QStringLiteral("A\r\nB")));
    }) << QStringLiteral("The lane \"sales\": its title contains a line break");
}

void TestFzWriter::refusesWhatFlowZapCannotHold()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);
    Workflow wf(readOrDie(fileBytes(dataPath("crlf.fz"))));
    edit(wf);
    if (QTest::currentTestFailed())
        return;
    const FzWriter::Result w = FzWriter::write(wf.data());
    QVERIFY(!w.ok);
    QVERIFY(w.bytes.isEmpty());
    QCOMPARE(w.diagnostics.size(), 1);
    QVERIFY(w.diagnostics[0].isError());
    QCOMPARE(w.diagnostics[0].code, QStringLiteral("FZ_WRITE_UNWRITABLE_TEXT"));
    QVERIFY2(w.diagnostics[0].message.startsWith(message), qPrintable(w.diagnostics[0].message));
}

void TestFzWriter::writesDocumentWithoutStatements()
{
    // A document built in code (as the ASL reader does) holds no statement lists and no
    // FlowZap ids on some nodes: every entity still comes out, in its lane, and reads back.
    WorkflowData d;
    Lane a;
    a.id = d.allocateId();
    a.key = QStringLiteral("a");
    a.title = QStringLiteral("Lane A");
    Lane b = a;
    b.id = d.allocateId();
    b.key = QStringLiteral("b");
    b.title = QStringLiteral("Lane B");
    d.lanes = {a, b};
    Node n1;
    n1.id = d.allocateId();
    n1.lane = a.id;
    n1.fzId = QStringLiteral("n1");
    n1.shape = Shape::Circle;
    n1.label = QStringLiteral("Start");
    Node n2 = n1;
    n2.id = d.allocateId();
    n2.lane = b.id;
    n2.fzId.clear();
    n2.shape = Shape::Rectangle;
    n2.label = QStringLiteral("Work");
    d.nodes = {n1, n2};
    Edge e;
    e.id = d.allocateId();
    e.from = n1.id;
    e.to = n2.id;
    e.fromSide = Side::Bottom;
    e.toSide = Side::Top;
    d.edges = {e};
    Loop l;
    l.id = d.allocateId();
    l.condition = QStringLiteral("again");
    l.nodes = {n2.id, n1.id};
    d.loops = {l};
    d.fz.indent = QStringLiteral("  ");

    const FzWriter::Result w = FzWriter::write(d);
    QVERIFY(w.ok);
    QCOMPARE(QString::fromUtf8(w.bytes),
             QStringLiteral("a { # Lane A\n  n1: circle label:\"Start\"\n"
                            "  n1.handle(bottom) -> b.n2.handle(top)\n}\n"
                            "b { # Lane B\n  n2: rectangle label:\"Work\"\n"
                            "  loop [again] n2 n1\n}\n"));
    const FzReader::Result r = FzReader::read(w.bytes);
    QVERIFY(r.document);
    QVERIFY(r.diagnostics.isEmpty());
}

void TestFzWriter::refusesBrokenIdentities()
{
    WorkflowData d = readOrDie(fileBytes(dataPath("crlf.fz")));
    d.lanes[1].key = QStringLiteral("ful fil");
    d.nodes[1].fzId = QStringLiteral("n1");
    d.nodes[2].fzId = QStringLiteral("step");
    const FzWriter::Result w = FzWriter::write(d);
    QVERIFY(!w.ok);
    QVERIFY(w.bytes.isEmpty());
    QStringList codes;
    for (const Diagnostic &diag : w.diagnostics)
        codes << diag.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("FZ_WRITE_BAD_LANE_KEY"),
                                 QStringLiteral("FZ_WRITE_DUPLICATE_NODE_ID"),
                                 QStringLiteral("FZ_WRITE_BAD_NODE_ID")}));
    QVERIFY(w.diagnostics[1].message.contains(QStringLiteral("n1")));

    // A node of no lane has nowhere to be written, with or without a FlowZap id.
    WorkflowData orphan = readOrDie(fileBytes(dataPath("crlf.fz")));
    orphan.nodes[0].lane = NoId;
    orphan.nodes[1].fzId.clear();
    orphan.nodes[1].lane = NoId;
    const FzWriter::Result o = FzWriter::write(orphan);
    QVERIFY(!o.ok);
    codes.clear();
    for (const Diagnostic &diag : o.diagnostics)
        codes << diag.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("FZ_WRITE_DANGLING"),
                                 QStringLiteral("FZ_WRITE_DANGLING")}));
    QVERIFY(o.diagnostics[1].message.contains(QStringLiteral("Validate Order")));
}

QTEST_GUILESS_MAIN(TestFzWriter)
#include "tst_fzwriter.moc"
