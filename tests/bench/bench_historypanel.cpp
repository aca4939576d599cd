// The execution history dock under a long run: a Pass loop runs to the runtime's 25,000-event
// limit in the window's event loop while the history panel is shown. Prints the run's wall
// time, the worst and the 99th-percentile event-loop latency seen by a 10 ms timer, how many
// batches the rows arrived in, the time to filter, search and select among 25,000 rows, and
// peak memory; with a file name, saves a picture of the panel. Asserts nothing (a shared machine
// would make timings flaky).

#include "peakmemory.h"
#include "run/historymodel.h"
#include "run/historypanel.h"
#include "run/runcontroller.h"

#include "documentio.h"
#include "workflow.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

using namespace stepwise;

using stepwise::bench::peakKiB;

namespace {

const char kLoop[] = "{\"StartAt\": \"Count\", \"States\": {"
                     "\"Count\": {\"Type\": \"Pass\", \"Next\": \"Again\", \"Parameters\": "
                     "{\"n.$\": \"States.MathAdd($.n, 1)\"}},"
                     "\"Again\": {\"Type\": \"Pass\", \"Next\": \"Count\"}}}";

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    DocumentIo::ReadResult r = DocumentIo::read(QByteArray(kLoop), DocumentIo::Format::AslJson);
    if (!r.document) {
        std::fprintf(stderr, "the loop machine does not read\n");
        return 1;
    }
    Workflow doc(std::move(*r.document));
    RunController run;
    run.setDocument(&doc);
    run.setMaxEvents(25000);
    HistoryPanel panel(&run);
    panel.resize(1000, 700);
    panel.show();
    int batches = 0;
    QObject::connect(&run, &RunController::historyAppended, [&] { ++batches; });

    std::vector<qint64> gaps;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] { gaps.push_back(tick.restart() - 10); });
    if (!run.start(QStringLiteral("{\"n\": 0}"))) {
        std::fprintf(stderr, "%s\n", qPrintable(run.lastError()));
        return 1;
    }
    QElapsedTimer wall;
    wall.start();
    tick.start();
    probe.start();
    run.continueRun();
    while (run.isContinuing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    run.flush();
    const qint64 runMs = wall.elapsed();
    probe.stop();
    std::sort(gaps.begin(), gaps.end());
    const qint64 worst = gaps.empty() ? 0 : gaps.back();
    const qint64 p99 = gaps.empty() ? 0 : gaps[gaps.size() * 99 / 100];

    const int rows = panel.model()->rowCount();
    auto *search = panel.findChild<QLineEdit *>(QStringLiteral("historySearch"));
    auto *type = panel.findChild<QComboBox *>(QStringLiteral("typeFilter"));
    QElapsedTimer t;
    t.start();
    type->setCurrentIndex(type->findText(QStringLiteral("PassStateEntered")));
    QCoreApplication::processEvents();
    const qint64 filterMs = t.restart();
    const int filtered = panel.table()->model()->rowCount();
    type->setCurrentIndex(0);
    search->setText(QStringLiteral("Again"));
    QCoreApplication::processEvents();
    const qint64 searchMs = t.restart();
    const int found = panel.table()->model()->rowCount();
    search->clear();
    QCoreApplication::processEvents();
    t.restart();
    panel.selectRow(rows / 2);
    QCoreApplication::processEvents();
    const qint64 selectMs = t.restart();
    run.goToEvent(rows / 2);
    QCoreApplication::processEvents();
    const qint64 backMs = t.elapsed();

    std::printf("history panel: %d events in %lld ms (%d row batches)\n", rows,
                static_cast<long long>(runMs), batches);
    std::printf("event-loop latency while running: worst %lld ms, p99 %lld ms over %zu ticks\n",
                static_cast<long long>(worst), static_cast<long long>(p99), gaps.size());
    std::printf("filter by type: %d rows in %lld ms; search: %d rows in %lld ms\n", filtered,
                static_cast<long long>(filterMs), found, static_cast<long long>(searchMs));
    std::printf("select the middle event: %lld ms; go back to it (rebuild): %lld ms\n",
                static_cast<long long>(selectMs), static_cast<long long>(backMs));
    std::printf("peak memory: %ld KiB\n", peakKiB());
    if (argc > 1) { // a picture of the panel at the middle event, to judge its look
        panel.selectRow(rows / 2 - 1);
        QCoreApplication::processEvents();
        panel.grab().save(QString::fromLocal8Bit(argv[1]));
    }
    return 0;
}
