// A loop machine of one million transitions run in the real window (canvas, history dock,
// callbacks panel all shown), as issue 8 asks: the runtime must never block the window. Prints
// the run's wall time and rate, the event loop's worst and 99th-percentile latency seen by a
// 10 ms timer, how often the view was told to update (about 30 a second at most), how long Stop
// takes in the middle of a second run, and peak memory. Asserts nothing (a shared machine
// would make timings flaky); tst_runcontroller checks the same bounds on a shorter run.
// usage: bench_runloop [ROUNDS (default 500000: two transitions a round)]

#include "mainwindow.h"
#include "peakmemory.h"

#include "run/runcontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace stepwise;

using stepwise::bench::peakKiB;

namespace {

// Count adds one and Done? goes back to it until n reaches the rounds asked: each round is two
// transitions (Count -> Done?, Done? -> Count) and four events.
QByteArray loop(long rounds)
{
    const char text[] = R"json({"StartAt": "Count", "States": {
  "Count": {"Type": "Pass", "Next": "Done?",
            "Parameters": {"n.$": "States.MathAdd($.n, 1)"}},
  "Done?": {"Type": "Choice", "Default": "Count",
            "Choices": [{"Variable": "$.n", "NumericGreaterThanEquals": %1, "Next": "End"}]},
  "End": {"Type": "Succeed"}}})json";
    return QString::fromLatin1(text).arg(rounds).toUtf8();
}

struct Latency
{
    std::vector<qint64> gaps;
    QElapsedTimer tick;
    QTimer probe;
    Latency()
    {
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, [this] { gaps.push_back(tick.restart() - 10); });
    }
    void start()
    {
        gaps.clear();
        tick.start();
        probe.start();
    }
    void stop()
    {
        probe.stop();
        std::sort(gaps.begin(), gaps.end());
    }
    qint64 worst() const { return gaps.empty() ? 0 : gaps.back(); }
    qint64 p99() const { return gaps.empty() ? 0 : gaps[gaps.size() * 99 / 100]; }
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's recent files or recovery
    const long rounds = argc > 1 ? std::atol(argv[1]) : 500000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loop.asl.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(loop(rounds)) < 0)
        return 1;
    file.close();

    MainWindow window;
    if (!window.openFile(path)) {
        std::fprintf(stderr, "the loop machine does not open\n");
        return 1;
    }
    window.resize(1400, 900);
    window.show();
    auto *run = window.findChild<RunController *>(QStringLiteral("runController"));
    if (!run)
        return 1;
    run->setMaxEvents(std::size_t(rounds) * 4 + 16);
    int updates = 0;
    QObject::connect(run, &RunController::eventIndexChanged, [&updates] { ++updates; });

    Latency latency;
    if (!run->start(QStringLiteral("{\"n\": 0}"))) {
        std::fprintf(stderr, "%s\n", qPrintable(run->lastError()));
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    latency.start();
    run->continueRun();
    while (run->isContinuing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run->flush();
    const double seconds = double(wall.elapsed()) / 1000;
    latency.stop();
    const int events = run->eventIndex();
    const long transitions = rounds * 2;
    std::printf("loop of %ld transitions in the window: %d events in %.2f s (%.0f "
                "transitions/s), %s\n",
                transitions, events, seconds, double(transitions) / seconds,
                run->status() == runtime::Execution::Status::Succeeded ? "succeeded"
                                                                       : "NOT succeeded");
    std::printf("event-loop latency while running: worst %lld ms, p99 %lld ms over %zu ticks\n",
                static_cast<long long>(latency.worst()), static_cast<long long>(latency.p99()),
                latency.gaps.size());
    std::printf("view updates: %d in %.2f s (%.1f a second)\n", updates, seconds,
                updates / seconds);
    std::printf("peak memory after the run: %ld KiB\n", peakKiB());

    // Stop in the middle of a second run.
    run->restart();
    run->continueRun();
    QElapsedTimer warm;
    warm.start();
    while (warm.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const int before = run->eventIndex();
    QElapsedTimer stopping;
    stopping.start();
    run->stop();
    const qint64 stopMs = stopping.elapsed();
    std::printf("stop after 1 s of a second run (%d events in): %lld ms, still running: %s\n",
                before, static_cast<long long>(stopMs), run->isContinuing() ? "yes" : "no");
    std::printf("peak memory: %ld KiB\n", peakKiB());
    return 0;
}
