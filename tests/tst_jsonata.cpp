// The JSONata engine's API: compile once / evaluate many, errors as values with the reference's
// codes, positions and messages (expected values taken from jsonata-js 2.2.2), limits that stop
// runaway expressions without crashing, bindings and extension functions.

#include "jsonata/expression.h"

#include <QtTest>

#include <chrono>

using Json = nlohmann::ordered_json;
using namespace stepwise::jsonata;

Q_DECLARE_METATYPE(std::string)

namespace {
const Json &sampleInput()
{
    static const Json input = {{"a", 1}, {"b", "x"}, {"arr", {1, 2, 3}}};
    return input;
}

Result run(const std::string &source, const Json *input = &sampleInput(),
           const Json &bindings = Json::object(), const EvalOptions &options = {})
{
    Error err;
    auto expr = Expression::compile(source, &err);
    if (!expr) {
        Result r;
        r.error = err;
        return r;
    }
    return expr->evaluate(input, bindings, options);
}
} // namespace

class TestJsonata : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void numbersKeepTheirKind();
    void compileOnceEvaluateMany();
    void undefinedInputAndResult();
    void bindings();
    void extensionFunctions();
    void tailCallsRunInConstantStack();
    void deepRecursionIsAnError();
    void timeoutStopsInfiniteLoop();
    void deeplyNestedValuesDoNotCrash();
    void lambdaFromEvalOutlivesItsProgram();
};

void TestJsonata::errors_data()
{
    QTest::addColumn<std::string>("source");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    // Codes, positions and messages as jsonata-js 2.2.2 reports them for sampleInput().
    QTest::newRow("unclosed array")
        << std::string("[1,2") << "S0203" << 4 << "Expected \"]\" before end of expression";
    QTest::newRow("dangling operator")
        << std::string("1 +") << "S0207" << 3 << "Unexpected end of expression";
    QTest::newRow("unclosed block")
        << std::string("a.(b") << "S0203" << 4 << "Expected \")\" before end of expression";
    QTest::newRow("unterminated string") << std::string("\"abc") << "S0101" << 4
                                         << "String literal must be terminated by a matching quote";
    QTest::newRow("operator as operand") << std::string("1 = = 2") << "S0211" << 5
                                         << "The symbol \"=\" cannot be used as a unary operator";
    QTest::newRow("empty argument") << std::string("$sum(1,)") << "S0211" << 8
                                    << "The symbol \")\" cannot be used as a unary operator";
    QTest::newRow("unterminated regex")
        << std::string("/[/") << "S0302" << 3 << "No terminating / in regular expression";
    QTest::newRow("string plus") << std::string("a + b") << "T2002" << 3
                                 << "The right side of the \"+\" operator must evaluate to a "
                                    "number";
    QTest::newRow("string minus") << std::string("b - 1") << "T2001" << 3
                                  << "The left side of the \"-\" operator must evaluate to a "
                                     "number";
    QTest::newRow("negate string")
        << std::string("-b") << "D1002" << 1 << "Cannot negate a non-numeric value: \"x\"";
    QTest::newRow("range bound") << std::string("[1..b]") << "T2004" << 4
                                 << "The right side of the range operator (..) must evaluate to "
                                    "an integer";
    QTest::newRow("context type") << std::string("$substring(a, 1)") << "T0411" << 11
                                  << "Context value is not a compatible type with argument 1 of "
                                     "function \"substring\"";
    QTest::newRow("unknown function")
        << std::string("$foo()") << "T1006" << 5 << "Attempted to invoke a non-function";
    QTest::newRow("infinity to string")
        << std::string("$string(1/0)") << "D3001" << 8
        << "Attempting to invoke string function on Infinity or NaN";
    QTest::newRow("eval syntax") << std::string("$eval(\"1 +\")") << "D3120" << 6
                                 << "Syntax error in expression passed to function eval: "
                                    "\"Unexpected end of expression\"";
}

void TestJsonata::errors()
{
    QFETCH(std::string, source);
    QFETCH(QString, code);
    QFETCH(int, position);
    QFETCH(QString, message);
    Result r = run(source);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error.code), code);
    QCOMPARE(r.error.position, position);
    QCOMPARE(QString::fromStdString(r.error.message), message);
}

void TestJsonata::numbersKeepTheirKind()
{
    Result sum = run("1 + 2");
    QVERIFY(sum.ok());
    QVERIFY(sum.value.is_number_integer());
    QCOMPARE(sum.value.get<long long>(), 3LL);
    Result product = run("2 * 1.5");
    QVERIFY(product.value.is_number_integer());
    QCOMPARE(product.value.get<long long>(), 3LL);
    Result fraction = run("0.1 + 0.2");
    QVERIFY(fraction.value.is_number_float());
    QCOMPARE(fraction.value.get<double>(), 0.30000000000000004);
    QCOMPARE(run("$string(0.1 + 0.2)").value, Json("0.3"));
    QCOMPARE(run("$string(123456789012345678)").value, Json("123456789012345680"));
    QCOMPARE(run("$string([123456789012345678, 0.1+0.2])").value, Json("[123456789012345680,0.3]"));
    QCOMPARE(run("$string(1/3)").value, Json("0.333333333333333"));
    QCOMPARE(run("$string(1e300)").value, Json("1e+300"));
    QCOMPARE(run("1e21 & \"\"").value, Json("1e+21"));
    QCOMPARE(run("$number(\"0x1F\")").value, Json(31));
    QCOMPARE(run("$formatBase(255, 16)").value, Json("ff"));
}

void TestJsonata::compileOnceEvaluateMany()
{
    auto expr = Expression::compile("$sum(items.price) * (rate ? rate : 1)");
    QVERIFY(expr);
    Json first = {{"items", {{{"price", 2}}, {{"price", 3}}}}};
    Json second = {{"items", {{{"price", 10}}}}, {"rate", 3}};
    QCOMPARE(expr->evaluate(&first).value, Json(5));
    QCOMPARE(expr->evaluate(&second).value, Json(30));
    QCOMPARE(expr->evaluate(&first).value, Json(5));
}

void TestJsonata::undefinedInputAndResult()
{
    Result missing = run("nothing.here");
    QVERIFY(missing.ok());
    QVERIFY(missing.undefined);
    Result noInput = run("$exists($)", nullptr);
    QVERIFY(noInput.ok());
    QCOMPARE(noInput.value, Json(false));
}

void TestJsonata::bindings()
{
    Json bindings = {{"states", {{"input", {{"n", 4}}}}}, {"factor", 10}};
    Result r = run("$states.input.n * $factor", nullptr, bindings);
    QVERIFY(r.ok());
    QCOMPARE(r.value, Json(40));
}

void TestJsonata::extensionFunctions()
{
    FunctionLibrary library;
    library.add("partition", "<an:a>", [](const auto &args) -> std::optional<Json> {
        Json out = Json::array();
        const Json &items = *args[0];
        std::size_t size = args[1]->template get<std::size_t>();
        for (std::size_t i = 0; i < items.size(); i += size) {
            Json chunk = Json::array();
            for (std::size_t j = i; j < i + size && j < items.size(); ++j)
                chunk.push_back(items[j]);
            out.push_back(chunk);
        }
        return out;
    });
    library.add("eval", "", [](const auto &) -> std::optional<Json> {
        throw FunctionError{"States.QueryEvaluationError", "The $eval function is not supported"};
    });
    EvalOptions options;
    options.functions = &library;
    Result parts = run("$partition([1,2,3,4,5], 2)", nullptr, Json::object(), options);
    QVERIFY(parts.ok());
    QCOMPARE(parts.value, Json::parse("[[1,2],[3,4],[5]]"));
    Result wrongType = run("$partition([1, 2], 'x')", nullptr, Json::object(), options);
    QCOMPARE(QString::fromStdString(wrongType.error.code), QStringLiteral("T0410"));
    Result refused = run("$eval('1')", nullptr, Json::object(), options);
    QCOMPARE(QString::fromStdString(refused.error.code),
             QStringLiteral("States.QueryEvaluationError"));
    QCOMPARE(QString::fromStdString(refused.error.message),
             QStringLiteral("The $eval function is not supported"));
    // Without the library, the built-in $eval is back.
    QCOMPARE(run("$eval('1 + 1')").value, Json(2));
}

void TestJsonata::tailCallsRunInConstantStack()
{
    Result r = run("($loop := function($n, $acc){$n = 0 ? $acc : $loop($n-1, $acc+1)}; "
                   "$loop(100000, 0))");
    QVERIFY2(r.ok(), r.error.message.c_str());
    QCOMPARE(r.value, Json(100000));
}

void TestJsonata::deepRecursionIsAnError()
{
    Result r = run("($f := function($n){$n = 0 ? 0 : 1 + $f($n-1)}; $f(100000))");
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error.code), QStringLiteral("U1001"));
    QVERIFY(r.error.message.find("Stack overflow") != std::string::npos);
    // Within the default limit, plain recursion works.
    QCOMPARE(run("($f := function($n){$n = 0 ? 0 : 1 + $f($n-1)}; $f(100))").value, Json(100));
}

void TestJsonata::timeoutStopsInfiniteLoop()
{
    EvalOptions options;
    options.timeoutMs = 200;
    auto start = std::chrono::steady_clock::now();
    Result r = run("($f := function(){$f()}; $f())", nullptr, Json::object(), options);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - start)
                  .count();
    QCOMPARE(QString::fromStdString(r.error.code), QStringLiteral("U1001"));
    QVERIFY(r.error.message.find("timeout") != std::string::npos);
    QVERIFY2(ms < 5000, std::to_string(ms).c_str());
}

void TestJsonata::deeplyNestedValuesDoNotCrash()
{
    // $reduce builds a value nested 100,000 levels deep without recursing; turning it into
    // JSON is refused with an error, and freeing it must not overflow the stack either.
    Result r = run("$reduce([1..100000], function($a, $b){{'n': $a}}, {})");
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error.code), QStringLiteral("U1001"));
    Result counted = run("$count($reduce([1..100000], function($a, $b){{'n': $a}}, {}))");
    QVERIFY(counted.ok());
    QCOMPARE(counted.value, Json(1));
}

void TestJsonata::lambdaFromEvalOutlivesItsProgram()
{
    QCOMPARE(run("$eval(\"function($x){$x*2}\")(21)").value, Json(42));
    QCOMPARE(run("($f := $eval('function($x){$x * 3}'); [1,2].$f($))").value, Json::parse("[3,6]"));
}

QTEST_GUILESS_MAIN(TestJsonata)
#include "tst_jsonata.moc"
