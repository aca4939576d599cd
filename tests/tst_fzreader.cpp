#include "fz/fzreader.h"

#include <QFile>
#include <QtTest>

using namespace stepwise;

namespace {

// One line per entity, in document order: what the reader understood, independent of the text.
QString dump(const WorkflowData &d)
{
    auto fz = [&](Id id) {
        const Node *n = d.node(id);
        return n ? n->fzId : QStringLiteral("?");
    };
    QString out;
    for (const Lane &l : d.lanes)
        out += QStringLiteral("lane %1 '%2'\n").arg(l.key, l.title);
    for (const Node &n : d.nodes) {
        const Lane *l = d.lane(n.lane);
        out += QStringLiteral("node %1 @%2 %3")
                   .arg(n.fzId, l ? l->key : QStringLiteral("?"), shapeName(n.shape));
        if (n.hasLabel)
            out += QStringLiteral(" '%1'").arg(n.label);
        if (!n.owner.isEmpty())
            out += QStringLiteral(" owner='%1'").arg(n.owner);
        if (!n.description.isEmpty())
            out += QStringLiteral(" description='%1'").arg(n.description);
        if (!n.system.isEmpty())
            out += QStringLiteral(" system='%1'").arg(n.system);
        out += QLatin1Char('\n');
    }
    for (const Edge &e : d.edges) {
        out += QStringLiteral("edge %1.%2 -> %3.%4")
                   .arg(fz(e.from), sideName(e.fromSide), fz(e.to), sideName(e.toSide));
        if (e.hasLabel)
            out += QStringLiteral(" '%1'").arg(e.label);
        out += QLatin1Char('\n');
    }
    for (const Loop &l : d.loops) {
        out += QStringLiteral("loop [%1]").arg(l.condition);
        for (Id n : l.nodes)
            out += QLatin1Char(' ') + fz(n);
        out += QLatin1Char('\n');
    }
    return out;
}

QStringList findings(const Diagnostics &diags)
{
    QStringList out;
    for (const Diagnostic &d : diags)
        out << QStringLiteral("%1 %2:%3 %4")
                   .arg(d.isError() ? QStringLiteral("error") : QStringLiteral("warning"))
                   .arg(d.line)
                   .arg(d.column)
                   .arg(d.code);
    return out;
}

QByteArray dataFile(const char *name)
{
    QFile f(QStringLiteral(STEPWISE_TEST_DATA "/fz/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

QByteArray u8(const char *text)
{
    return QByteArray(text);
}

} // namespace

class TestFzReader : public QObject
{
    Q_OBJECT
private slots:
    void grammar_data();
    void grammar();
    void diagnostics_data();
    void diagnostics();
    void keepsSourceText();
    void olderLaneFormKeepsBothHeaderLines();
    void crlfAndBomFacts();
    void topLevelStatementsStayTopLevel();
};

void TestFzReader::grammar_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("warnings");

    QTest::newRow("empty file") << QByteArray() << QString() << QStringList();
    QTest::newRow("current lane form")
        << u8("sales { # Sales Team\nn1: circle label:\"Start\"\n}\n")
        << QStringLiteral("lane sales 'Sales Team'\nnode n1 @sales circle 'Start'\n")
        << QStringList();
    QTest::newRow("older lane form, title on the next line")
        << u8("sales {\n  # Sales Team\n  n1: circle label:\"Start\"\n}\n")
        << QStringLiteral("lane sales 'Sales Team'\nnode n1 @sales circle 'Start'\n")
        << QStringList();
    QTest::newRow("tight spacing in header and handles")
        << u8("flow{#Flow\nn1: circle label:\"A\"\nn2: circle label:\"B\"\n"
              "n1.handle( right )->n2.handle(left)\n}\n")
        << QStringLiteral("lane flow 'Flow'\nnode n1 @flow circle 'A'\nnode n2 @flow circle 'B'\n"
                          "edge n1.right -> n2.left\n")
        << QStringList();
    QTest::newRow("all shapes, node without label")
        << u8("s { # S\nn1: circle label:\"c\"\nn2: rectangle label:\"r\"\nn3: diamond "
              "label:\"d\"\nn4: taskbox label:\"t\"\nn5: rectangle\n}\n")
        << QStringLiteral("lane s 'S'\nnode n1 @s circle 'c'\nnode n2 @s rectangle 'r'\n"
                          "node n3 @s diamond 'd'\nnode n4 @s taskbox 't'\nnode n5 @s rectangle\n")
        << QStringList();
    QTest::newRow("taskbox attributes and | in a label")
        << u8("ops { # Ops\nn1: taskbox owner:\"Alice\" description:\"Deploy\" system:\"CI\"\n"
              "n2: taskbox label:\"Review|Check docs|Verify data\" owner:\"Bo\"\n}\n")
        << QStringLiteral("lane ops 'Ops'\n"
                          "node n1 @ops taskbox owner='Alice' description='Deploy' system='CI'\n"
                          "node n2 @ops taskbox 'Review|Check docs|Verify data' owner='Bo'\n")
        << QStringList();
    QTest::newRow("edge labels: none, text, empty; all four sides")
        << u8("f { # F\nn1: circle label:\"a\"\nn2: circle label:\"b\"\n"
              "n1.handle(right) -> n2.handle(left)\nn1.handle(bottom) -> n2.handle(top) "
              "[label=\"Yes\"]\nn2.handle(top) -> n1.handle(top) [label=\"\"]\n}\n")
        << QStringLiteral("lane f 'F'\nnode n1 @f circle 'a'\nnode n2 @f circle 'b'\n"
                          "edge n1.right -> n2.left\nedge n1.bottom -> n2.top 'Yes'\n"
                          "edge n2.top -> n1.top ''\n")
        << QStringList();
    QTest::newRow("cross-lane edge, node declared after the edges that use it")
        << u8("a { # A\n  n1: circle label:\"x\"\n  n1.handle(right) -> n3.handle(left)\n"
              "  n1.handle(bottom) -> b.n2.handle(top) [label=\"go\"]\n"
              "  n3: circle label:\"z\"\n}\n\nb { # B\n  n2: rectangle label:\"y\"\n}\n")
        << QStringLiteral("lane a 'A'\nlane b 'B'\nnode n1 @a circle 'x'\nnode n3 @a circle 'z'\n"
                          "node n2 @b rectangle 'y'\nedge n1.right -> n3.left\n"
                          "edge n1.bottom -> n2.top 'go'\n")
        << QStringList();
    QTest::newRow("loop in a lane, spanning lanes")
        << u8("a { # A\nn1: circle label:\"x\"\nn2: circle label:\"y\"\n"
              "loop [retry until valid] n1 n2 n3\n}\nb { # B\nn3: circle label:\"z\"\n}\n")
        << QStringLiteral("lane a 'A'\nlane b 'B'\nnode n1 @a circle 'x'\nnode n2 @a circle 'y'\n"
                          "node n3 @b circle 'z'\nloop [retry until valid] n1 n2 n3\n")
        << QStringList();
    QTest::newRow("loop and cross-lane edges at top level")
        << dataFile("toplevel-loop.fz")
        << QStringLiteral("lane user 'User'\nlane app 'App'\nnode n1 @user circle 'Start'\n"
                          "node n2 @user rectangle 'Submit'\nnode n3 @app rectangle 'Validate'\n"
                          "node n4 @app diamond 'Valid?'\nedge n1.right -> n2.left\n"
                          "edge n2.bottom -> n3.top 'Send'\nedge n4.top -> n2.bottom 'No'\n"
                          "loop [retry until valid] n2 n3 n4\n")
        << QStringList();
    QTest::newRow("any indentation: none, tabs, four spaces")
        << u8("a { # A\nn1: circle label:\"x\"\n\tn2: circle label:\"y\"\n    "
              "n1.handle(right) -> n2.handle(left)\n}\n")
        << QStringLiteral("lane a 'A'\nnode n1 @a circle 'x'\nnode n2 @a circle 'y'\n"
                          "edge n1.right -> n2.left\n")
        << QStringList();
    QTest::newRow("CRLF line ends")
        << dataFile("crlf.fz")
        << QStringLiteral("lane sales 'Sales Team'\nlane fulfillment 'Fulfillment'\n"
                          "node n1 @sales circle 'Order Received'\n"
                          "node n2 @sales rectangle 'Validate Order'\n"
                          "node n3 @fulfillment circle 'Done'\nedge n1.right -> n2.left\n"
                          "edge n2.bottom -> n3.top 'Valid'\n")
        << QStringList();
    QTest::newRow("UTF-8 BOM, no final newline")
        << dataFile("bom-no-final-newline.fz")
        << QStringLiteral("lane flow 'Flow'\nnode n1 @flow circle 'Start'\n"
                          "node n2 @flow circle 'End'\nedge n1.right -> n2.left\n")
        << QStringList();
    QTest::newRow("Chinese lane key, title and labels")
        << dataFile("unicode-taskbox.fz")
        << QStringLiteral("lane 用户 '用户与审批'\nnode n1 @用户 circle '开始'\n"
                          "node n2 @用户 taskbox owner='张伟' description='审核订单' system='ERP'\n"
                          "node n3 @用户 taskbox 'Review|Check docs|Verify data' owner='Ana'\n"
                          "node n4 @用户 rectangle\nedge n1.right -> n2.left '提交'\n"
                          "edge n2.right -> n3.left ''\nedge n3.bottom -> n4.bottom\n")
        << QStringList();
    QTest::newRow("whole-line and trailing comments, // inside a label")
        << dataFile("comments.fz")
        << QStringLiteral("lane sales 'Sales Team'\nnode n1 @sales circle 'Order Received'\n"
                          "node n2 @sales rectangle 'Check: stock & price (EUR/$)'\n"
                          "node n3 @sales diamond 'OK?'\nedge n1.right -> n2.left\n"
                          "edge n2.right -> n3.left\n")
        << QStringList{QStringLiteral("warning 8:58 FZ_TRAILING_COMMENT")};
    QTest::newRow("// in a label is text")
        << u8("a { # A\nn1: rectangle label:\"See http://x.org\" // note\n}\n")
        << QStringLiteral("lane a 'A'\nnode n1 @a rectangle 'See http://x.org'\n")
        << QStringList{QStringLiteral("warning 2:40 FZ_TRAILING_COMMENT")};
    QTest::newRow("trailing comment on } and edge")
        << u8("a { # A\nn1: circle label:\"x\"\nn2: circle label:\"y\"\n"
              "n1.handle(right) -> n2.handle(left) [label=\"k\"]//why\n} // a\n")
        << QStringLiteral("lane a 'A'\nnode n1 @a circle 'x'\nnode n2 @a circle 'y'\n"
                          "edge n1.right -> n2.left 'k'\n")
        << QStringList{QStringLiteral("warning 4:48 FZ_TRAILING_COMMENT"),
                       QStringLiteral("warning 5:3 FZ_TRAILING_COMMENT")};
    QTest::newRow("gap in node numbering")
        << u8("a { # A\nn1: circle label:\"x\"\nn4: circle label:\"y\"\nn2: circle "
              "label:\"z\"\n}\n")
        << QStringLiteral("lane a 'A'\nnode n1 @a circle 'x'\nnode n4 @a circle 'y'\n"
                          "node n2 @a circle 'z'\n")
        << QStringList{QStringLiteral("warning 3:1 FZ_ID_GAP")};
    QTest::newRow("numbering not starting at n1")
        << u8("a { # A\n  n2: circle label:\"x\"\n  n3: circle label:\"y\"\n}\n")
        << QStringLiteral("lane a 'A'\nnode n2 @a circle 'x'\nnode n3 @a circle 'y'\n")
        << QStringList{QStringLiteral("warning 2:3 FZ_ID_GAP")};
    QTest::newRow("label of 50 characters is fine, 51 warns")
        << u8("a { # A\nn1: circle label:\"12345678901234567890123456789012345678901234567890\"\n"
              "n2: circle label:\"123456789012345678901234567890123456789012345678901\"\n}\n")
        << QStringLiteral(
               "lane a 'A'\n"
               "node n1 @a circle '12345678901234567890123456789012345678901234567890'\n"
               "node n2 @a circle '123456789012345678901234567890123456789012345678901'\n")
        << QStringList{QStringLiteral("warning 3:18 FZ_LONG_LABEL")};
    QTest::newRow("long edge label")
        << u8("a { # A\nn1: circle\nn2: circle\nn1.handle(right) -> n2.handle(left) "
              "[label=\"123456789012345678901234567890123456789012345678901\"]\n}\n")
        << QStringLiteral("lane a 'A'\nnode n1 @a circle\nnode n2 @a circle\n"
                          "edge n1.right -> n2.left "
                          "'123456789012345678901234567890123456789012345678901'\n")
        << QStringList{QStringLiteral("warning 4:44 FZ_LONG_LABEL")};
    QTest::newRow("emoji and control character, columns in code points")
        << u8("a { # A\nn1: circle label:\"\xe5\xbc\x80 \xf0\x9f\x9a\x80 go\"\n"
              "n2: circle label:\"x\x01y\"\n}\n")
        << QStringLiteral("lane a 'A'\nnode n1 @a circle '开 🚀 go'\n"
                          "node n2 @a circle 'x\x01y'\n")
        << QStringList{QStringLiteral("warning 2:21 FZ_EMOJI"),
                       QStringLiteral("warning 3:20 FZ_CONTROL_CHARACTER")};
    QTest::newRow("lane without a title")
        << u8("a {\nn1: circle label:\"x\"\n}\nb { #\n}\n")
        << QStringLiteral("lane a ''\nlane b ''\nnode n1 @a circle 'x'\n")
        << QStringList{QStringLiteral("warning 1:1 FZ_MISSING_TITLE"),
                       QStringLiteral("warning 4:5 FZ_MISSING_TITLE")};
    QTest::newRow("lane prefix naming the wrong lane")
        << u8("a { # A\nn1: circle\nn1.handle(right) -> b.n2.handle(left)\n}\n"
              "b { # B\nn2: circle\n}\nc { # C\n}\n"
              "a.n1.handle(top) -> c.n2.handle(top)\n")
        << QStringLiteral("lane a 'A'\nlane b 'B'\nlane c 'C'\nnode n1 @a circle\n"
                          "node n2 @b circle\nedge n1.right -> n2.left\nedge n1.top -> n2.top\n")
        << QStringList{QStringLiteral("warning 10:21 FZ_LANE_MISMATCH")};
}

void TestFzReader::grammar()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(QStringList, warnings);
    const FzReader::Result r = FzReader::read(input);
    QCOMPARE(findings(r.diagnostics), warnings);
    QVERIFY(r.document.has_value());
    QCOMPARE(dump(*r.document), expected);
}

void TestFzReader::diagnostics_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");

    const QByteArray head = "a { # A\nn1: circle label:\"x\"\nn2: circle label:\"y\"\n";
    QTest::newRow("unknown shape") << head + "n3: square label:\"z\"\n}\n"
                                   << QStringList{QStringLiteral("error 4:5 FZ_UNKNOWN_SHAPE")};
    QTest::newRow("label= on a node")
        << head + "n3: circle label=\"z\"\n}\n"
        << QStringList{QStringLiteral("error 4:17 FZ_NODE_ATTR_EQUALS")};
    QTest::newRow("[label: on an edge")
        << head + "n1.handle(right) -> n2.handle(left) [label:\"z\"]\n}\n"
        << QStringList{QStringLiteral("error 4:43 FZ_EDGE_LABEL_COLON")};
    QTest::newRow("edge end without handle")
        << head + "n1 -> n2.handle(left)\n}\n"
        << QStringList{QStringLiteral("error 4:1 FZ_MISSING_HANDLE")};
    QTest::newRow("target without handle, indented")
        << head + "  n1.handle(right) -> n2\n}\n"
        << QStringList{QStringLiteral("error 4:23 FZ_MISSING_HANDLE")};
    QTest::newRow("handle without side")
        << head + "n1.handle() -> n2.handle(left)\n}\n"
        << QStringList{QStringLiteral("error 4:11 FZ_MISSING_HANDLE")};
    QTest::newRow("unknown handle side")
        << head + "n1.handle(up) -> n2.handle(left)\n}\n"
        << QStringList{QStringLiteral("error 4:11 FZ_UNKNOWN_SIDE")};
    QTest::newRow("duplicate node id")
        << head + "  n1: circle label:\"again\"\n}\n"
        << QStringList{QStringLiteral("error 4:3 FZ_DUPLICATE_NODE_ID")};
    QTest::newRow("duplicate node id across lanes")
        << head + "}\nb { # B\nn2: circle\n}\n"
        << QStringList{QStringLiteral("error 6:1 FZ_DUPLICATE_NODE_ID")};
    QTest::newRow("duplicate lane key")
        << head + "}\na { # Again\nn3: circle\n}\n"
        << QStringList{QStringLiteral("error 5:1 FZ_DUPLICATE_LANE")};
    QTest::newRow("edge naming an unknown node")
        << head + "n1.handle(right) -> n9.handle(left)\n}\n"
        << QStringList{QStringLiteral("error 4:21 FZ_UNKNOWN_NODE")};
    QTest::newRow("edge naming an unknown lane")
        << head + "n1.handle(right) -> nope.n2.handle(left)\n}\n"
        << QStringList{QStringLiteral("error 4:21 FZ_UNKNOWN_LANE")};
    QTest::newRow("loop naming an unknown node")
        << head + "loop [again] n1 n9\n}\n"
        << QStringList{QStringLiteral("error 4:17 FZ_UNKNOWN_NODE")};
    QTest::newRow("loop with one node")
        << head + "  loop [again] n1\n}\n"
        << QStringList{QStringLiteral("error 4:3 FZ_LOOP_TOO_FEW_NODES")};
    QTest::newRow("lane never closed")
        << head << QStringList{QStringLiteral("error 1:1 FZ_UNCLOSED_LANE")};
    QTest::newRow("lane not closed before the next")
        << head + "  b { # B\nn3: circle\n}\n"
        << QStringList{QStringLiteral("error 1:1 FZ_UNCLOSED_LANE")};
    QTest::newRow("unclosed string")
        << head + "n3: circle label:\"z\n}\n"
        << QStringList{QStringLiteral("error 4:18 FZ_UNCLOSED_STRING")};
    QTest::newRow("unclosed string in an edge label")
        << head + "n1.handle(right) -> n2.handle(left) [label=\"z]\n}\n"
        << QStringList{QStringLiteral("error 4:44 FZ_UNCLOSED_STRING")};
    QTest::newRow("unknown statement")
        << head + "  hello world\n}\n"
        << QStringList{QStringLiteral("error 4:3 FZ_UNKNOWN_STATEMENT")};
    QTest::newRow("stray # line") << head + "# Title too late\n}\n"
                                  << QStringList{QStringLiteral("error 4:1 FZ_UNKNOWN_STATEMENT")};
    QTest::newRow("node outside any lane")
        << head + "}\nn3: circle label:\"z\"\n"
        << QStringList{QStringLiteral("error 5:1 FZ_OUTSIDE_LANE")};
    QTest::newRow("} closing no lane")
        << head + "}\n}\n"
        << QStringList{QStringLiteral("error 5:1 FZ_UNMATCHED_BRACE")};
    QTest::newRow("node id that is not n + digits")
        << head + "start: circle\n}\n"
        << QStringList{QStringLiteral("error 4:1 FZ_BAD_NODE_ID")};
    QTest::newRow("unknown node attribute, column after a surrogate pair")
        << head + "n3: circle label:\"\xf0\x9f\x9a\x80\" colour:\"x\"\n}\n"
        << QStringList{QStringLiteral("warning 4:19 FZ_EMOJI"),
                       QStringLiteral("error 4:22 FZ_UNKNOWN_ATTRIBUTE")};
    QTest::newRow("column after Chinese text")
        << head + "n3: circle label:\"\xe5\xbc\x80\xe5\xa7\x8b\" =\n}\n"
        << QStringList{QStringLiteral("error 4:23 FZ_SYNTAX")};
    QTest::newRow("text after an edge") << head + "n1.handle(right) -> n2.handle(left) now\n}\n"
                                        << QStringList{QStringLiteral("error 4:37 FZ_SYNTAX")};
    QTest::newRow("attribute given twice")
        << head + "n3: circle label:\"z\" label:\"w\"\n}\n"
        << QStringList{QStringLiteral("error 4:22 FZ_DUPLICATE_ATTRIBUTE")};
    QTest::newRow("unknown edge attribute")
        << head + "n1.handle(right) -> n2.handle(left) [color=\"red\"]\n}\n"
        << QStringList{QStringLiteral("error 4:38 FZ_UNKNOWN_ATTRIBUTE")};
    QTest::newRow("edge without ->") << head + "n1.handle(right) n2.handle(left)\n}\n"
                                     << QStringList{QStringLiteral("error 4:18 FZ_SYNTAX")};
    QTest::newRow("lane title without #") << head + "}\nb { Title\n}\n"
                                          << QStringList{QStringLiteral("error 5:5 FZ_SYNTAX")};
    QTest::newRow("lane key that is not an identifier")
        << QByteArray("9lane { # Nine\n}\n")
        << QStringList{QStringLiteral("error 1:1 FZ_BAD_LANE_KEY")};
    QTest::newRow("invalid UTF-8") << QByteArray("a { # A\nn1: \xff circle\n}\n")
                                   << QStringList{QStringLiteral("error 2:5 FZ_INVALID_UTF8")};
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray("a { # A\nn1: circle label:\"\xe5\xbc")
        << QStringList{QStringLiteral("error 2:19 FZ_INVALID_UTF8")};
    QTest::newRow("every error of the file in one pass, in order")
        << QByteArray("a { # A\n"
                      "  n1: square label:\"x\"\n"
                      "  n2: circle label=\"y\"\n"
                      "  n1.handle(right) -> n2.handle(left) [label:\"k\"]\n"
                      "  n1.handle(up) -> n7.handle(left)\n"
                      "  n2: circle\n"
                      "}\n"
                      "n3: circle\n"
                      "b { # B\n"
                      "  loop [x] n1 n8\n"
                      "  n1.handle(top) -> zz.n2.handle(top)\n"
                      "  n4: circle label:\"open\n")
        << QStringList{QStringLiteral("error 2:7 FZ_UNKNOWN_SHAPE"),
                       QStringLiteral("error 3:19 FZ_NODE_ATTR_EQUALS"),
                       QStringLiteral("error 4:45 FZ_EDGE_LABEL_COLON"),
                       QStringLiteral("error 5:13 FZ_UNKNOWN_SIDE"),
                       QStringLiteral("error 5:20 FZ_UNKNOWN_NODE"),
                       QStringLiteral("error 6:3 FZ_DUPLICATE_NODE_ID"),
                       QStringLiteral("error 8:1 FZ_OUTSIDE_LANE"),
                       QStringLiteral("error 9:1 FZ_UNCLOSED_LANE"),
                       QStringLiteral("error 10:15 FZ_UNKNOWN_NODE"),
                       QStringLiteral("error 11:21 FZ_UNKNOWN_LANE"),
                       QStringLiteral("error 12:20 FZ_UNCLOSED_STRING")};
}

void TestFzReader::diagnostics()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const FzReader::Result r = FzReader::read(input);
    QCOMPARE(findings(r.diagnostics), expected);
    QVERIFY2(!r.document.has_value(), "a file with errors must give no document");
    for (const Diagnostic &d : r.diagnostics)
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
}

void TestFzReader::keepsSourceText()
{
    const QByteArray text = "// head\n\nsales { # Sales\r\n  n1: circle label:\"A\"  \n"
                            "\t// inner\n  n1.handle(right) -> n1.handle(left)\n"
                            "  loop [x] n1 n1\n}   \n";
    const FzReader::Result r = FzReader::read(text);
    QVERIFY(r.document);
    const WorkflowData &d = *r.document;
    QCOMPARE(d.topLevel.size(), size_t(3));
    QCOMPARE(d.topLevel[0].kind, Statement::Kind::Comment);
    QCOMPARE(d.topLevel[0].text, QStringLiteral("// head\n"));
    QCOMPARE(d.topLevel[1].kind, Statement::Kind::Blank);
    QCOMPARE(d.topLevel[1].text, QStringLiteral("\n"));
    QCOMPARE(d.topLevel[2].kind, Statement::Kind::Lane);
    QCOMPARE(d.topLevel[2].ref, d.lanes[0].id);
    const Lane &lane = d.lanes[0];
    QCOMPARE(lane.headerSource, QStringLiteral("sales { # Sales\r\n"));
    QCOMPARE(lane.closeSource, QStringLiteral("}   \n"));
    QCOMPARE(lane.body.size(), size_t(4));
    QCOMPARE(lane.body[0].kind, Statement::Kind::Node);
    QCOMPARE(lane.body[1].kind, Statement::Kind::Comment);
    QCOMPARE(lane.body[1].text, QStringLiteral("\t// inner\n"));
    QCOMPARE(lane.body[2].kind, Statement::Kind::Edge);
    QCOMPARE(lane.body[3].kind, Statement::Kind::Loop);
    QCOMPARE(d.nodes[0].source, QStringLiteral("  n1: circle label:\"A\"  \n"));
    QCOMPARE(d.edges[0].source, QStringLiteral("  n1.handle(right) -> n1.handle(left)\n"));
    QCOMPARE(d.loops[0].source, QStringLiteral("  loop [x] n1 n1\n"));
    QCOMPARE(d.fz.indent, QStringLiteral("  "));
    QCOMPARE(d.fz.eol, QStringLiteral("\n")); // one CRLF among seven LF lines
    QVERIFY(d.fz.finalNewline);
    QVERIFY(!d.fz.bom);
    // Ids are fresh and distinct; the next one is past all of them.
    QVERIFY(d.lanes[0].id != d.nodes[0].id && d.nodes[0].id != d.edges[0].id);
    QVERIFY(d.nextId > d.loops[0].id);
}

void TestFzReader::olderLaneFormKeepsBothHeaderLines()
{
    const FzReader::Result r = FzReader::read(dataFile("older-lane-form.fz"));
    QVERIFY(r.document);
    QVERIFY(r.diagnostics.isEmpty());
    const WorkflowData &d = *r.document;
    QCOMPARE(d.lanes[0].headerSource, QStringLiteral("sales {\n  # Sales Team\n"));
    QCOMPARE(d.lanes[0].title, QStringLiteral("Sales Team"));
    QCOMPARE(d.lanes[1].headerSource, QStringLiteral("ops{\n# Operations\n"));
    QCOMPARE(d.lanes[1].title, QStringLiteral("Operations"));
    QCOMPARE(d.lanes[0].body.size(), size_t(3));
    QCOMPARE(d.lanes[0].body[0].kind, Statement::Kind::Node);
}

void TestFzReader::crlfAndBomFacts()
{
    const FzReader::Result crlf = FzReader::read(dataFile("crlf.fz"));
    QVERIFY(crlf.document);
    QCOMPARE(crlf.document->fz.eol, QStringLiteral("\r\n"));
    QCOMPARE(crlf.document->nodes[0].source,
             QStringLiteral("  n1: circle label:\"Order Received\"\r\n"));
    QCOMPARE(crlf.document->nodes[0].label, QStringLiteral("Order Received"));
    QVERIFY(!crlf.document->fz.bom);

    const FzReader::Result bom = FzReader::read(dataFile("bom-no-final-newline.fz"));
    QVERIFY(bom.document);
    QVERIFY(bom.document->fz.bom);
    QVERIFY(!bom.document->fz.finalNewline);
    QCOMPARE(bom.document->fz.indent, QString());
    QCOMPARE(bom.document->lanes[0].key, QStringLiteral("flow")); // the BOM is not in the key
    QCOMPARE(bom.document->lanes[0].closeSource, QStringLiteral("}"));
}

void TestFzReader::topLevelStatementsStayTopLevel()
{
    const FzReader::Result r = FzReader::read(dataFile("toplevel-loop.fz"));
    QVERIFY(r.document);
    const WorkflowData &d = *r.document;
    QVector<Statement::Kind> kinds;
    for (const Statement &s : d.topLevel)
        kinds << s.kind;
    const QVector<Statement::Kind> expected{Statement::Kind::Lane, Statement::Kind::Lane,
                                            Statement::Kind::Edge, Statement::Kind::Edge,
                                            Statement::Kind::Loop};
    QCOMPARE(kinds, expected);
    QCOMPARE(d.topLevel[4].ref, d.loops[0].id);
}

QTEST_GUILESS_MAIN(TestFzReader)
#include "tst_fzreader.moc"
