// The limits as a run meets them (issue 10, point 5): AWS's 256 KiB per execution input, task
// result and state output (States.DataLimitExceeded, which States.ALL does not catch), and the
// number of items one Map state is given. The checks' own arithmetic is in tst_reliability.

#include "definition.h"
#include "execution.h"
#include "jsonparse.h"
#include "limitcheck.h"
#include "mockconfig.h"

#include <QTest>

using namespace stepwise::runtime;

class TstReliabilityLimits : public QObject
{
    Q_OBJECT

private slots:
    void executionInput();
    void stateOutput_data();
    void stateOutput();
    void taskResult();
    void mapItems();
};

namespace {

constexpr std::size_t kLimit = 256 * 1024;
const std::string kService = " the maximum number of bytes service limit (262144 bytes).";

Json parsed(const std::string &text)
{
    Json out;
    const auto r = json_util::parse(text, out);
    if (!r.ok)
        qFatal("test JSON does not parse: %s", r.error.c_str());
    return out;
}

std::shared_ptr<const Definition> compiled(const std::string &asl)
{
    auto r = Definition::compile(parsed(asl));
    if (!r.definition)
        qFatal("test definition does not compile: %s",
               r.errors.empty() ? "" : r.errors.front().c_str());
    return r.definition;
}

// {"s": "xxx..."} serialises to exactly `bytes` bytes (8 of them are the frame).
Json payloadOf(std::size_t bytes)
{
    return Json{{"s", std::string(bytes - 8, 'x')}};
}

bool hasEvent(const Execution &run, const char *type)
{
    for (const auto &e : run.history())
        if (e.typeName() == type)
            return true;
    return false;
}

} // namespace

void TstReliabilityLimits::executionInput()
{
    auto def = compiled(R"({"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}})");
    Execution exact(def, payloadOf(kLimit));
    QCOMPARE(exact.runUntilPause(), Execution::Status::Succeeded);

    Execution over(def, payloadOf(kLimit + 1));
    QCOMPARE(over.runUntilPause(), Execution::Status::Failed);
    QCOMPARE(over.error(), std::string("States.DataLimitExceeded"));
    QCOMPARE(over.cause(), "The execution input has a size exceeding" + kService);
    // Refused before any state runs: ExecutionStarted, ExecutionFailed.
    QCOMPARE(over.history().size(), std::size_t(2));
}

void TstReliabilityLimits::stateOutput_data()
{
    QTest::addColumn<QString>("errorEquals");
    QTest::addColumn<int>("status");
    // AWS: States.ALL and States.TaskFailed do not match States.DataLimitExceeded; its own
    // name does.
    QTest::newRow("no Catch") << QString() << int(Execution::Status::Failed);
    QTest::newRow("States.ALL") << QStringLiteral("States.ALL") << int(Execution::Status::Failed);
    QTest::newRow("by name") << QStringLiteral("States.DataLimitExceeded")
                             << int(Execution::Status::Succeeded);
}

void TstReliabilityLimits::stateOutput()
{
    QFETCH(QString, errorEquals);
    QFETCH(int, status);
    // Each half is within the limit; the Pass state puts both halves together.
    std::string asl = R"({"StartAt": "Double", "States": {
        "Double": {"Type": "Pass", "Parameters": {"a.$": "$.s", "b.$": "$.s"}, "End": true)";
    if (!errorEquals.isEmpty())
        asl += R"(, "Catch": [{"ErrorEquals": [")" + errorEquals.toStdString() +
               R"("], "ResultPath": null, "Next": "Caught"}])";
    asl += R"(}, "Caught": {"Type": "Succeed"}}})";
    Execution run(compiled(asl), payloadOf(kLimit / 2 + 100));
    QCOMPARE(int(run.runUntilPause()), status);
    if (status == int(Execution::Status::Failed)) {
        QCOMPARE(run.error(), std::string("States.DataLimitExceeded"));
        QCOMPARE(run.cause(),
                 "The state 'Double' produced an output with a size exceeding" + kService);
    }
    // The oversized output never reaches the history.
    for (const auto &e : run.history())
        QVERIFY(!e.output || limits::serialisedSize(*e.output, kLimit) <= kLimit);
}

void TstReliabilityLimits::taskResult()
{
    const std::string config = R"({"StateMachines": {"M": {"TestCases": {"T": {"Charge": "R"}}}},
        "MockedResponses": {"R": {"0": {"Return": )" +
                               payloadOf(kLimit + 1).dump() + "}}}}";
    auto mocks = std::make_shared<MockConfig>();
    QCOMPARE(mocks->load(parsed(config), {}, "T"), std::string());
    ExecutionOptions options;
    options.mocks = mocks;
    Execution run(compiled(R"({"StartAt": "Charge", "States": {"Charge": {"Type": "Task",
        "Resource": "arn:aws:lambda:us-east-1:1:function:f", "End": true}}})"),
                  Json::object(), options);
    QCOMPARE(run.runUntilPause(), Execution::Status::Failed);
    QCOMPARE(run.error(), std::string("States.DataLimitExceeded"));
    QCOMPARE(run.cause(),
             "The state/task 'Charge' returned a result with a size exceeding" + kService);
    QVERIFY(!hasEvent(run, "TaskSucceeded"));
}

void TstReliabilityLimits::mapItems()
{
    // 10,001 items fit easily in 256 KiB ([0,0,...] is two bytes an item): the Map limit is
    // what refuses them, before the first iteration starts.
    auto def = compiled(R"({"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
        "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}})");
    ExecutionOptions options;
    options.maxEvents = 1000000; // so that only the Map limit can stop it
    Execution run(def, Json(std::vector<int>(10001, 0)), options);
    QCOMPARE(run.runUntilPause(), Execution::Status::Failed);
    QCOMPARE(run.error(), std::string("States.Runtime"));
    QVERIFY2(run.cause().find("The Map state 'M' was given 10001 items; at most 10000 are "
                              "supported.") != std::string::npos,
             run.cause().c_str());
    QVERIFY(!hasEvent(run, "MapIterationStarted"));
}

QTEST_APPLESS_MAIN(TstReliabilityLimits)
#include "tst_reliabilitylimits.moc"
