// Findings of the fuzz targets (tests/fuzz), each with the exact input that found it, kept so
// that they stay fixed. Earlier findings of the runtime's targets are in tst_reliability.

#include "jsonata/expression.h"
#include "jsonata/valueutil.h"

#include <QFile>
#include <QTest>

using namespace stepwise::jsonata;

class TstFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void jsonataClosureCyclesAreFreed_data();
    void jsonataClosureCyclesAreFreed();
    void jsonataFromMillisBeyondDates();
    void jsonataSubstringOfUndefinedChars();
    void jsonataDoublingArrayIsStopped();
    void jsonataLongPictureDoesNotOverflowTheStack();
    void jsonataRegexOnLongTextDoesNotOverflowTheStack();
};

void TstFuzzRegressions::jsonataClosureCyclesAreFreed_data()
{
    QTest::addColumn<QByteArray>("expression");
    QTest::addColumn<QByteArray>("result");
    // fuzz_jsonata's first finding (LeakSanitizer, on a seed of the reference suite): the
    // lambda keeps the block's scope and the scope keeps the lambda, also when the call fails
    // ($min takes one array). A result that is a code is an expected error.
    QTest::newRow("fuzz_jsonata leak-51ab9bf8")
        << QByteArray("( $A := function(){$min(2, 3)}; $A() )") << QByteArray("T0410");
    QTest::newRow("recursion") << QByteArray("( $f := function($n){$n <= 1 ? 1 : $n * $f($n - 1)};"
                                             " $f(5) )")
                               << QByteArray("120");
    QTest::newRow("closure in an object")
        << QByteArray("( $o := {'f': function(){ 7 }}; $o.f() )") << QByteArray("7");
    QTest::newRow("partial application")
        << QByteArray("( $add := function($a, $b){$a + $b}; $inc := $add(?, 1); $inc(1) )")
        << QByteArray("2");
    // The same inside $eval, which evaluates with an evaluator of its own (tst_jsonata under
    // the sanitizers).
    QTest::newRow("closure inside $eval")
        << QByteArray("$eval('( $g := function(){ 4 }; $g() )')") << QByteArray("4");
    QTest::newRow("closure from $eval bound by the caller")
        << QByteArray("( $f := $eval('function($x){$x * 3}'); [1,2].$f($) )")
        << QByteArray("[3,6]");
    QTest::newRow("closure over a lambda's scope")
        << QByteArray("( $mk := function($x){ ( $g := function(){ $x }; $g ) }; $mk(3)() )")
        << QByteArray("3");
}

void TstFuzzRegressions::jsonataClosureCyclesAreFreed()
{
    QFETCH(QByteArray, expression);
    QFETCH(QByteArray, result);
    Error error;
    auto expr = Expression::compile(expression.toStdString(), &error);
    QVERIFY2(expr, error.message.c_str());
    // A value bound into the evaluation's environment: every scope the evaluation made holds
    // the environment, so a scope that outlives the evaluation keeps a reference to it.
    const Value bound = vutil::fromJson(nlohmann::ordered_json{{"k", 1}});
    QCOMPARE(bound.object().refs, 1);
    EvalOptions options;
    options.maxDepth = 200;
    auto outcome = [&] {
        Result r = expr->evaluateValue(Value(), {{"bound", bound}}, options);
        return QByteArray::fromStdString(r.ok() ? r.value.dump() : r.error.code);
    };
    QCOMPARE(outcome(), result);
    QCOMPARE(bound.object().refs, 1); // nothing of the evaluation is left holding it
    // And it evaluates again the same (the built-in functions' scope was not emptied).
    QCOMPARE(outcome(), result);
    QCOMPARE(bound.object().refs, 1);
}

void TstFuzzRegressions::jsonataFromMillisBeyondDates()
{
    // fuzz_jsonata (UBSan): a double beyond a 64-bit integer converted to one. JavaScript has
    // no date there, so there is no result.
    const char input[] = "$fromMillis(141944444444444940800000, '[YN]-[M')\0{}\0{}";
    const std::string expression(input); // up to the first NUL, as the fuzz target splits it
    auto expr = Expression::compile(expression);
    QVERIFY(expr);
    Result r = expr->evaluate(nullptr);
    QVERIFY2(r.ok(), r.error.message.c_str());
    QVERIFY(r.undefined);
    // Within the range, as before (the reference's own example).
    Result inRange = Expression::compile("$fromMillis(1510067557121)")->evaluate(nullptr);
    QCOMPARE(QByteArray::fromStdString(inRange.value.dump()),
             QByteArray("\"2017-11-07T15:12:37.121Z\""));
}

void TstFuzzRegressions::jsonataSubstringOfUndefinedChars()
{
    // fuzz_jsonata (UBSan): an undefined second argument read as a string through a null
    // pointer. The exact input: the input JSON is broken, so every path is undefined.
    const char expression[] = "$substringAfter(Salutation & \" \" & Employment.Role, Salutation)";
    auto expr = Expression::compile(expression);
    QVERIFY(expr);
    Result r = expr->evaluate(nullptr);
    QVERIFY2(r.ok(), r.error.message.c_str());
    // As the reference: chars that are undefined are found nowhere, the string comes back.
    QCOMPARE(QByteArray::fromStdString(r.value.dump()), QByteArray("\" \""));
    Result before = Expression::compile("$substringBefore('a-b', $nothing)")->evaluate(nullptr);
    QCOMPARE(QByteArray::fromStdString(before.value.dump()), QByteArray("\"a-b\""));
    Result after = Expression::compile("$substringAfter('a-b', '-')")->evaluate(nullptr);
    QCOMPARE(QByteArray::fromStdString(after.value.dump()), QByteArray("\"b\""));
}

void TstFuzzRegressions::jsonataDoublingArrayIsStopped()
{
    // fuzz_jsonata (out of memory, 2 GB): a recursion that flattens its array into one twice as
    // long each call reached gigabytes within the 1 s time limit. The exact input.
    const char expression[] =
        "($f := function($s, $x)<an:s> { $x > 0 ? $f([$s, $s], $x-0) : $s};  $f('a', 2)  )";
    auto expr = Expression::compile(expression);
    QVERIFY(expr);
    Result r = expr->evaluate(nullptr);
    QVERIFY(!r.ok());
    QCOMPARE(QByteArray::fromStdString(r.error.code), QByteArray("U1002"));
    // A constructor within the bound still flattens.
    Result small = Expression::compile("[[1, 2], 3, [4]]")->evaluate(nullptr);
    QCOMPARE(QByteArray::fromStdString(small.value.dump()), QByteArray("[[1,2],3,[4]]"));
}

void TstFuzzRegressions::jsonataLongPictureDoesNotOverflowTheStack()
{
    // fuzz_jsonata (ASan: stack overflow): $toMillis with a picture of 18,900 characters built a
    // regex std::regex compiles by recursing once per term. The exact input, split as the fuzz
    // target splits it (expression, NUL, input).
    QFile file(
        QStringLiteral(STEPWISE_TEST_DATA "/reliability/fuzz/jsonata-tomillis-long-picture.bin"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const QByteArray source = data.left(data.indexOf('\0'));
    QVERIFY(source.startsWith("$toMillis('27 iii MMXVIII', '[D1] [[M"));
    Error error;
    auto expr = Expression::compile(source.toStdString(), &error);
    QVERIFY2(expr, error.message.c_str());
    EvalOptions options;
    options.maxDepth = 200;
    options.timeoutMs = 1000;
    Result r = expr->evaluate(nullptr, nlohmann::ordered_json::object(), options);
    // Refused with a message, not a crash.
    QVERIFY(!r.ok());
    QCOMPARE(QByteArray::fromStdString(r.error.code), QByteArray("U1003"));
    QVERIFY2(r.error.message.find("pattern of") != std::string::npos, r.error.message.c_str());
    // An ordinary picture still parses (the reference's own example).
    Result ok =
        Expression::compile("$toMillis('2018-03-27', '[Y1]-[M01]-[D01]')")->evaluate(nullptr);
    QVERIFY2(ok.ok(), ok.error.message.c_str());
    QCOMPARE(QByteArray::fromStdString(ok.value.dump()), QByteArray("1522108800000"));
}

void TstFuzzRegressions::jsonataRegexOnLongTextDoesNotOverflowTheStack()
{
    // The same class in matching: libstdc++'s backtracking matcher recursed once per character
    // and overflowed an 8 MiB stack on about 11,000 characters of `(a|b)*c`, even without
    // sanitizers. A pattern without back-references now runs on the polynomial matcher.
    auto longMatch = Expression::compile("$length($match($pad('', 200000, 'a') & 'c', "
                                         "/(a|b)*c/).match)");
    QVERIFY(longMatch);
    Result r = longMatch->evaluate(nullptr);
    QVERIFY2(r.ok(), r.error.message.c_str());
    QCOMPARE(QByteArray::fromStdString(r.value.dump()), QByteArray("200001"));
    // Lazy quantifiers keep JavaScript's leftmost, shortest choice on that matcher.
    Result lazy = Expression::compile("$match('xAyBxCyD', /x.*?y/).match")->evaluate(nullptr);
    QCOMPARE(QByteArray::fromStdString(lazy.value.dump()), QByteArray("[\"xAy\",\"xCy\"]"));
    // A back-reference needs the backtracking matcher: a short text matches, a text too long for
    // the stack left is refused with U1003.
    Result shortRef = Expression::compile("$contains('xaay', /(a)\\1/)")->evaluate(nullptr);
    QVERIFY2(shortRef.ok(), shortRef.error.message.c_str());
    QCOMPARE(QByteArray::fromStdString(shortRef.value.dump()), QByteArray("true"));
    Result longRef =
        Expression::compile("$contains($pad('', 200000, 'a'), /(a)\\1*b/)")->evaluate(nullptr);
    QVERIFY(!longRef.ok());
    QCOMPARE(QByteArray::fromStdString(longRef.error.code), QByteArray("U1003"));
}

QTEST_APPLESS_MAIN(TstFuzzRegressions)
#include "tst_fuzzregressions.moc"
