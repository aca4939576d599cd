// Moments of an execution as the controller shows them: going forward onto a pending callback
// or choice reads as waiting (not running), "real time" Waits take their scaled duration, and
// breakpoints kept by the document (project file, undo, the controller following them).

#include "run/runcontroller.h"

#include "documentio.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "run/breakpointpaths.h"
#include "run/togglebreakpointcommand.h"
#include "workflow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace stepwise;
using runtime::Execution;

namespace {

const QString kTemplates = QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates/");
const QString kRunData = QStringLiteral(STEPWISE_TEST_DATA "/run/");

std::unique_ptr<Workflow> loadDocument(const QString &path)
{
    DocumentIo::ReadResult r = DocumentIo::readFile(path);
    return r.document ? std::make_unique<Workflow>(std::move(*r.document)) : nullptr;
}

std::unique_ptr<Workflow> aslDocument(const QByteArray &json)
{
    DocumentIo::ReadResult r = DocumentIo::read(json, DocumentIo::Format::AslJson);
    return r.document ? std::make_unique<Workflow>(std::move(*r.document)) : nullptr;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool runToPause(RunController &c, int timeoutMs = 10000)
{
    c.continueRun();
    QElapsedTimer t;
    t.start();
    while (c.isContinuing() && t.elapsed() < timeoutMs)
        QTest::qWait(2);
    return !c.isContinuing();
}

} // namespace

class TstRunMoments : public QObject
{
    Q_OBJECT

private slots:
    void forwardOntoPendingCallbackIsWaiting()
    {
        auto doc =
            loadDocument(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        QVERIFY(doc);
        RunController run;
        run.setDocument(doc.get());
        QVERIFY2(run.start(readText(kRunData + QStringLiteral("seed-orchestration-input.json"))),
                 qPrintable(run.lastError()));
        QVERIFY(runToPause(run));
        QCOMPARE(run.status(), Execution::Status::PausedCallback);
        const int waiting = run.eventIndex();
        QCOMPARE(run.pendingCallbacks().size(), size_t(1));

        QSignalSpy statuses(&run, &RunController::statusChanged);
        run.goToEvent(3);
        QCOMPARE(run.status(), Execution::Status::Running);
        QVERIFY(run.pendingCallbacks().empty());
        run.goToEvent(waiting);
        QCOMPARE(run.eventIndex(), waiting);
        QCOMPARE(run.pendingCallbacks().size(), size_t(1));
        QCOMPARE(run.status(), Execution::Status::PausedCallback);
        QVERIFY(!statuses.isEmpty());
        QCOMPARE(statuses.last().at(0).value<Execution::Status>(),
                 Execution::Status::PausedCallback);

        // One event back the task was not yet waiting; stepping onto the moment again and
        // going there by a click on the history agree.
        run.goToEvent(waiting - 1);
        QVERIFY(run.pendingCallbacks().empty());
        QCOMPARE(run.status(), Execution::Status::Running);
        run.goToEvent(waiting);
        QCOMPARE(run.status(), Execution::Status::PausedCallback);

        // From the waiting moment the answer still works and the run goes on to the end.
        const QString token = QString::fromStdString(run.pendingCallbacks().front().token);
        QVERIFY(run.answerSuccess(token, QStringLiteral("{\"approved\": true}")).isEmpty());
        QVERIFY(runToPause(run));
        QCOMPARE(run.status(), Execution::Status::Succeeded);
    }

    void forwardOntoPendingChoiceIsWaiting()
    {
        auto doc =
            loadDocument(kTemplates + QStringLiteral("seed-step-functions-orchestration.fz"));
        QVERIFY(doc);
        RunController run;
        run.setDocument(doc.get());
        QVERIFY2(run.start(QStringLiteral("{}")), qPrintable(run.lastError()));
        QVERIFY(runToPause(run));
        QCOMPARE(run.status(), Execution::Status::PausedChoice);
        const int asking = run.eventIndex();
        run.goToEvent(1);
        QCOMPARE(run.status(), Execution::Status::Running);
        run.goToEvent(asking);
        QCOMPARE(run.pendingChoices().size(), size_t(1));
        QCOMPARE(run.status(), Execution::Status::PausedChoice);
    }

    void realTimeWaitTakesScaledDuration()
    {
        auto doc = aslDocument(R"({"StartAt": "W", "States": {
            "W": {"Type": "Wait", "Seconds": 1, "Next": "P"},
            "P": {"Type": "Pass", "End": true}}})");
        QVERIFY(doc);
        RunController run;
        run.setDocument(doc.get());

        // Fast-forward (the default): the virtual clock jumps a second, the wall clock does not
        // wait for it (no upper bound asserted: a loaded machine may be slow).
        QVERIFY(run.start(QStringLiteral("{}")));
        const qint64 startVirtual = run.now();
        QVERIFY(runToPause(run));
        QCOMPARE(run.status(), Execution::Status::Succeeded);
        QVERIFY(run.now() - startVirtual >= 1000);

        // Real time at 10x: the one-second Wait takes about 100 ms of wall-clock time.
        run.setRealTime(true);
        run.setSpeed(10);
        QVERIFY(run.start(QStringLiteral("{}")));
        QElapsedTimer wall;
        wall.start();
        QVERIFY(runToPause(run));
        const qint64 took = wall.elapsed();
        QCOMPARE(run.status(), Execution::Status::Succeeded);
        qInfo("a 1 s Wait at 10x took %lld ms", took);
        QVERIFY2(took >= 80, qPrintable(QString::number(took)));

        // At 2x the same Wait takes half a second.
        run.setSpeed(2);
        QVERIFY(run.start(QStringLiteral("{}")));
        wall.restart();
        QVERIFY(runToPause(run));
        const qint64 slower = wall.elapsed();
        qInfo("a 1 s Wait at 2x took %lld ms", slower);
        QCOMPARE(run.status(), Execution::Status::Succeeded);
        QVERIFY2(slower >= 400, qPrintable(QString::number(slower)));
    }

    void breakpointsAreDocumentData()
    {
        auto doc =
            loadDocument(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        QVERIFY(doc);
        RunController run;
        run.setDocument(doc.get());
        const Node *parallel = doc->data().nodeByStateName(QStringLiteral("Parallel Processing"));
        QVERIFY(parallel && !parallel->subMachines.empty());
        // A nested state: its path names the container and the branch.
        const WorkflowData &branch = parallel->subMachines.back();
        QVERIFY(!branch.nodes.empty());
        Id nested = NoId;
        for (const Node &n : branch.nodes)
            if (!n.asl.name.isEmpty())
                nested = n.id;
        const OrderedJson path = BreakpointPaths::pathOf(*doc, nested);
        QCOMPARE(path.size(), size_t(3));
        QVERIFY(path[0] == "Parallel Processing");
        QCOMPARE(path[1].get<int>(), int(parallel->subMachines.size()) - 1);

        QUndoStack stack;
        stack.push(new ToggleBreakpointCommand(doc.get(), path));
        const QString name = QString::fromStdString(path[2].get<std::string>());
        QCOMPARE(stack.undoText(), QStringLiteral("Set Breakpoint on %1").arg(name));
        QVERIFY(run.breakpoints().contains(name));
        stack.undo();
        QVERIFY(!run.breakpoints().contains(name));
        stack.redo();

        // Written and read back by the project format; a malformed entry is refused with a
        // message that says what a breakpoint is, and nothing half-read.
        const QByteArray bytes = ProjectWriter::write(doc->data());
        ProjectReader::Result back = ProjectReader::read(bytes);
        QVERIFY(back.document);
        QVERIFY(back.document->breakpoints == doc->data().breakpoints);
        QByteArray bad = bytes;
        bad.replace(QByteArray("\"breakpoints\": ["), QByteArray("\"breakpoints\": [[1], "));
        QVERIFY(bad != bytes);
        ProjectReader::Result refused = ProjectReader::read(bad);
        QVERIFY(!refused.document);
        QVERIFY(!refused.diagnostics.empty());
        QVERIFY2(refused.diagnostics.front().message.contains(QStringLiteral("breakpoint")),
                 qPrintable(refused.diagnostics.front().message));
    }
};

QTEST_MAIN(TstRunMoments)
#include "tst_runmoments.moc"
