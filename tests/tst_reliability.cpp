// Reliability of the runtime on outside values: checked parsing (numbers beyond a double, deep
// nesting), the definition compiler refusing wrong types with the validator's rule instead of
// throwing, the limits and their messages, callback answers and mocks refused when malformed.

#include "callbackanswer.h"
#include "choicerule.h"
#include "definition.h"
#include "execution.h"
#include "intrinsic.h"
#include "jsonparse.h"
#include "limitcheck.h"
#include "mockconfig.h"

#include <QElapsedTimer>
#include <QTest>

#include <limits>

using namespace stepwise::runtime;

class TstReliability : public QObject
{
    Q_OBJECT

private slots:
    void parseRefusesWithPlace_data();
    void parseRefusesWithPlace();
    void parseAcceptsOrdinaryJson();
    void compileRefusesWrongTypes_data();
    void compileRefusesWrongTypes();
    void compileLimits();
    void isIntegralOnlyWithinLongLong();
    void payloadLimit();
    void mapItemsLimit();
    void intrinsicLimits_data();
    void intrinsicLimits();
    void intrinsicNestingLimit();
    void callbackAnswers_data();
    void callbackAnswers();
    void malformedAnswerKeepsWaiting();
    void mockThrowMustBeStrings();
    void causeQuotingInputStaysBounded();
    void timestampBeyond2262IsNotATimestamp();
};

namespace {

Json parsed(const char *text)
{
    Json out;
    const auto r = json_util::parse(text, out);
    if (!r.ok)
        qFatal("test JSON does not parse: %s", r.error.c_str());
    return out;
}

// The first compile error, or "" when it compiles.
std::string compileError(const char *asl)
{
    auto r = Definition::compile(parsed(asl));
    if (r.definition && r.errors.empty())
        return {};
    return r.errors.empty() ? std::string("(refused without a message)") : r.errors.front();
}

} // namespace

void TstReliability::parseRefusesWithPlace_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("says");
    QTest::newRow("1e309") << QByteArray("{\"a\": 1e309}") << 1 << 7 << "number overflow";
    QTest::newRow("-1e400 on line 3")
        << QByteArray("{\n  \"a\": [1,\n  -1e400]}") << 3 << 3 << "number overflow";
    QTest::newRow("syntax") << QByteArray("{\"a\": }") << 1 << 7 << "syntax error";
    QTest::newRow("too deep") << QByteArray(600, '[') << 1 << 513 << "nested more than 512";
    QTest::newRow("empty") << QByteArray() << 1 << 1 << "syntax error";
}

void TstReliability::parseRefusesWithPlace()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, says);
    Json out;
    const auto r = json_util::parse(std::string_view(text.constData(), size_t(text.size())), out);
    QVERIFY(!r.ok);
    QCOMPARE(int(r.line), line);
    QCOMPARE(int(r.column), column);
    QVERIFY2(QString::fromStdString(r.error).contains(says), r.error.c_str());
    QVERIFY(QString::fromStdString(r.error).startsWith(
        QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
}

void TstReliability::parseAcceptsOrdinaryJson()
{
    Json out;
    QVERIFY(json_util::parse(R"({"b": [1, 2.5, "x", null, true], "a": {"c": 1e308}})", out).ok);
    QCOMPARE(out.begin().key(), std::string("b")); // order kept
    QCOMPARE(out["a"]["c"].get<double>(), 1e308);
    QVERIFY(json_util::parse(std::string(512, '[') + std::string(512, ']'), out).ok);
}

void TstReliability::compileRefusesWrongTypes_data()
{
    QTest::addColumn<QByteArray>("asl");
    QTest::addColumn<QString>("error");
    // Each one threw nlohmann::type_error from `stepwise run` (issue 10).
    QTest::newRow("Type is a number")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":5,"End":true}}})")
        << "$.States.A.Type: 'Type' must be a string, not number";
    QTest::newRow("Type is null")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":null,"End":true}}})")
        << "$.States.A.Type: 'Type' must be a string, not null";
    QTest::newRow("IntervalSeconds is a string")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:x",
              "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":"2"}],"End":true}}})")
        << "$.States.A.Retry[0].IntervalSeconds: \"IntervalSeconds\" must be an integer of at "
           "least 1 (and at most 99999999)";
    QTest::newRow("BackoffRate is a string")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:x",
              "Retry":[{"ErrorEquals":["States.ALL"],"BackoffRate":"2"}],"End":true}}})")
        << "$.States.A.Retry[0].BackoffRate: \"BackoffRate\" must be a number of at least 1";
    QTest::newRow("MaxAttempts beyond an int")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:x",
              "Retry":[{"ErrorEquals":["States.ALL"],"MaxAttempts":99999999999}],"End":true}}})")
        << "$.States.A.Retry[0].MaxAttempts: \"MaxAttempts\" must be an integer of at least 0 "
           "(and at most 99999999)";
    QTest::newRow("error name a number")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:x",
              "Catch":[{"ErrorEquals":[5],"Next":"A"}],"End":true}}})")
        << "$.States.A.Catch[0].ErrorEquals: error names must be strings";
    QTest::newRow("End a string")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Pass","End":"yes"}}})")
        << "$.States.A.End: must be true or false";
    QTest::newRow("Resource a number")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":1,"End":true}}})")
        << "$.States.A.Resource: must be a string";
    QTest::newRow("JitterStrategy unknown")
        << QByteArray(R"({"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:x",
              "Retry":[{"ErrorEquals":["States.ALL"],"JitterStrategy":"SOME"}],"End":true}}})")
        << "$.States.A.Retry[0].JitterStrategy: \"JitterStrategy\" must be \"FULL\" or \"NONE\"";
    QTest::newRow("Wait seconds beyond AWS")
        << QByteArray(
               R"({"StartAt":"A","States":{"A":{"Type":"Wait","Seconds":1e300,"End":true}}})")
        << "$.States.A.Seconds: must be a number from 0 to 99999999";
}

void TstReliability::compileRefusesWrongTypes()
{
    QFETCH(QByteArray, asl);
    QFETCH(QString, error);
    QCOMPARE(QString::fromStdString(compileError(asl.constData())), error);
}

void TstReliability::compileLimits()
{
    // Number of states: 10,000 compile, one more does not.
    auto machine = [](int n) {
        Json states = Json::object();
        for (int i = 0; i < n; ++i)
            states["S" + std::to_string(i)] =
                Json{{"Type", "Pass"},
                     {i + 1 < n ? "Next" : "End",
                      i + 1 < n ? Json("S" + std::to_string(i + 1)) : Json(true)}};
        return Json{{"StartAt", "S0"}, {"States", states}};
    };
    QVERIFY(Definition::compile(machine(10000)).definition);
    auto over = Definition::compile(machine(10001));
    QVERIFY(!over.definition);
    QCOMPARE(over.errors.front(), std::string("$.States: the definition has more than 10000 "
                                              "states"));
    // State names: 80 characters, as AWS; 81 is refused.
    const std::string name80(80, 'n');
    QVERIFY(Definition::compile(
                Json{{"StartAt", name80}, {"States", {{name80, {{"Type", "Succeed"}}}}}})
                .definition);
    const std::string name81(81, 'n');
    auto longName = Definition::compile(
        Json{{"StartAt", name81}, {"States", {{name81, {{"Type", "Succeed"}}}}}});
    QVERIFY(!longName.definition);
    QVERIFY(longName.errors.front().find("a state name must have 1 to 80 characters") !=
            std::string::npos);
    // Definition nesting: Parallel inside Parallel, 32 levels run, 33 do not.
    auto nested = [](int levels) {
        Json m = Json{{"StartAt", "P"}, {"States", {{"P", {{"Type", "Pass"}, {"End", true}}}}}};
        for (int i = 0; i < levels; ++i)
            m = Json{
                {"StartAt", "P"},
                {"States",
                 {{"P", {{"Type", "Parallel"}, {"Branches", Json::array({m})}, {"End", true}}}}}};
        return m;
    };
    QVERIFY(Definition::compile(nested(32)).definition);
    auto deep = Definition::compile(nested(33));
    QVERIFY(!deep.definition);
    QVERIFY(deep.errors.front().find("nested more than 32 levels deep") != std::string::npos);
}

void TstReliability::isIntegralOnlyWithinLongLong()
{
    QVERIFY(json_util::isIntegral(Json(3.0)));
    QVERIFY(json_util::isIntegral(Json(-9.2e18)));
    QVERIFY(!json_util::isIntegral(Json(1e300))); // a conversion would be undefined
    QVERIFY(!json_util::isIntegral(Json(-1e19)));
    QVERIFY(!json_util::isIntegral(Json(9223372036854775808.0)));
}

void TstReliability::payloadLimit()
{
    // {"s":"xxx..."} is 8 bytes of frame around the string.
    const std::size_t limit = 256 * 1024;
    Json exact{{"s", std::string(limit - 8, 'x')}};
    QCOMPARE(exact.dump().size(), limit);
    QCOMPARE(limits::serialisedSize(exact, SIZE_MAX), limit);
    QVERIFY(!limits::checkPayload(exact, limits::PayloadKind::StateOutput, "S"));
    Json over{{"s", std::string(limit - 7, 'x')}};
    auto e = limits::checkPayload(over, limits::PayloadKind::TaskResult, "Charge");
    QVERIFY(e);
    QCOMPARE(e->error, std::string("States.DataLimitExceeded"));
    QCOMPARE(e->cause, std::string("The state/task 'Charge' returned a result with a size "
                                   "exceeding the maximum number of bytes service limit "
                                   "(262144 bytes)."));
    // Escapes count as written: a quote is two bytes, a control character six.
    Json escaped = Json::array({"a\"b\n\x01", 1.5, nullptr, Json::object({{"k", false}})});
    QCOMPARE(limits::serialisedSize(escaped, SIZE_MAX), escaped.dump().size());
    // Numbers are sized without being written: every width and sign, both integer kinds.
    Json numbers = Json::array({0, 9, 10, -1, -10, 99, 100, 123456789, -987654321, true,
                                std::numeric_limits<std::int64_t>::min(),
                                std::numeric_limits<std::int64_t>::max(),
                                std::numeric_limits<std::uint64_t>::max(), 1e300, -0.25});
    for (const Json &n : numbers)
        QCOMPARE(limits::serialisedSize(n, SIZE_MAX), n.dump().size());
    QCOMPARE(limits::serialisedSize(numbers, SIZE_MAX), numbers.dump().size());
}

void TstReliability::mapItemsLimit()
{
    QVERIFY(!limits::checkMapItems(10000, "M"));
    auto e = limits::checkMapItems(10001, "M");
    QVERIFY(e);
    QCOMPARE(e->cause, std::string("The Map state 'M' was given 10001 items; at most 10000 are "
                                   "supported."));
}

void TstReliability::intrinsicLimits_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("cause"); // empty: succeeds
    QTest::newRow("ArrayRange 1000 items") << "States.ArrayRange(1, 1000, 1)" << QString();
    QTest::newRow("ArrayRange 1001 items")
        << "States.ArrayRange(1, 1001, 1)"
        << "Invalid arguments in States.ArrayRange: the range has more than 1000 items";
    QTest::newRow("ArrayRange at the end of long long")
        << "States.ArrayRange(9223372036854775806, 9223372036854775807, 5)" << QString();
    QTest::newRow("MathAdd beyond int")
        << "States.MathAdd(1e300, 1)"
        << "Invalid arguments in States.MathAdd: operands must be between -2147483648 and "
           "2147483647, got 1e+300";
    QTest::newRow("MathRandom beyond int")
        << "States.MathRandom(1, 1e30)"
        << "Invalid arguments in States.MathRandom: start and end must be between -2147483648 "
           "and 2147483647";
    QTest::newRow("Base64Encode 10000 characters")
        << "States.Base64Encode($.long)"
        << "Invalid arguments in States.Base64Encode: the input is longer than 10000 characters";
}

void TstReliability::intrinsicLimits()
{
    QFETCH(QString, call);
    QFETCH(QString, cause);
    std::string why;
    auto parsedCall = Intrinsic::parse(call.toStdString(), &why);
    QVERIFY2(parsedCall, why.c_str());
    Json input{{"long", std::string(10001, 'a')}};
    std::mt19937_64 rng(1);
    EvalScope scope;
    scope.input = &input;
    scope.rng = &rng;
    try {
        Json v = parsedCall->evaluate(scope);
        QVERIFY2(cause.isEmpty(), v.dump().c_str());
    } catch (const StatesError &e) {
        QCOMPARE(QString::fromStdString(e.cause), cause);
        QCOMPARE(e.error, std::string("States.IntrinsicFailure"));
    }
}

void TstReliability::intrinsicNestingLimit()
{
    // Calls inside calls: 10 levels parse, the 11th is refused when the definition is compiled
    // (the README's Limits table), before any recursive evaluation could run deep.
    auto nested = [](int levels) {
        std::string call = "$.s";
        for (int i = 0; i < levels; ++i)
            call = "States.Format('{}', " + call + ")";
        return call;
    };
    std::string why;
    QVERIFY2(Intrinsic::parse(nested(10), &why), why.c_str());
    QVERIFY(!Intrinsic::parse(nested(11), &why));
    QVERIFY2(why.find("intrinsic functions are nested more than 10 deep") != std::string::npos,
             why.c_str());
}

void TstReliability::callbackAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("success") << QByteArray(R"({"success": {"ok": true}})") << QString();
    QTest::newRow("failure") << QByteArray(R"({"failure": {"error": "E", "cause": "c"}})")
                             << QString();
    QTest::newRow("error is a number (issue 10)")
        << QByteArray(R"({"failure": {"error": 5}})")
        << "\"failure\".\"error\" must be a string, not number";
    QTest::newRow("cause is an object") << QByteArray(R"({"failure": {"cause": {}}})")
                                        << "\"failure\".\"cause\" must be a string, not object";
    QTest::newRow("failure not an object")
        << QByteArray(R"({"failure": "no"})")
        << "\"failure\" must be an object with \"error\" and \"cause\" strings";
    QTest::newRow("neither") << QByteArray(R"({"ok": 1})")
                             << "an answer is {\"success\": OUTPUT} or {\"failure\": {\"error\": "
                                "..., \"cause\": ...}}";
    QTest::newRow("an array") << QByteArray("[1]")
                              << "an answer is {\"success\": OUTPUT} or {\"failure\": {\"error\": "
                                 "..., \"cause\": ...}}";
    QTest::newRow("error too long")
        << QByteArray("{\"failure\": {\"error\": \"" + QByteArray(257, 'e') + "\"}}")
        << "\"failure\".\"error\" is longer than 256 characters";
}

void TstReliability::callbackAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, refusal);
    CallbackAnswer out;
    QCOMPARE(QString::fromStdString(CallbackAnswer::read(parsed(answer.constData()), out)),
             refusal);
}

void TstReliability::malformedAnswerKeepsWaiting()
{
    auto def = Definition::compile(parsed(R"({"StartAt": "Ask", "States": {"Ask": {
        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "End": true}}})"));
    QVERIFY(def.definition);
    Execution run(def.definition, Json::object());
    QCOMPARE(run.runUntilPause(), Execution::Status::PausedCallback);
    const std::string token = run.pendingCallbacks().front().token;
    const std::size_t events = run.history().size();
    CallbackAnswer answer;
    QVERIFY(!CallbackAnswer::read(parsed(R"({"failure": {"error": 5}})"), answer).empty());
    // Refused before it reaches the execution: still waiting, on the same token, no new event.
    QCOMPARE(run.status(), Execution::Status::PausedCallback);
    QCOMPARE(run.pendingCallbacks().front().token, token);
    QCOMPARE(run.history().size(), events);
    QVERIFY(CallbackAnswer::read(parsed(R"({"success": {"done": 1}})"), answer).empty());
    QCOMPARE(run.success(token, answer.output), std::string());
    QCOMPARE(run.runUntilPause(), Execution::Status::Succeeded);
    QCOMPARE(run.output()->dump(), std::string(R"({"done":1})"));
}

void TstReliability::mockThrowMustBeStrings()
{
    MockConfig mocks;
    const char *config = R"({"StateMachines": {"M": {"TestCases": {"T": {"Charge": "R"}}}},
        "MockedResponses": {"R": {"0": {"Throw": {"Error": 5, "Cause": "c"}}}}})";
    QCOMPARE(mocks.load(parsed(config), {}, "T"),
             std::string("mocked response 'R'['0'].Throw.Error must be a string, not number"));
    const char *good = R"({"StateMachines": {"M": {"TestCases": {"T": {"Charge": "R"}}}},
        "MockedResponses": {"R": {"0": {"Throw": {"Error": "E", "Cause": "c"}}}}})";
    QCOMPARE(mocks.load(parsed(good), {}, "T"), std::string());
    QCOMPARE(mocks.stateNames(), std::vector<std::string>{"Charge"});
    MockConfig::Response r;
    QCOMPARE(mocks.lookup("Charge", 0, r), MockConfig::Lookup::Found);
    QCOMPARE(r.error, std::string("E"));
}

void TstReliability::causeQuotingInputStaysBounded()
{
    // Found by fuzz_execution (tests/data/reliability/fuzz/execution-cause-doubling.bin): the
    // ResultPath failure's cause quotes the input, the Catch makes {Error, Cause} the next
    // input, and each round escaped the previous cause again, doubling its backslashes: the
    // run never reached its 300-event limit. Causes are cut at AWS's 32,768 characters.
    const char *asl = R"({"StartAt": "S2", "States": {
        "S0": {"Type": "Choice", "Choices": [{"Variable": "$", "Next": "S0", "IsNull": true}]},
        "S1": {"Type": "Task", "Next": "S0", "ResultPath": "$.a[0]",
               "Resource": "arn:aws:lambda:us-east-1:1:function:f",
               "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "S2"}], "TimeoutSeconds": 5},
        "S2": {"Type": "Wait", "Next": "S1", "Seconds": 30},
        "S3": {"Type": "Fail"}}})";
    auto def = Definition::compile(parsed(asl));
    QVERIFY(def.definition);
    ExecutionOptions options;
    options.maxEvents = 300;
    Execution run(def.definition, Json{{"a", "not an array"}}, options);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(run.runUntilPause(), Execution::Status::Failed);
    QVERIFY(timer.elapsed() < 20000);
    QCOMPARE(run.history().size(), std::size_t(300));
    QCOMPARE(run.error(), std::string("States.Runtime"));
    // The cut keeps whole UTF-8 characters.
    StatesError cut("E", std::string(32767, 'x') + "\xc3\xa9tail");
    QCOMPARE(cut.cause.size(), std::size_t(32767));
}

void TstReliability::timestampBeyond2262IsNotATimestamp()
{
    // Found by fuzz_choicerule: nanoseconds of year 9426 overflowed a signed 64-bit integer.
    ChoiceRule rule;
    QCOMPARE(rule.compile(parsed(R"({"Variable": "$.t", "TimestampLessThan":
        "9426-01-01T00:00:00Z", "Next": "Yes"})"),
                          true),
             std::string());
    Json input = parsed(R"({"t": "2023-06-01T12:00:00Z"})");
    EvalScope scope;
    scope.input = &input;
    QVERIFY(!rule.matches(scope)); // not comparable, so not less than
}

QTEST_APPLESS_MAIN(TstReliability)
#include "tst_reliability.moc"
