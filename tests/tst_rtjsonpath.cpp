// JSONPath, intrinsic functions and timestamps of the runtime, case by case.

#include "intrinsic.h"
#include "jsonpath.h"
#include "timestamp.h"

#include <QTest>

using namespace stepwise::runtime;

class TstRtJsonPath : public QObject
{
    Q_OBJECT

private slots:
    void select_data();
    void select();
    void invalid_data();
    void invalid();
    void assignResultPath();
    void intrinsic_data();
    void intrinsic();
    void intrinsicFailure_data();
    void intrinsicFailure();
    void timestamps_data();
    void timestamps();
};

namespace {

const char *kStore = R"json({"store": {"book": [
    {"title": "A", "price": 8, "tags": ["x"]},
    {"title": "B", "price": 12},
    {"title": "C", "price": 22, "isbn": "1"}],
  "bike": {"price": 19}}, "odd key": {"x.y": 1}, "n": 2})json";

} // namespace

void TstRtJsonPath::select_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected"); // "absent" when a definite path selects nothing
    auto row = [](const char *p, const char *e) {
        QTest::newRow(p) << QString::fromLatin1(p) << QString::fromLatin1(e);
    };
    row("$",
        R"({"store":{"book":[{"title":"A","price":8,"tags":["x"]},{"title":"B","price":12},{"title":"C","price":22,"isbn":"1"}],"bike":{"price":19}},"odd key":{"x.y":1},"n":2})");
    row("$.store.book[0].title", R"("A")");
    row("$['store']['book'][1]['price']", "12");
    row("$.store.book[-1].title", R"("C")");
    row("$['odd key']['x.y']", "1");
    row("$.store.book[*].title", R"(["A","B","C"])");
    row("$.store.book[0:2].price", "[8,12]");
    row("$.store.book[::2].title", R"(["A","C"])");
    row("$.store.book[-2:].title", R"(["B","C"])");
    row("$.store.book[0,2].title", R"(["A","C"])");
    row("$..price", "[8,12,22,19]");
    row("$.store..title", R"(["A","B","C"])");
    row("$.store.book[?(@.price > 10)].title", R"(["B","C"])");
    row("$.store.book[?(@.price >= 12 && @.price < 20)].title", R"(["B"])");
    row("$.store.book[?(@.isbn)].title", R"(["C"])");
    row("$.store.book[?(!@.isbn)].title", R"(["A","B"])");
    row("$.store.book[?(@.title == 'A' || @.title == \"C\")].price", "[8,22]");
    row("$.store.book[?(@.price == $.n)]", "[]");
    row("$.store.book.[1].title", R"("B")");
    row("$.store.book.[?(@.title==B)].price", "[12]");
    row("$.missing", "absent");
    row("$.store.book[7]", "absent");
    row("$.n.deeper", "absent");
}

void TstRtJsonPath::select()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    std::string error;
    auto p = JsonPath::parse(path.toStdString(), &error);
    QVERIFY2(p, error.c_str());
    Json out;
    bool found = p->evaluate(Json::parse(kStore), out);
    if (expected == QLatin1String("absent")) {
        QVERIFY(!found);
        return;
    }
    QVERIFY(found);
    QCOMPARE(QString::fromStdString(out.dump()), expected);
}

void TstRtJsonPath::invalid_data()
{
    QTest::addColumn<QString>("path");
    for (const char *p :
         {"", "store", "$.", "$[", "$['a'", "$[1:2:0]", "$[?(@.a ==)]", "$.a[x]", "$.."})
        QTest::newRow(*p ? p : "empty") << QString::fromLatin1(p);
    QString deep = QStringLiteral("$");
    for (int i = 0; i < 300; ++i)
        deep += QStringLiteral(".a");
    QTest::newRow("300 segments") << deep;
}

void TstRtJsonPath::invalid()
{
    QFETCH(QString, path);
    std::string error;
    QVERIFY(!JsonPath::parse(path.toStdString(), &error));
    QVERIFY(!error.empty());
}

void TstRtJsonPath::assignResultPath()
{
    Json target = Json::parse(R"({"a": {"b": 1}, "list": [1, 2]})");
    JsonPath::parse("$.a.c.d", nullptr)->assign(target, Json("x"));
    JsonPath::parse("$.list[1]", nullptr)->assign(target, Json(9));
    QCOMPARE(target.dump(), std::string(R"({"a":{"b":1,"c":{"d":"x"}},"list":[1,9]})"));
    bool threw = false;
    try {
        JsonPath::parse("$.a.b.c", nullptr)->assign(target, Json(1));
    } catch (const StatesError &e) {
        threw = e.error == "States.ResultPathMatchFailure";
    }
    QVERIFY(threw);
}

void TstRtJsonPath::intrinsic_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *c, const char *e) {
        QTest::newRow(name) << QString::fromLatin1(c) << QString::fromLatin1(e);
    };
    row("format escapes", R"(States.Format('a \{\} {} \'q\'', $.n))", R"("a {} 2 'q'")");
    row("format object", "States.Format('{}', $.o)", R"("{k=v, l=[1, 2]}")");
    row("array nested", "States.Array(States.Array(1), 'two', true, null)",
        R"([[1],"two",true,null])");
    row("partition", "States.ArrayPartition(States.ArrayRange(1, 5, 1), 2)", "[[1,2],[3,4],[5]]");
    row("range down", "States.ArrayRange(5, 1, -2)", "[5,3,1]");
    row("get item", "States.ArrayGetItem($.l, 1)", "2");
    row("unique", "States.ArrayUnique(States.Array(1, 1.0, 'a', 'a'))", R"([1,"a"])");
    row("contains object", "States.ArrayContains(States.Array($.o), $.o)", "true");
    row("hash md5 empty", "States.Hash('', 'MD5')", R"("d41d8cd98f00b204e9800998ecf8427e")");
    row("hash sha1 abc", "States.Hash('abc', 'SHA-1')",
        R"("a9993e364706816aba3e25717850c26c9cd0d89d")");
    row("hash sha256 abc", "States.Hash('abc', 'SHA-256')",
        R"("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")");
    row("hash sha384 abc", "States.Hash('abc', 'SHA-384')",
        R"("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")");
    row("hash sha512 abc", "States.Hash('abc', 'SHA-512')",
        R"("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")");
    row("base64 round trip", "States.Base64Decode(States.Base64Encode('hi!?'))", R"("hi!?")");
    row("merge", "States.JsonMerge($.o, States.StringToJson('{\"k\": 1}'), false)",
        R"({"k":1,"l":[1,2]})");
    row("math add rounds", "States.MathAdd(1.49, 1.5)", "3");
    row("split drops empties", "States.StringSplit(',a,,b,', ',')", R"(["a","b"])");
    row("length of split", "States.ArrayLength(States.StringSplit('a b  c', ' '))", "3");
    row("json to string", "States.JsonToString($.o)", R"("{\"k\":\"v\",\"l\":[1,2]}")");
    row("context", "States.Format('{}', $$.State.Name)", R"("S")");
}

void TstRtJsonPath::intrinsic()
{
    QFETCH(QString, call);
    QFETCH(QString, expected);
    std::string error;
    auto fn = Intrinsic::parse(call.toStdString(), &error);
    QVERIFY2(fn, error.c_str());
    Json input = Json::parse(R"({"n": 2, "o": {"k": "v", "l": [1, 2]}, "l": [1, 2, 3]})");
    Json context = Json{{"State", {{"Name", "S"}}}};
    std::mt19937_64 rng(1);
    EvalScope scope;
    scope.input = &input;
    scope.context = [&context]() -> const Json & { return context; };
    scope.rng = &rng;
    QCOMPARE(QString::fromStdString(fn->evaluate(scope).dump()), expected);
}

void TstRtJsonPath::intrinsicFailure_data()
{
    QTest::addColumn<QString>("call");
    for (const char *c : {"States.ArrayGetItem($.l, 3)", "States.Format('{} {}', 1)",
                          "States.ArrayPartition($.l, 0)", "States.Hash('a', 'SHA-3')",
                          "States.Base64Decode('***')", "States.StringToJson('{')",
                          "States.JsonMerge($.l, $.l, false)", "States.ArrayLength($.n)",
                          "States.ArrayRange(1, 2000, 1)", "States.MathAdd('a', 1)"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TstRtJsonPath::intrinsicFailure()
{
    QFETCH(QString, call);
    auto fn = Intrinsic::parse(call.toStdString(), nullptr);
    QVERIFY(fn);
    Json input = Json::parse(R"({"n": 2, "l": [1, 2, 3]})");
    EvalScope scope;
    scope.input = &input;
    std::string error;
    try {
        fn->evaluate(scope);
    } catch (const StatesError &e) {
        error = e.error;
    }
    QCOMPARE(QString::fromStdString(error), QStringLiteral("States.IntrinsicFailure"));
}

void TstRtJsonPath::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qlonglong>("millis"); // -1: invalid
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << 0LL;
    QTest::newRow("fraction") << QStringLiteral("2016-03-14T01:59:00.123Z") << 1457920740123LL;
    QTest::newRow("offset") << QStringLiteral("2016-03-14T03:59:00+02:00") << 1457920740000LL;
    QTest::newRow("leap day") << QStringLiteral("2024-02-29T00:00:00Z") << 1709164800000LL;
    QTest::newRow("no leap day") << QStringLiteral("2023-02-29T00:00:00Z") << -1LL;
    QTest::newRow("month 13") << QStringLiteral("2016-13-05T21:29:29Z") << -1LL;
    QTest::newRow("hour 25") << QStringLiteral("2016-12-05T25:29:29Z") << -1LL;
    QTest::newRow("space") << QStringLiteral("2016-12-05 21:29:29Z") << -1LL;
    QTest::newRow("no zone") << QStringLiteral("2016-12-05T21:29:29") << -1LL;
}

void TstRtJsonPath::timestamps()
{
    QFETCH(QString, text);
    QFETCH(qlonglong, millis);
    auto t = timestamp::parse(text.toStdString());
    if (millis < 0) {
        QVERIFY(!t);
        return;
    }
    QVERIFY(t);
    QCOMPARE(qlonglong(*t), millis);
    QCOMPARE(
        QString::fromStdString(timestamp::parse(timestamp::format(*t)).has_value() ? "ok" : "bad"),
        QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstRtJsonPath)
#include "tst_rtjsonpath.moc"
