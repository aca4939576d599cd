// Compares the runtime's whole history with the history AWS wrote for every recorded execution
// (shared/conformance/aws-recorded, `events`): the same sequence of (event type, state name),
// the same state inputs and outputs, iteration indices, item counts, errors and causes.

#include "execution.h"
#include "historywriter.h"
#include "rtjsonmatch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stepwise::runtime;
using stepwise::rttest::fromRecorded;
using stepwise::rttest::jsonMatches;

class TstRtHistory : public QObject
{
    Q_OBJECT

private slots:
    void recorded_data();
    void recorded();
    void cleanupTestCase();
    void branchesInterleave();
    void twoCallbacksPendingAnsweredInAnyOrder();
    void mapIterationsRunSideBySide();
    void waitsInBranchesShareTheClock();
    void failedBranchStopsTheOthers();
    void retriedMapStartsAgainWithoutFailedEvent();
    void distributedMapWritesMapRunEvents();
    void streamedFileIsValidAfterEveryEvent();
    void streamedFileIsValidAtTheEventLimit();
    void historyWithoutPayloads();
    void rebuildReplaysToAnyEvent();

private:
    int m_identical = 0, m_total = 0;
    QStringList m_excludedIdentical;
};

namespace {

// Cases whose recorded history cannot follow from the stored definition and input. Each one
// still runs and is reported; it only does not fail the test.
const char *excluded(const QString &file, const std::string &)
{
    if (file.startsWith(QLatin1String("base-wait_timestamp_path-")))
        return "mis-recorded: LocalStack templated the state name and TimestampPath at run time "
               "(state WaitUntil, $.TimestampValue), so the stored definition is not the one AWS "
               "ran";
    return nullptr;
}

// LocalStack's snapshot masks the ids of events inside Parallel branches ("[0]") and drops a
// few events (ParallelStateSucceeded, for one): a masked event sits right after the one before
// it, and a numeric id says exactly where an event is. Ids the recording lacks are not checked.
std::vector<std::int64_t> positions(const Json &events)
{
    std::vector<std::int64_t> out;
    std::int64_t last = 0;
    for (const Json &e : events) {
        const Json &id = e["id"];
        last = id.is_number_integer() ? id.get<std::int64_t>() : last + 1;
        out.push_back(last);
    }
    return out;
}

const Json *details(const Json &event)
{
    for (auto it = event.begin(); it != event.end(); ++it)
        if (it.key().size() > 7 && it.key().compare(it.key().size() - 7, 7, "Details") == 0 &&
            it.value().is_object())
            return &it.value();
    return nullptr;
}

// The first difference between a recorded event and the runtime's, or "" when they match.
std::string compareEvent(const Json &want, const Json &got, bool isVolatile,
                         const std::vector<std::pair<std::string, std::string>> &masks)
{
    const std::string type = want.value("type", std::string());
    if (got.value("type", std::string()) != type)
        return "type: expected " + type + ", got " + got.value("type", std::string());
    const Json *w = details(want);
    if (!w)
        return {};
    const Json *g = details(got);
    static const Json empty = Json::object();
    if (!g)
        g = &empty;
    for (const char *field : {"name", "index", "input", "output", "length", "error", "cause"}) {
        auto wi = w->find(field);
        if (wi == w->end())
            continue;
        auto gi = g->find(field);
        if (gi == g->end())
            return std::string(field) + " is missing (expected " + wi->dump() + ")";
        std::string why;
        const bool payload = std::string(field) == "input" || std::string(field) == "output";
        Json expected = payload ? fromRecorded(*wi) : *wi;
        Json actual = payload ? fromRecorded(*gi) : *gi;
        stepwise::rttest::applyMasks(actual, masks);
        if (!jsonMatches(expected, actual, isVolatile, why, field))
            return why;
    }
    return {};
}

} // namespace

void TstRtHistory::recorded_data()
{
    QTest::addColumn<QString>("file");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the AWS-recorded histories are skipped");
    QDir dir(shared + QStringLiteral("/conformance/aws-recorded"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no recorded cases found");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TstRtHistory::recorded()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    Json c = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!c.is_discarded(), "the case is not valid JSON");
    QVERIFY2(c.contains("events") && c["events"].is_array(), "the case has no recorded events");
    ++m_total;
    const std::string language = c.value("query_language", "JSONPath");
    const QString name = QFileInfo(file).fileName();
    const char *why = excluded(name, language);

    std::string difference;
    auto compiled = Definition::compile(c["definition"]);
    if (!compiled.definition) {
        difference = "does not compile: " +
                     (compiled.errors.empty() ? std::string() : compiled.errors.front());
    } else {
        ExecutionOptions options;
        options.seed = 7;
        options.accountId = "111111111111"; // the recordings normalise account ids to this one
        const auto unmasked = stepwise::rttest::unmaskInput(c);
        Execution run(compiled.definition, unmasked.input, options);
        run.runUntilPause();
        Json got = run.historyJson()["events"];
        const Json &want = c["events"];
        const bool isVolatile = c.value("volatile", false);
        const auto at = positions(want);
        for (std::size_t i = 0; i < want.size() && difference.empty(); ++i) {
            const auto id = at[i];
            if (id < 1 || id > static_cast<std::int64_t>(got.size())) {
                difference = "event " + std::to_string(id) + " (" +
                             want[i].value("type", std::string()) +
                             ") is missing: " + std::to_string(got.size()) + " events";
                break;
            }
            std::string d = compareEvent(want[i], got[static_cast<std::size_t>(id - 1)], isVolatile,
                                         unmasked.masks);
            if (!d.empty())
                difference = "event " + std::to_string(id) + " " +
                             want[i].value("type", std::string()) + ": " + d;
        }
        if (difference.empty() && !at.empty() && static_cast<std::int64_t>(got.size()) != at.back())
            difference = std::to_string(got.size()) + " events, AWS wrote " +
                         std::to_string(at.back()) + "; the first extra is " +
                         got[static_cast<std::size_t>(std::min<std::int64_t>(
                                 at.back(), static_cast<std::int64_t>(got.size()) - 1))]
                             .value("type", std::string());
    }
    if (difference.empty()) {
        ++m_identical;
        if (why)
            m_excludedIdentical << name;
        return;
    }
    std::printf("  differs: %s: %s\n", qPrintable(name), difference.c_str());
    if (why)
        QSKIP(why);
    QFAIL(difference.c_str());
}

void TstRtHistory::cleanupTestCase()
{
    std::printf("history: %d of %d identical\n", m_identical, m_total);
    if (!m_excludedIdentical.isEmpty())
        std::printf("excluded but identical: %s\n", qPrintable(m_excludedIdentical.join(u' ')));
}

namespace {

std::shared_ptr<const Definition> compile(const char *text)
{
    auto r = Definition::compile(Json::parse(text));
    if (!r.errors.empty())
        qWarning("%s", r.errors.front().c_str());
    return r.definition;
}

// "Type State" per event, execution-level events by type alone.
QStringList trace(const Execution &e)
{
    QStringList out;
    for (const auto &ev : e.history()) {
        QString item = QString::fromStdString(ev.typeName());
        if (!ev.stateName().empty())
            item += QLatin1Char(' ') + QString::fromStdString(ev.stateName());
        out << item;
    }
    return out;
}

QStringList split(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1String(", "));
}

const char *kTwoCallbacks = R"({"StartAt": "Both", "States": {"Both": {"Type": "Parallel",
  "End": true, "Branches": [
  {"StartAt": "AskA", "States": {"AskA": {"Type": "Task", "End": true,
    "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    "Parameters": {"who": "a", "token.$": "$$.Task.Token"}}}},
  {"StartAt": "AskB", "States": {"AskB": {"Type": "Task", "End": true,
    "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    "Parameters": {"who": "b", "token.$": "$$.Task.Token"}}}}]}}})";

} // namespace

void TstRtHistory::branchesInterleave()
{
    auto def = compile(R"({"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "Done",
      "Branches": [
        {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "Next": "A2"},
                                     "A2": {"Type": "Pass", "End": true}}},
        {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}]},
      "Done": {"Type": "Succeed"}}})");
    Execution e(def, Json{{"x", 1}});
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    // As AWS writes it: one event per branch in turn; the Parallel succeeds, then exits.
    QCOMPARE(trace(e), split("ExecutionStarted, ParallelStateEntered P, ParallelStateStarted P, "
                             "PassStateEntered A1, PassStateEntered B1, PassStateExited A1, "
                             "PassStateExited B1, PassStateEntered A2, PassStateExited A2, "
                             "ParallelStateSucceeded P, ParallelStateExited P, "
                             "SucceedStateEntered Done, SucceedStateExited Done, "
                             "ExecutionSucceeded"));
    QCOMPARE(e.output()->dump(), std::string(R"([{"x":1},{"x":1}])"));
    // The Exited event follows the one before the Succeeded event, as in AWS's histories.
    QCOMPARE(e.history()[10].previousEventId, e.history()[9].previousEventId);
}

void TstRtHistory::twoCallbacksPendingAnsweredInAnyOrder()
{
    Execution e(compile(kTwoCallbacks), Json::object());
    QCOMPARE(e.runUntilPause(), Execution::Status::PausedCallback);
    auto pending = e.pendingCallbacks();
    QCOMPARE(pending.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(pending[0].state->name), QStringLiteral("AskA"));
    QCOMPARE(QString::fromStdString(pending[1].state->name), QStringLiteral("AskB"));
    QCOMPARE(pending[1].payload->value("who", ""), std::string("b"));
    QVERIFY(pending[0].token != pending[1].token);
    // The second first: the first stays pending, the execution waits for it.
    QVERIFY(e.success(pending[1].token, Json{{"answer", "B"}}).empty());
    QCOMPARE(e.runUntilPause(), Execution::Status::PausedCallback);
    QCOMPARE(e.pendingCallbacks().size(), std::size_t(1));
    QCOMPARE(e.pendingCallbacks()[0].token, pending[0].token);
    QVERIFY(!e.success(pending[1].token, Json::object()).empty()); // already answered
    QVERIFY(e.success(pending[0].token, Json{{"answer", "A"}}).empty());
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"([{"answer":"A"},{"answer":"B"}])"));
    QStringList t = trace(e);
    QVERIFY(t.indexOf(QStringLiteral("TaskStateExited AskB")) <
            t.indexOf(QStringLiteral("TaskStateExited AskA")));
}

void TstRtHistory::mapIterationsRunSideBySide()
{
    auto def = compile(R"({"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
      "ItemProcessor": {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "End": true,
        "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "Parameters": {"item.$": "$", "token.$": "$$.Task.Token"}}}}}}})");
    Execution e(def, Json::array({1, 2, 3}));
    QCOMPARE(e.runUntilPause(), Execution::Status::PausedCallback);
    auto pending = e.pendingCallbacks();
    QCOMPARE(pending.size(), std::size_t(3));
    for (int i : {2, 0, 1})
        QVERIFY(e.success(pending[std::size_t(i)].token, Json(i * 10)).empty());
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string("[0,10,20]")); // in item order, not answer order
    QCOMPARE(trace(e).mid(3, 3), split("MapIterationStarted M, MapIterationStarted M, "
                                       "MapIterationStarted M"));
}

void TstRtHistory::waitsInBranchesShareTheClock()
{
    auto def = compile(R"({"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
      "Branches": [
        {"StartAt": "Long", "States": {"Long": {"Type": "Wait", "Seconds": 10, "End": true}}},
        {"StartAt": "Short", "States": {"Short": {"Type": "Wait", "Seconds": 4, "End": true}}}
      ]}}})");
    Execution e(def, Json::object());
    const auto start = e.now();
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    QStringList t = trace(e);
    QVERIFY(t.indexOf(QStringLiteral("WaitStateExited Short")) <
            t.indexOf(QStringLiteral("WaitStateExited Long")));
    for (const auto &ev : e.history())
        if (ev.typeName() == "WaitStateExited")
            QCOMPARE(ev.timestamp - start, ev.stateName() == "Short" ? 4000 : 10000);
    QCOMPARE(e.now() - start, 10000); // side by side: 10 s, not 14 s
}

void TstRtHistory::failedBranchStopsTheOthers()
{
    auto def = compile(R"({"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}],
      "Branches": [
        {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "End": true,
          "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters": {"token.$": "$$.Task.Token"}}}},
        {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "Boom",
          "Cause": "broken"}}}]},
      "Caught": {"Type": "Pass", "End": true}}})");
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"({"Error":"Boom","Cause":"broken"})"));
    QVERIFY(e.pendingCallbacks().empty());
    QStringList t = trace(e);
    QVERIFY(t.contains(QStringLiteral("ParallelStateFailed P")));
    QCOMPARE(t.indexOf(QStringLiteral("ParallelStateExited P")),
             t.indexOf(QStringLiteral("ParallelStateFailed P")) + 1);
}

void TstRtHistory::retriedMapStartsAgainWithoutFailedEvent()
{
    auto def = compile(R"({"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
      "Retry": [{"ErrorEquals": ["Oops"], "MaxAttempts": 1, "IntervalSeconds": 3}],
      "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Oops"}}}}}})");
    Execution e(def, Json::array({1}));
    const auto start = e.now();
    QCOMPARE(e.runUntilPause(), Execution::Status::Failed);
    QCOMPARE(trace(e), split("ExecutionStarted, MapStateEntered M, MapStateStarted M, "
                             "MapIterationStarted M, FailStateEntered F, MapIterationFailed M, "
                             "MapStateStarted M, MapIterationStarted M, FailStateEntered F, "
                             "MapIterationFailed M, MapStateFailed M, ExecutionFailed"));
    QCOMPARE(e.history()[6].timestamp - start, 3000); // the retry interval, in virtual time
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("Oops"));
}

void TstRtHistory::distributedMapWritesMapRunEvents()
{
    auto def = compile(R"({"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
      "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
        "StartAt": "Inner", "States": {"Inner": {"Type": "Pass", "End": true}}}}}})");
    Execution e(def, Json::array({"a", "b"}));
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    // The iterations are child executions: their events are not in this history.
    QCOMPARE(trace(e), split("ExecutionStarted, MapStateEntered M, MapStateStarted M, "
                             "MapRunStarted M, MapRunSucceeded M, MapStateSucceeded M, "
                             "MapStateExited M, ExecutionSucceeded"));
    QCOMPARE(e.output()->dump(), std::string(R"(["a","b"])"));
    Json run = e.history()[3].toJson();
    QVERIFY(run["mapRunStartedEventDetails"]["mapRunArn"].get<std::string>().find(":mapRun:") !=
            std::string::npos);
}

namespace {

Json readJsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Json();
    const QByteArray b = f.readAll();
    return Json::parse(b.constData(), b.constData() + b.size(), nullptr, false);
}

} // namespace

void TstRtHistory::streamedFileIsValidAfterEveryEvent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    HistoryWriter writer;
    QVERIFY(writer.open(path.toStdString()));
    QVERIFY(readJsonFile(path) == Json::parse(R"({"events": []})"));
    ExecutionOptions options;
    options.onEvent = [&writer](const HistoryEvent &ev) { writer.write(ev); };
    Execution e(compile(kTwoCallbacks), Json::object(), options);
    int steps = 0;
    while (e.step()) {
        ++steps;
        // Between any two events the file on disk is complete JSON with every event so far.
        Json onDisk = readJsonFile(path);
        QVERIFY(!onDisk.is_discarded());
        QCOMPARE(onDisk["events"].size(), e.history().size());
        QVERIFY(onDisk["events"].back() == e.history().back().toJson());
    }
    // Up to both callbacks pending (Started, Entered, Started, 2 × Entered, Scheduled,
    // Started): the writer stays open meanwhile.
    QCOMPARE(steps, 9);
    for (const auto &cb : e.pendingCallbacks())
        e.success(cb.token, Json(cb.state->name));
    e.runUntilPause();
    QVERIFY(writer.close());
    Json onDisk = readJsonFile(path);
    QVERIFY(onDisk == e.historyJson());
    QCOMPARE(onDisk["events"].back()["type"].get<std::string>(), std::string("ExecutionSucceeded"));
}

void TstRtHistory::streamedFileIsValidAtTheEventLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    HistoryWriter writer;
    QVERIFY(writer.open(path.toStdString()));
    ExecutionOptions options;
    options.maxEvents = 40;
    options.onEvent = [&writer](const HistoryEvent &ev) { writer.write(ev); };
    Execution e(compile(R"({"StartAt": "Loop", "States": {
        "Loop": {"Type": "Pass", "Next": "Loop"}}})"),
                Json::object(), options);
    QCOMPARE(e.runUntilPause(), Execution::Status::Failed);
    // The writer is never closed here, as when the process dies: the file is still whole.
    Json onDisk = readJsonFile(path);
    QVERIFY(!onDisk.is_discarded());
    QCOMPARE(onDisk["events"].size(), std::size_t(40));
    QCOMPARE(onDisk["events"].back()["type"].get<std::string>(), std::string("ExecutionFailed"));
}

void TstRtHistory::historyWithoutPayloads()
{
    std::vector<JsonPtr> seen;
    ExecutionOptions options;
    options.retainPayloads = false;
    options.onEvent = [&seen](const HistoryEvent &ev) { seen.push_back(ev.input); };
    Json big = Json{{"data", std::string(100000, 'x')}};
    Execution e(compile(R"({"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
        "B": {"Type": "Pass", "End": true}}})"),
                big, options);
    QCOMPARE(e.runUntilPause(), Execution::Status::Succeeded);
    QCOMPARE(e.history().size(), std::size_t(6));
    for (const auto &ev : e.history())
        QVERIFY(!ev.input && !ev.output);
    // The sink saw the payloads, all one shared value: Pass states pass it on without a copy.
    QVERIFY(seen[0] && seen[1] && seen[3]);
    QCOMPARE(seen[1].get(), seen[0].get());
    QCOMPARE(seen[3].get(), seen[0].get());
    QCOMPARE(e.output()->at("data").get_ref<const std::string &>().size(), std::size_t(100000));
}

void TstRtHistory::rebuildReplaysToAnyEvent()
{
    auto def = compile(kTwoCallbacks);
    Execution e(def, Json{{"order", 1}});
    QCOMPARE(e.runUntilPause(), Execution::Status::PausedCallback);
    auto pending = e.pendingCallbacks();
    e.success(pending[1].token, Json("second"));
    e.advanceClock(30);
    QCOMPARE(e.runUntilPause(), Execution::Status::PausedCallback);
    e.failure(pending[0].token, "Declined", "no budget");
    QCOMPARE(e.runUntilPause(), Execution::Status::Failed);
    QCOMPARE(e.actions().size(), std::size_t(3));
    const Json full = e.historyJson();
    for (std::size_t n = 0; n <= e.history().size(); ++n) {
        auto back = Execution::rebuild(def, Json{{"order", 1}}, {}, e.actions(), n);
        QCOMPARE(back->history().size(), n);
        for (std::size_t i = 0; i < n; ++i)
            QVERIFY(back->history()[i].toJson() == full["events"][i]);
    }
    // From the moment the second answer was given, a different answer: a new branch of the run.
    const std::size_t at = e.actions()[2].atEvent;
    auto branch = Execution::rebuild(def, Json{{"order", 1}}, {},
                                     {e.actions().begin(), e.actions().begin() + 2}, at);
    QCOMPARE(branch->runUntilPause(), Execution::Status::PausedCallback);
    QCOMPARE(branch->pendingCallbacks().size(), std::size_t(1));
    QVERIFY(branch->success(pending[0].token, Json("first")).empty());
    QCOMPARE(branch->runUntilPause(), Execution::Status::Succeeded);
    QCOMPARE(branch->output()->dump(), std::string(R"(["first","second"])"));
}

QTEST_GUILESS_MAIN(TstRtHistory)
#include "tst_rthistory.moc"
