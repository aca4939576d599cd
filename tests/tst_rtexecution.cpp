// Stepping, history events, callbacks, virtual time, mocks and limits of the runtime.

#include "execution.h"

#include <QTest>

using namespace stepwise::runtime;
using Status = Execution::Status;

class TstRtExecution : public QObject
{
    Q_OBJECT

private slots:
    void stepAppendsOneEvent();
    void historyNamesAndIds_data();
    void historyNamesAndIds();
    void waitOfAYearIsVirtual();
    void breakpointPausesBeforeState();
    void callbackSuccess();
    void callbackFailureCaught();
    void callbackRefusesUnknownAndAnsweredTokens();
    void heartbeatTimeout();
    void heartbeatKeepsTaskAlive();
    void taskTimeout();
    void executionTimeout();
    void mockConfigRanges();
    void mockConfigMissingInvocation();
    void mockedCallbackAnswersItself();
    void retryAdvancesVirtualTime();
    void eventLimit();
    void assignVariables();
    void jsonataStateRuns();
    void itemReaderFails();
    void compileErrors_data();
    void compileErrors();
    void deepDefinitionRefused();
    void deepInputRefused();
    void abortStops();
    void nullDefinitionFails();
};

namespace {

std::shared_ptr<const Definition> compile(const char *text)
{
    auto r = Definition::compile(Json::parse(text));
    if (!r.errors.empty())
        qWarning("%s", r.errors.front().c_str());
    return r.definition;
}

QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

std::vector<std::string> typeNames(const Execution &e)
{
    std::vector<std::string> out;
    for (const auto &ev : e.history())
        out.push_back(ev.typeName());
    return out;
}

const char *kCallback = R"json({"StartAt": "Approve", "States": {
    "Approve": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Parameters": {"token.$": "$$.Task.Token", "who.$": "$.who"},
                "HeartbeatSeconds": 60, "TimeoutSeconds": 300,
                "Catch": [{"ErrorEquals": ["Rejected"], "ResultPath": "$.error", "Next": "Denied"}],
                "End": true},
    "Denied": {"Type": "Pass", "End": true}}})json";

} // namespace

void TstRtExecution::stepAppendsOneEvent()
{
    Execution e(compile(R"json({"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                            "B":{"Type":"Pass","End":true}}})json"),
                Json{{"x", 1}});
    std::size_t n = 0;
    while (e.step()) {
        ++n;
        QCOMPARE(e.history().size(), n);
    }
    QCOMPARE(e.status(), Status::Succeeded);
    QCOMPARE(n, std::size_t(6));
    QVERIFY(!e.step());
}

void TstRtExecution::historyNamesAndIds_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QStringList>("types");
    QTest::newRow("pass")
        << QStringLiteral(R"json({"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}})json")
        << names("ExecutionStarted PassStateEntered PassStateExited ExecutionSucceeded");
    QTest::newRow("task")
        << QStringLiteral(
               R"json({"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:x","End":true}}})json")
        << names("ExecutionStarted TaskStateEntered TaskScheduled TaskStarted TaskSucceeded "
                 "TaskStateExited ExecutionSucceeded");
    QTest::newRow("parallel")
        << QStringLiteral(
               R"json({"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
               {"StartAt":"B","States":{"B":{"Type":"Pass","End":true}}}]}}})json")
        << names("ExecutionStarted ParallelStateEntered ParallelStateStarted PassStateEntered "
                 "PassStateExited ParallelStateSucceeded ParallelStateExited ExecutionSucceeded");
    QTest::newRow("map")
        << QStringLiteral(R"json({"StartAt":"M","States":{"M":{"Type":"Map","End":true,
               "ItemProcessor":{"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}}}}})json")
        << names("ExecutionStarted MapStateEntered MapStateStarted MapIterationStarted "
                 "PassStateEntered PassStateExited MapIterationSucceeded MapStateSucceeded "
                 "MapStateExited ExecutionSucceeded");
    QTest::newRow("fail")
        << QStringLiteral(R"json({"StartAt":"F","States":{"F":{"Type":"Fail","Error":"E"}}})json")
        << names("ExecutionStarted FailStateEntered ExecutionFailed");
}

void TstRtExecution::historyNamesAndIds()
{
    QFETCH(QString, definition);
    QFETCH(QStringList, types);
    Execution e(compile(definition.toUtf8().constData()), Json::array({1}));
    e.runUntilPause();
    QStringList got;
    for (const auto &name : typeNames(e))
        got << QString::fromStdString(name);
    QCOMPARE(got, types);
    for (std::size_t i = 0; i < e.history().size(); ++i) {
        QCOMPARE(e.history()[i].id, std::int64_t(i + 1));
        // As AWS links them: a Map's or Parallel's Exited event follows the event before its
        // Succeeded event (both Succeeded and Exited name the same previous event).
        const bool afterSucceeded =
            i > 0 && (types[int(i) - 1] == QLatin1String("MapStateSucceeded") ||
                      types[int(i) - 1] == QLatin1String("ParallelStateSucceeded"));
        QCOMPARE(e.history()[i].previousEventId, std::int64_t(afterSucceeded ? i - 1 : i));
    }
    const Json first = e.history().front().toJson();
    QCOMPARE(QString::fromStdString(first["type"].get<std::string>()),
             QStringLiteral("ExecutionStarted"));
}

void TstRtExecution::waitOfAYearIsVirtual()
{
    Execution e(
        compile(
            R"json({"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":31536000,"End":true}}})json"),
        Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.now() - ExecutionOptions().startTime, std::int64_t(31536000) * 1000);
    QCOMPARE(QString::fromStdString(e.history().back().toJson()["timestamp"].get<std::string>()),
             QStringLiteral("2024-12-31T00:00:00.000Z"));
}

void TstRtExecution::breakpointPausesBeforeState()
{
    Execution e(compile(R"json({"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},
                            "B":{"Type":"Pass","End":true}}})json"),
                Json::object());
    e.setBreakpoint("B");
    QCOMPARE(e.runUntilPause(), Status::PausedBreakpoint);
    QCOMPARE(QString::fromStdString(e.history().back().typeName()),
             QStringLiteral("PassStateExited"));
    QCOMPARE(QString::fromStdString(e.history().back().stateName()), QStringLiteral("A"));
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
}

void TstRtExecution::callbackSuccess()
{
    Execution e(compile(kCallback), Json{{"who", "ann"}});
    QCOMPARE(e.runUntilPause(), Status::PausedCallback);
    auto pending = e.pendingCallbacks();
    QCOMPARE(pending.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(pending[0].state->name), QStringLiteral("Approve"));
    QCOMPARE((*pending[0].payload)["token"].get<std::string>(), pending[0].token);
    QCOMPARE(QString::fromStdString((*pending[0].payload)["who"].get<std::string>()),
             QStringLiteral("ann"));
    QCOMPARE(*pending[0].heartbeatDeadline, e.now() + 60000);
    QCOMPARE(*pending[0].timeoutDeadline, e.now() + 300000);
    QVERIFY(!e.step());
    QCOMPARE(QString::fromStdString(e.success(pending[0].token, Json{{"ok", true}})), QString());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"json({"ok":true})json"));
}

void TstRtExecution::callbackFailureCaught()
{
    Execution e(compile(kCallback), Json{{"who", "bob"}});
    e.runUntilPause();
    const std::string token = e.pendingCallbacks().at(0).token;
    QVERIFY(e.failure(token, "Rejected", "no").empty());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(),
             std::string(R"json({"who":"bob","error":{"Error":"Rejected","Cause":"no"}})json"));
    QVERIFY(std::find(typeNames(e).begin(), typeNames(e).end(), "TaskFailed") !=
            typeNames(e).end());
}

void TstRtExecution::callbackRefusesUnknownAndAnsweredTokens()
{
    Execution e(compile(kCallback), Json{{"who", "c"}});
    e.runUntilPause();
    const std::string token = e.pendingCallbacks().at(0).token;
    QVERIFY(QString::fromStdString(e.success("nope", Json()))
                .contains(QStringLiteral("TaskDoesNotExist")));
    QVERIFY(e.success(token, Json(1)).empty());
    QVERIFY(
        QString::fromStdString(e.success(token, Json(2))).contains(QStringLiteral("InvalidToken")));
    QVERIFY(QString::fromStdString(e.heartbeat(token)).contains(QStringLiteral("InvalidToken")));
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
}

void TstRtExecution::heartbeatTimeout()
{
    Execution e(compile(kCallback), Json{{"who", "d"}});
    e.runUntilPause();
    e.advanceClock(59);
    QCOMPARE(e.status(), Status::PausedCallback);
    e.advanceClock(1);
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.HeartbeatTimeout"));
    QVERIFY(std::find(typeNames(e).begin(), typeNames(e).end(), "TaskTimedOut") !=
            typeNames(e).end());
}

void TstRtExecution::heartbeatKeepsTaskAlive()
{
    Execution e(compile(kCallback), Json{{"who", "e"}});
    e.runUntilPause();
    const std::string token = e.pendingCallbacks().at(0).token;
    for (int i = 0; i < 5; ++i) {
        e.advanceClock(50);
        QVERIFY(e.heartbeat(token).empty());
    }
    QCOMPARE(e.runUntilPause(), Status::PausedCallback);
    e.advanceClock(50); // 300 s in all: the task's TimeoutSeconds, before the next heartbeat
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.Timeout"));
}

void TstRtExecution::taskTimeout()
{
    Execution e(compile(R"json({"StartAt":"T","States":{"T":{"Type":"Task",
        "Resource":"arn:aws:states:::lambda:invoke.waitForTaskToken","TimeoutSeconds":10,
        "Retry":[{"ErrorEquals":["States.Timeout"],"MaxAttempts":1}],"End":true}}})json"),
                Json::object());
    e.runUntilPause();
    const std::string first = e.pendingCallbacks().at(0).token;
    e.advanceClock(10);
    QCOMPARE(e.runUntilPause(), Status::PausedCallback); // retried once, with a fresh token
    QVERIFY(e.pendingCallbacks().at(0).token != first);
    e.advanceClock(10);
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.Timeout"));
}

void TstRtExecution::executionTimeout()
{
    Execution e(
        compile(
            R"json({"TimeoutSeconds":5,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}})json"),
        Json::object());
    QCOMPARE(e.runUntilPause(), Status::TimedOut);
    QCOMPARE(QString::fromStdString(e.history().back().typeName()),
             QStringLiteral("ExecutionTimedOut"));
}

void TstRtExecution::mockConfigRanges()
{
    auto mocks = std::make_shared<MockConfig>();
    QCOMPARE(QString::fromStdString(mocks->load(Json::parse(R"json({
        "StateMachines": {"Orders": {"TestCases": {"Flaky": {"Charge": "FailTwice"}}}},
        "MockedResponses": {"FailTwice": {
            "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "busy"}},
            "2": {"Return": {"StatusCode": 200, "Payload": {"charged": true}}}}}})json"),
                                                "Orders", "Flaky")),
             QString());
    ExecutionOptions options;
    options.mocks = mocks;
    Execution e(compile(R"json({"StartAt":"Charge","States":{"Charge":{"Type":"Task",
        "Resource":"arn:aws:states:::lambda:invoke","OutputPath":"$.Payload",
        "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":2,"MaxAttempts":3}],
        "End":true}}})json"),
                Json::object(), options);
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"json({"charged":true})json"));
    QCOMPARE(e.now() - options.startTime, std::int64_t(6000)); // 2 s + 4 s of backoff
}

void TstRtExecution::mockConfigMissingInvocation()
{
    auto mocks = std::make_shared<MockConfig>();
    QVERIFY(mocks
                ->load(Json::parse(R"json({"StateMachines": {"M": {"TestCases": {"C": {"T": "R"}}}},
        "MockedResponses": {"R": {"0": {"Throw": {"Error": "E", "Cause": "c"}}}}})json"),
                       "", "C")
                .empty());
    ExecutionOptions options;
    options.mocks = mocks;
    Execution e(compile(R"json({"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:x",
        "Retry":[{"ErrorEquals":["E"]}],"End":true}}})json"),
                Json::object(), options);
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.Runtime"));
    QVERIFY(
        QString::fromStdString(e.cause()).contains(QStringLiteral("no response for invocation 1")));
    auto bad = std::make_shared<MockConfig>();
    QVERIFY(!bad->load(Json::parse(R"json({"StateMachines": {}})json"), "", "C").empty());
}

void TstRtExecution::mockedCallbackAnswersItself()
{
    auto mocks = std::make_shared<MockConfig>();
    QVERIFY(mocks
                ->load(Json::parse(
                           R"json({"StateMachines": {"M": {"TestCases": {"C": {"Approve": "Yes"}}}},
        "MockedResponses": {"Yes": {"0": {"Return": {"approved": true}}}}})json"),
                       "", "C")
                .empty());
    ExecutionOptions options;
    options.mocks = mocks;
    Execution e(compile(kCallback), Json{{"who", "m"}}, options);
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"json({"approved":true})json"));
}

void TstRtExecution::retryAdvancesVirtualTime()
{
    auto mocks = std::make_shared<MockConfig>();
    QVERIFY(mocks
                ->load(Json::parse(R"json({"StateMachines": {"M": {"TestCases": {"C": {"T": "R"}}}},
        "MockedResponses": {"R": {"0-9": {"Throw": {"Error": "E", "Cause": "c"}}}}})json"),
                       "", "C")
                .empty());
    ExecutionOptions options;
    options.mocks = mocks;
    Execution e(compile(R"json({"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:x",
        "Retry":[{"ErrorEquals":["E"],"IntervalSeconds":10,"BackoffRate":2,"MaxAttempts":4,
                  "MaxDelaySeconds":25}],"End":true}}})json"),
                Json::object(), options);
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(e.now() - options.startTime, std::int64_t((10 + 20 + 25 + 25) * 1000));
}

void TstRtExecution::eventLimit()
{
    const char *loop = R"json({"StartAt":"A","States":{"A":{"Type":"Pass","Next":"A"}}})json";
    Execution e(compile(loop), Json::object());
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(e.history().size(), std::size_t(25000));
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.Runtime"));
    ExecutionOptions small;
    small.maxEvents = 100;
    Execution f(compile(loop), Json::object(), small);
    QCOMPARE(f.runUntilPause(), Status::Failed);
    QCOMPARE(f.history().size(), std::size_t(100));
}

void TstRtExecution::assignVariables()
{
    Execution e(compile(R"json({"StartAt":"A","States":{
        "A":{"Type":"Pass","Result":{"n":2},"Assign":{"count.$":"$.n","label":"x"},"Next":"B"},
        "B":{"Type":"Pass","Parameters":{"c.$":"$count","l.$":"$label","sum.$":"States.MathAdd($count, 1)"},"End":true}}})json"),
                Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"json({"c":2,"l":"x","sum":3})json"));
}

// More in tst_rtjsonata.
void TstRtExecution::jsonataStateRuns()
{
    Execution e(
        compile(
            R"json({"QueryLanguage":"JSONata","StartAt":"A","States":{"A":{"Type":"Pass","Output":"{% 1 + 2 %}","End":true}}})json"),
        Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string("3"));
}

void TstRtExecution::itemReaderFails()
{
    Execution e(compile(R"json({"StartAt":"M","States":{"M":{"Type":"Map","End":true,
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject","Parameters":{"Bucket":"b","Key":"k"}},
        "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED"},"StartAt":"I","States":{"I":{"Type":"Pass","End":true}}}}}})json"),
                Json::object());
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.ItemReaderFailed"));
    QVERIFY(QString::fromStdString(e.cause()).contains(QStringLiteral("ItemReader")));
}

void TstRtExecution::compileErrors_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("message");
    QTest::newRow("no states") << QStringLiteral(R"json({"StartAt":"A"})json")
                               << QStringLiteral("'States'");
    QTest::newRow("bad next")
        << QStringLiteral(R"json({"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Z"}}})json")
        << QStringLiteral("$.States.A.Next: no state named 'Z'");
    QTest::newRow("bad path")
        << QStringLiteral(
               R"json({"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"x","End":true}}})json")
        << QStringLiteral("$.States.A.InputPath");
    QTest::newRow("intrinsic too deep")
        << QStringLiteral(
               R"json({"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"Parameters":{"v.$":
               "States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(States.Array(1)))))))))))"}}}})json")
        << QStringLiteral("nested more than 10 deep");
    QTest::newRow("unknown intrinsic")
        << QStringLiteral(
               R"json({"StartAt":"A","States":{"A":{"Type":"Pass","End":true,"Parameters":{"v.$":"States.Nope(1)"}}}})json")
        << QStringLiteral("unknown intrinsic function 'States.Nope'");
    QTest::newRow("wait forms")
        << QStringLiteral(R"json({"StartAt":"W","States":{"W":{"Type":"Wait","End":true}}})json")
        << QStringLiteral("exactly one of");
}

void TstRtExecution::compileErrors()
{
    QFETCH(QString, definition);
    QFETCH(QString, message);
    auto r = Definition::compile(Json::parse(definition.toStdString()));
    QVERIFY(!r.definition);
    QVERIFY(!r.errors.empty());
    QVERIFY2(QString::fromStdString(r.errors.front()).contains(message), r.errors.front().c_str());
}

void TstRtExecution::deepDefinitionRefused()
{
    // 10,000 nested Parallel states: refused at compile time, without deep recursion.
    std::string text;
    const int depth = 10000;
    for (int i = 0; i < depth; ++i)
        text +=
            R"json({"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[)json";
    text += R"json({"StartAt":"X","States":{"X":{"Type":"Pass","End":true}}})json";
    for (int i = 0; i < depth; ++i)
        text += "]}}}";
    auto r = Definition::compile(Json::parse(text));
    QVERIFY(!r.definition);
    QVERIFY(
        QString::fromStdString(r.errors.front()).contains(QStringLiteral("nested more than 32")));
}

void TstRtExecution::deepInputRefused()
{
    std::string text(100000, '[');
    text += std::string(100000, ']');
    Execution e(compile(R"json({"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}})json"),
                Json::parse(text));
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QVERIFY(QString::fromStdString(e.cause()).contains(QStringLiteral("nested more than 512")));
}

void TstRtExecution::abortStops()
{
    Execution e(compile(kCallback), Json{{"who", "z"}});
    e.runUntilPause();
    e.abort("user");
    QCOMPARE(e.status(), Status::Aborted);
    QVERIFY(e.pendingCallbacks().empty());
    QCOMPARE(QString::fromStdString(e.history().back().typeName()),
             QStringLiteral("ExecutionAborted"));
}

void TstRtExecution::nullDefinitionFails()
{
    Execution e(nullptr, Json::object());
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.Runtime"));
    QVERIFY(!e.step());
}

QTEST_GUILESS_MAIN(TstRtExecution)
#include "tst_rtexecution.moc"
