// The history's chunked store: indexing across chunk boundaries, stable addresses while it
// grows (a vector would move every event), truncation (a step back drops a branch), and the
// tail mode of headless runs that keeps only the latest events while still counting them all.
// Also an execution of over a million events: the size the window's responsiveness test and
// the CLI run reach.

#include "execution.h"
#include "historylog.h"
#include "jsonparse.h"

#include <QTest>

using namespace stepwise::runtime;

class TstHistoryLog : public QObject
{
    Q_OBJECT

private slots:
    void indexesAcrossChunks();
    void addressesStayPut();
    void truncates();
    void tailModeKeepsTheLatest();
    void millionEventRun();
    void headlessRunCountsWhatItDrops();
};

namespace {

HistoryLog numbered(std::size_t n, bool keepAll = true)
{
    HistoryLog log(keepAll);
    for (std::size_t i = 0; i < n; ++i)
        log.emplace_back().id = std::int64_t(i + 1);
    return log;
}

} // namespace

void TstHistoryLog::indexesAcrossChunks()
{
    const std::size_t n = HistoryLog::kChunk * 3 + 5;
    const HistoryLog log = numbered(n);
    QCOMPARE(log.size(), n);
    QCOMPARE(log.front().id, 1);
    QCOMPARE(log.back().id, std::int64_t(n));
    for (std::size_t i : {std::size_t(0), HistoryLog::kChunk - 1, HistoryLog::kChunk,
                          HistoryLog::kChunk * 2 + 1, n - 1})
        QCOMPARE(log[i].id, std::int64_t(i + 1));
    std::int64_t expect = 1;
    for (const HistoryEvent &e : log)
        QCOMPARE(e.id, expect++);
    QCOMPARE(expect, std::int64_t(n + 1));
    QCOMPARE(std::size_t(log.end() - log.begin()), n);
    QCOMPARE((log.begin() + 4100)->id, 4101);
}

void TstHistoryLog::addressesStayPut()
{
    HistoryLog log;
    const HistoryEvent *first = &log.emplace_back();
    const HistoryEvent *atBoundary = nullptr;
    for (std::size_t i = 1; i < HistoryLog::kChunk * 5; ++i) {
        HistoryEvent &e = log.emplace_back();
        if (i == HistoryLog::kChunk)
            atBoundary = &e;
    }
    QCOMPARE(&log[0], first);
    QCOMPARE(&log[HistoryLog::kChunk], atBoundary);
}

void TstHistoryLog::truncates()
{
    HistoryLog log = numbered(HistoryLog::kChunk * 2 + 10);
    log.truncate(HistoryLog::kChunk + 3);
    QCOMPARE(log.size(), HistoryLog::kChunk + 3);
    QCOMPARE(log.back().id, std::int64_t(HistoryLog::kChunk + 3));
    log.emplace_back().id = -7; // a new branch continues where the old one was cut
    QCOMPARE(log[HistoryLog::kChunk + 3].id, -7);
    log.truncate(HistoryLog::kChunk); // exactly at a chunk boundary
    QCOMPARE(log.size(), HistoryLog::kChunk);
    log.emplace_back().id = -8;
    QCOMPARE(log.back().id, -8);
    QCOMPARE(log[HistoryLog::kChunk - 1].id, std::int64_t(HistoryLog::kChunk));
    log.truncate(0);
    QVERIFY(log.empty());
    QVERIFY(log.begin() == log.end());
    log.emplace_back().id = 1;
    QCOMPARE(log.size(), std::size_t(1));
}

void TstHistoryLog::tailModeKeepsTheLatest()
{
    const std::size_t n = HistoryLog::kChunk * 10 + 17;
    const HistoryLog log = numbered(n, false);
    QCOMPARE(log.size(), n);
    QVERIFY(log.firstKept() > 0);
    QVERIFY(n - log.firstKept() >= HistoryLog::kChunk);
    QVERIFY(n - log.firstKept() <= HistoryLog::kChunk * 2);
    QCOMPARE(log.back().id, std::int64_t(n));
    QCOMPARE(log[n - 2].id, std::int64_t(n - 1));
    QCOMPARE(log.front().id, std::int64_t(log.firstKept() + 1));
    std::size_t seen = 0;
    for (const HistoryEvent &e : log) {
        QCOMPARE(e.id, std::int64_t(log.firstKept() + seen + 1));
        ++seen;
    }
    QCOMPARE(seen, n - log.firstKept());
}

namespace {

const char *kLoop = R"json({"StartAt": "Add", "States": {
  "Add": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)", "n.$": "$.n"},
          "Next": "Check"},
  "Check": {"Type": "Choice", "Choices": [{"Variable": "$.i", "NumericLessThanPath": "$.n",
            "Next": "Add"}], "Default": "Done"},
  "Done": {"Type": "Succeed"}}})json";

// Events of the loop machine for `rounds` rounds: started, then per round Pass entered/exited
// and Choice entered/exited, then Succeed entered/exited and the execution's end.
std::size_t loopEvents(long rounds)
{
    return std::size_t(rounds) * 4 + 4;
}

std::shared_ptr<const Definition> loopDefinition()
{
    Json asl;
    json_util::parse(kLoop, asl);
    auto d = Definition::compile(asl);
    if (!d.errors.empty())
        qFatal("the loop machine does not compile: %s", d.errors.front().c_str());
    return d.definition;
}

} // namespace

void TstHistoryLog::millionEventRun()
{
    // Past 2^20 events, where the old vector's reservation ran out and it began to copy.
    const long rounds = 300000;
    ExecutionOptions options;
    options.maxEvents = loopEvents(rounds) + 1;
    options.retainPayloads = false;
    Execution run(loopDefinition(), Json{{"i", 0}, {"n", rounds}}, options);
    const HistoryEvent *firstEvent = nullptr;
    while (run.step())
        if (!firstEvent)
            firstEvent = &run.history()[0];
    QCOMPARE(run.status(), Execution::Status::Succeeded);
    QCOMPARE(run.history().size(), loopEvents(rounds));
    QVERIFY(run.history().size() > (std::size_t(1) << 20));
    QCOMPARE(&run.history()[0], firstEvent);
    for (std::size_t i = 0; i < run.history().size(); i += 99991)
        QCOMPARE(run.history()[i].id, std::int64_t(i + 1));
    QCOMPARE(run.output()->at("i").get<long>(), rounds);
}

void TstHistoryLog::headlessRunCountsWhatItDrops()
{
    const long rounds = 5000;
    ExecutionOptions options;
    options.keepHistory = false;
    std::size_t streamed = 0;
    std::int64_t lastId = 0;
    options.onEvent = [&](const HistoryEvent &e) {
        ++streamed;
        QCOMPARE(e.id, lastId + 1);
        lastId = e.id;
    };
    Execution run(loopDefinition(), Json{{"i", 0}, {"n", rounds}}, options);
    run.runUntilPause();
    QCOMPARE(run.status(), Execution::Status::Succeeded);
    QCOMPARE(streamed, loopEvents(rounds));
    QCOMPARE(run.history().size(), loopEvents(rounds));
    QVERIFY(run.history().firstKept() > 0);
    QCOMPARE(run.history().back().type, HistoryEvent::Type::ExecutionSucceeded);
    QCOMPARE(run.output()->at("i").get<long>(), rounds);
}

QTEST_GUILESS_MAIN(TstHistoryLog)
#include "tst_historylog.moc"
