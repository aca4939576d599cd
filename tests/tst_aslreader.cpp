#include "asl/asldiagram.h"
#include "asl/aslreader.h"
#include "asl/jsonpositionindex.h"
#include "documentio.h"

#include <QtTest>

using namespace stepwise;

namespace {

const Edge *edgeBetween(const WorkflowData &d, const QString &from, const QString &to)
{
    const Node *a = d.nodeByStateName(from);
    const Node *b = d.nodeByStateName(to);
    for (const Edge &e : d.edges)
        if (a && b && e.from == a->id && e.to == b->id)
            return &e;
    return nullptr;
}

std::vector<std::string> keys(const OrderedJson &o)
{
    std::vector<std::string> out;
    for (auto it = o.begin(); it != o.end(); ++it)
        out.push_back(it.key());
    return out;
}

} // namespace

class TestAslReader : public QObject
{
    Q_OBJECT

private slots:
    void statesAndFields()
    {
        const auto r =
            DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"));
        QVERIFY(r.document);
        // The unknown field is kept, and reported: AWS would refuse it.
        QCOMPARE(r.diagnostics.size(), 1);
        QCOMPARE(r.diagnostics[0].code, QStringLiteral("ASL_UNKNOWN_FIELD"));
        QCOMPARE(r.diagnostics[0].pointer, QStringLiteral("/States/Approve/x-unknown"));
        QCOMPARE(r.diagnostics[0].line, 29);
        QCOMPARE(r.diagnostics[0].column, 7);
        const WorkflowData &d = *r.document;
        QCOMPARE(keys(d.aslTop), (std::vector<std::string>{"Comment", "StartAt", "States"}));
        QVERIFY(d.aslTop["States"].is_null());
        const Node *approve = d.nodeByStateName(QStringLiteral("Approve"));
        QVERIFY(approve);
        QCOMPARE(approve->asl.type, QStringLiteral("Task"));
        QCOMPARE(keys(approve->asl.fields),
                 (std::vector<std::string>{"Type", "Resource", "Parameters", "Catch", "Next",
                                           "x-unknown"}));
        QCOMPARE(approve->asl.fields["x-unknown"], (OrderedJson{{"kept", {1, 2}}}));
        // Nested machines: two branches, and the Map's processor under its old name.
        const Node *ship = d.nodeByStateName(QStringLiteral("Ship"));
        QCOMPARE(ship->subMachines.size(), size_t(2));
        QVERIFY(ship->asl.fields["Branches"].is_null());
        QVERIFY(ship->subMachines[1].nodeByStateName(QStringLiteral("Notify")));
        const Node *each = d.nodeByStateName(QStringLiteral("Each"));
        QCOMPARE(each->subMachines.size(), size_t(1));
        QVERIFY(each->asl.fields.contains("Iterator"));
        QVERIFY(!each->asl.fields.contains("ItemProcessor"));
        const WorkflowData &item = each->subMachines[0];
        QCOMPARE(item.lanes.size(), size_t(1)); // a nested machine has its own diagram
        QCOMPARE(item.nodeByStateName(QStringLiteral("Item"))->fzId, QStringLiteral("n1"));
    }

    void diagram()
    {
        const auto r =
            DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"));
        QVERIFY(r.document);
        const WorkflowData &d = *r.document;
        QCOMPARE(d.lanes.size(), size_t(1));
        QCOMPARE(d.lanes[0].key, QStringLiteral("StateMachine"));
        QCOMPARE(d.lanes[0].title, QStringLiteral("Order flow"));
        const QStringList names = {QStringLiteral("Check type"), QStringLiteral("Approve"),
                                   QStringLiteral("Ship"), QStringLiteral("Each"),
                                   QStringLiteral("Failed")};
        const Shape shapes[] = {Shape::Diamond, Shape::Taskbox, Shape::Rectangle, Shape::Rectangle,
                                Shape::Circle};
        for (int i = 0; i < names.size(); ++i) {
            const Node *n = d.nodeByStateName(names[i]);
            QVERIFY(n);
            QCOMPARE(n->fzId, QStringLiteral("n%1").arg(i + 1));
            QCOMPARE(n->label, names[i]);
            QCOMPARE(n->shape, shapes[i]);
        }
        // Start and end circles: 5 states + 2.
        QCOMPARE(d.nodes.size(), size_t(7));
        const Node *start = d.nodeByFzId(QStringLiteral("n6"));
        QCOMPARE(start->shape, Shape::Circle);
        QVERIFY(start->asl.isEmpty());
        const Node *end = d.nodeByFzId(QStringLiteral("n7"));
        QCOMPARE(end->shape, Shape::Circle);

        const Edge *express = edgeBetween(d, QStringLiteral("Check type"), QStringLiteral("Ship"));
        QVERIFY(express);
        QCOMPARE(express->label, QStringLiteral("$.type == \"Express\""));
        const Edge *vip = edgeBetween(d, QStringLiteral("Check type"), QStringLiteral("Approve"));
        QCOMPARE(vip->label, QStringLiteral("$.total > 100 && $.vip == true"));
        int defaults = 0;
        for (const Edge &e : d.edges)
            defaults += e.label == QLatin1String("Default") ? 1 : 0;
        QCOMPARE(defaults, 1);
        const Edge *caught = edgeBetween(d, QStringLiteral("Approve"), QStringLiteral("Failed"));
        QCOMPARE(caught->label, QStringLiteral("States.Timeout, Rejected"));
        QVERIFY(edgeBetween(d, QStringLiteral("Approve"), QStringLiteral("Ship")));
        QVERIFY(edgeBetween(d, QStringLiteral("Ship"), QStringLiteral("Each")));
        // Start -> StartAt, Each (End: true) -> end circle.
        bool startEdge = false, endEdge = false;
        for (const Edge &e : d.edges) {
            startEdge = startEdge || (e.from == start->id &&
                                      e.to == d.nodeByStateName(QStringLiteral("Check type"))->id);
            endEdge = endEdge ||
                      (e.from == d.nodeByStateName(QStringLiteral("Each"))->id && e.to == end->id);
        }
        QVERIFY(startEdge);
        QVERIFY(endEdge);
        // 2 choice rules + Default + Catch + 2 Next + start + end.
        QCOMPARE(d.edges.size(), size_t(8));
    }

    void yamlScalars()
    {
        const auto r =
            DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.yaml"));
        QVERIFY2(r.document, qPrintable(r.diagnostics.value(0).message));
        const Node *done = r.document->nodeByStateName(QStringLiteral("Done"));
        const OrderedJson &result = done->asl.fields["Result"];
        QCOMPARE(keys(result),
                 (std::vector<std::string>{"count", "ratio", "flag", "none", "quoted", "text"}));
        QVERIFY(result["count"].is_number_integer());
        QCOMPARE(result["count"].get<int>(), 3);
        QCOMPARE(result["ratio"].get<double>(), 0.5);
        QCOMPARE(result["flag"], true);
        QVERIFY(result["none"].is_null());
        QCOMPARE(result["quoted"], "42");
        QCOMPARE(result["text"], "hello");
        QCOMPARE(r.document->nodeByStateName(QStringLiteral("Wait a bit"))->asl.fields["Seconds"],
                 10);
    }

    // Errors name the place: for syntax, where the parser stopped; for structure, the key.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("yaml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("hasDocument");
        QTest::newRow("json syntax")
            << QByteArray("{\n  \"StartAt\": \"A\",\n  \"States\": [1,\n}") << false
            << QStringLiteral("ASL_JSON_SYNTAX") << 4 << 1 << false;
        QTest::newRow("json syntax after utf-8")
            << QByteArray("{\"Comment\": \"\xc3\xa9t\xc3\xa9\", x}") << false
            << QStringLiteral("ASL_JSON_SYNTAX") << 1 << 20 << false;
        QTest::newRow("root not object")
            << QByteArray("[1]") << false << QStringLiteral("ASL_NOT_OBJECT") << 1 << 1 << false;
        QTest::newRow("missing StartAt") << QByteArray("{\n  \"States\": {}\n}") << false
                                         << QStringLiteral("ASL_NO_START_AT") << 1 << 1 << false;
        QTest::newRow("States not object")
            << QByteArray("{\n  \"StartAt\": \"A\",\n  \"States\": []\n}") << false
            << QStringLiteral("ASL_NO_STATES") << 3 << 3 << false;
        QTest::newRow("state without Type")
            << QByteArray(
                   "{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"End\": true}\n  }\n}")
            << false << QStringLiteral("ASL_NO_TYPE") << 4 << 5 << false;
        QTest::newRow("nested state without Type")
            << QByteArray("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Parallel\", "
                          "\"End\": true,\n"
                          "  \"Branches\": [{\"StartAt\": \"x\", \"States\": {\n"
                          "    \"x\": {}}}]}}}")
            << false << QStringLiteral("ASL_NO_TYPE") << 3 << 5 << false;
        QTest::newRow("unknown next keeps the document")
            << QByteArray("{\n  \"StartAt\": \"A\",\n  \"States\": {\n    \"A\": {\"Type\": "
                          "\"Pass\", \"Next\": \"B\"}\n  }\n}")
            << false << QStringLiteral("ASL_UNKNOWN_NEXT") << 4 << 27 << true;
        QTest::newRow("escaped key") << QByteArray("{\"StartAt\": \"a/b\", \"States\": {\"a\\/b\": "
                                                   "{\"Type\": \"Pass\",\n \"End\": 3}}}")
                                     << false << QStringLiteral("ASL_BAD_TYPE") << 2 << 2 << true;
        QTest::newRow("yaml without Type")
            << QByteArray("StartAt: A\nStates:\n  A:\n    End: true\n") << true
            << QStringLiteral("ASL_NO_TYPE") << 3 << 3 << false;
        QTest::newRow("yaml unknown next")
            << QByteArray("StartAt: A\nStates:\n  A:\n    Type: Pass\n    Next: B\n") << true
            << QStringLiteral("ASL_UNKNOWN_NEXT") << 5 << 5 << true;
        QTest::newRow("yaml syntax")
            << QByteArray("StartAt: A\nStates:\n  A: {Type: Pass\n") << true
            << QStringLiteral("ASL_YAML_SYNTAX") << 4 << 1 << false;
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, yaml);
        QFETCH(QString, code);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, hasDocument);
        const auto r = DocumentIo::read(text, yaml ? DocumentIo::Format::AslYaml
                                                   : DocumentIo::Format::AslJson);
        QCOMPARE(bool(r.document), hasDocument);
        const Diagnostic *found = nullptr;
        QStringList all;
        for (const Diagnostic &d : r.diagnostics) {
            all << d.format(QStringLiteral("f")) + QLatin1Char(' ') + d.pointer;
            if (d.code == code && !found)
                found = &d;
        }
        QVERIFY2(found, qPrintable(all.join(QLatin1Char('\n'))));
        QVERIFY(found->isError());
        QCOMPARE(found->line, line);
        QCOMPARE(found->column, column);
    }

    // Hostile nesting is refused with a message, not a stack overflow.
    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("yaml");
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("json") << QByteArray(
                                     "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\","
                                     "\"End\":true,\"Result\":") +
                                     deep + "}}}"
                              << false;
        QTest::newRow("yaml") << QByteArray(
                                     "StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n"
                                     "    Result: ") +
                                     QByteArray(300, '[') + QByteArray(300, ']') + "\n"
                              << true;
    }
    void deepNestingIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, yaml);
        const auto r = DocumentIo::read(text, yaml ? DocumentIo::Format::AslYaml
                                                   : DocumentIo::Format::AslJson);
        QVERIFY(!r.document);
        QCOMPARE(r.diagnostics.size(), 1);
        QVERIFY(r.diagnostics[0].isError());
    }

    void positionIndexPlacesKeysAndItems()
    {
        const std::string text = "{\n  \"a\": [10,\n    {\"b~c\": null}],\n  \"d\": \"x\"\n}";
        const JsonPositionIndex index = JsonPositionIndex::fromJsonText(text);
        QCOMPARE(index.find("").line, 1);
        QCOMPARE(index.find("/a").line, 2);
        QCOMPARE(index.find("/a").column, 3);
        QCOMPARE(index.find("/a/0").column, 9);
        QCOMPARE(index.find("/a/1").line, 3);
        QCOMPARE(index.find("/a/1/b~0c").column, 6);
        QCOMPARE(index.find("/d").line, 4);
        // An unknown pointer falls back to its nearest known ancestor.
        QCOMPARE(index.find("/a/1/nope").column, 5);
    }

    void conditionLabels_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<QString>("label");
        QTest::newRow("string") << QByteArray("{\"Variable\":\"$.t\",\"StringEquals\":\"a\"}")
                                << QStringLiteral("$.t == \"a\"");
        QTest::newRow("path") << QByteArray(
                                     "{\"Variable\":\"$.a\",\"NumericLessThanEqualsPath\":\"$.b\"}")
                              << QStringLiteral("$.a <= $.b");
        QTest::newRow("present") << QByteArray("{\"Variable\":\"$.a\",\"IsPresent\":false}")
                                 << QStringLiteral("$.a is not present");
        QTest::newRow("not") << QByteArray(
                                    "{\"Not\":{\"Variable\":\"$.a\",\"BooleanEquals\":true}}")
                             << QStringLiteral("!($.a == true)");
        QTest::newRow("or of and")
            << QByteArray(
                   "{\"Or\":[{\"Variable\":\"$.a\",\"IsNull\":true},{\"And\":[{\"Variable\":\"$."
                   "b\","
                   "\"StringMatches\":\"x*\"},{\"Variable\":\"$.c\",\"NumericEquals\":1}]}]}")
            << QStringLiteral("$.a is null || ($.b matches \"x*\" && $.c == 1)");
        QTest::newRow("jsonata") << QByteArray("{\"Condition\":\"{% $states.input.n > 1 %}\"}")
                                 << QStringLiteral("{% $states.input.n > 1 %}");
        QTest::newRow("long")
            << QByteArray("{\"Variable\":\"$.a_very_long_variable_name.with.parts\","
                          "\"StringEquals\":\"and a long value too\"}")
            << QStringLiteral("$.a_very_long_variable_name.with.parts == \"and a ") + QChar(0x2026);
    }
    void conditionLabels()
    {
        QFETCH(QByteArray, rule);
        QFETCH(QString, label);
        QCOMPARE(AslDiagram::conditionLabel(OrderedJson::parse(rule.toStdString())), label);
    }
};

QTEST_GUILESS_MAIN(TestAslReader)
#include "tst_aslreader.moc"
