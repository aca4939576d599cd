// The execution view's controller and callbacks panel over the seed templates: answers given
// by clicking the panel's real widgets, step back, refused malformed answers, and a loop that
// runs while the event loop keeps answering.

#include "run/callbackspanel.h"
#include "run/runactions.h"
#include "run/runcontroller.h"
#include "run/startdialog.h"

#include "documentio.h"
#include "workflow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace stepwise;
using runtime::Execution;
using runtime::HistoryEvent;

namespace {

const QString kTemplates = QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates/");
const QString kRunData = QStringLiteral(STEPWISE_TEST_DATA "/run/");

// Each transition copies a few hundred numbers: the run stays below the history sizes at which
// growing the runtime's event vector alone stalls for longer than the latency budget.
const char kLoop[] = "{\"StartAt\": \"A\", \"States\": {"
                     "\"A\": {\"Type\": \"Pass\", \"Next\": \"B\", \"Parameters\": "
                     "{\"items.$\": \"$.items\", \"n.$\": \"States.MathAdd($.n, 1)\"}},"
                     "\"B\": {\"Type\": \"Pass\", \"Next\": \"A\"}}}";

std::unique_ptr<Workflow> loadDocument(const QString &path)
{
    DocumentIo::ReadResult r = DocumentIo::readFile(path);
    if (!r.document)
        return nullptr;
    return std::make_unique<Workflow>(std::move(*r.document));
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

QStringList entered(const RunController &c)
{
    QStringList out;
    for (const HistoryEvent &e : c.history())
        if ((e.type == HistoryEvent::Type::StateEntered ||
             e.type == HistoryEvent::Type::FailStateEntered) &&
            e.state)
            out << QString::fromStdString(e.state->name);
    return out;
}

int countOf(const RunController &c, const QString &typeName, const QString &state)
{
    int n = 0;
    for (const HistoryEvent &e : c.history())
        if (QString::fromStdString(e.typeName()) == typeName && e.state &&
            QString::fromStdString(e.state->name) == state)
            ++n;
    return n;
}

// Continues and waits until the run pauses for an answer or ends.
bool runToPause(RunController &c)
{
    c.continueRun();
    QElapsedTimer t;
    t.start();
    while (c.isContinuing() && t.elapsed() < 10000)
        QTest::qWait(5);
    return !c.isContinuing();
}

QStringList tokens(const RunController &c)
{
    QStringList out;
    for (const auto &cb : c.pendingCallbacks())
        out << QString::fromStdString(cb.token);
    return out;
}

} // namespace

class TstRunController : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<RunController> m_controller;
    std::unique_ptr<CallbacksPanel> m_panel;

    // A controller on m_doc and a callbacks panel on it, shown.
    void attachPanel()
    {
        m_controller = std::make_unique<RunController>();
        m_controller->setDocument(m_doc.get());
        m_panel = std::make_unique<CallbacksPanel>(m_controller.get());
        m_panel->show();
    }

    void openAslSeed(const QString &testCase = {})
    {
        m_doc =
            loadDocument(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        QVERIFY2(m_doc, "the ASL seed template reads through model/asl");
        attachPanel();
        const QString mocks =
            testCase.isEmpty()
                ? QString()
                : readText(kRunData + QStringLiteral("seed-orchestration-mocks.json"));
        QVERIFY2(m_controller->start(
                     readText(kRunData + QStringLiteral("seed-orchestration-input.json")), mocks,
                     testCase),
                 qPrintable(m_controller->lastError()));
    }

    template <typename T> T *widget(const char *name)
    {
        T *w = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private slots:
    void cleanup()
    {
        m_panel.reset();
        m_controller.reset();
        m_doc.reset();
    }

    void approveInPanelReachesEndState()
    {
        openAslSeed();
        QVERIFY(runToPause(*m_controller));
        QCOMPARE(m_controller->status(), Execution::Status::PausedCallback);
        auto *list = widget<QTreeWidget>("callbackList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Wait for Approval"));
        QVERIFY(
            widget<QLineEdit>("cliCommand")
                ->text()
                .startsWith(QStringLiteral("aws stepfunctions send-task-success --task-token")));
        QVERIFY(widget<QPlainTextEdit>("outputEditor")
                    ->toPlainText()
                    .contains(QStringLiteral("\"orderId\"")));
        const RunEntity wait = m_controller->entityOfState(QStringLiteral("Wait for Approval"));
        QVERIFY(wait.isValid());
        QCOMPARE(m_controller->nodeStatus(wait), RunStatus::Waiting);

        QTest::mouseClick(widget<QPushButton>("approveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->execution()->finished(), 5000);
        QCOMPARE(m_controller->status(), Execution::Status::Succeeded);
        const QStringList states = entered(*m_controller);
        QVERIFY(states.contains(QStringLiteral("End State")));
        QVERIFY(states.contains(QStringLiteral("Execute Final Step")));
        QVERIFY(!states.contains(QStringLiteral("Compensation Rollback")));
        QCOMPARE(widget<QListWidget>("answerLog")->count(), 1);
        // The outcome is read first; the token comes last.
        const QString logged = widget<QListWidget>("answerLog")->item(0)->text();
        QVERIFY2(logged.contains(QStringLiteral("Wait for Approval: approved with {")),
                 qPrintable(logged));
        QVERIFY2(logged.endsWith(u')'), qPrintable(logged));
        QCOMPARE(list->topLevelItemCount(), 0);
        m_controller->flush();
        QCOMPARE(m_controller->nodeStatus(wait), RunStatus::Succeeded);
        QCOMPARE(m_controller->nodeStatus(m_controller->entityOfState(QStringLiteral("End State"))),
                 RunStatus::Succeeded);
        const RunEntity parallel =
            m_controller->entityOfState(QStringLiteral("Parallel Processing"));
        QCOMPARE(m_controller->counts(parallel).done, 3);
        QCOMPARE(m_controller->counts(parallel).running, 0);
    }

    void rejectInPanelReachesRollback()
    {
        openAslSeed();
        QVERIFY(runToPause(*m_controller));
        auto *error = widget<QComboBox>("errorCombo");
        error->setCurrentText(QStringLiteral("Rejected"));
        QTest::keyClicks(widget<QLineEdit>("causeEdit"), QStringLiteral("over budget"));
        QVERIFY(widget<QLineEdit>("cliCommand")->text().isEmpty() == false);
        QTest::mouseClick(widget<QPushButton>("rejectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->execution()->finished(), 5000);
        const QStringList states = entered(*m_controller);
        QVERIFY(states.contains(QStringLiteral("Compensation Rollback")));
        QVERIFY(!states.contains(QStringLiteral("Execute Final Step")));
        m_controller->flush();
        QCOMPARE(m_controller->nodeStatus(
                     m_controller->entityOfState(QStringLiteral("Wait for Approval"))),
                 RunStatus::Caught);
    }

    void malformedAnswerIsRefused()
    {
        openAslSeed();
        QVERIFY(runToPause(*m_controller));
        const int events = m_controller->eventIndex();
        auto *output = widget<QPlainTextEdit>("outputEditor");
        output->clear();
        QTest::keyClicks(output, QStringLiteral("{\"approved\": tru"));
        QTest::mouseClick(widget<QPushButton>("approveButton"), Qt::LeftButton);
        const QString problem = widget<QLabel>("answerProblem")->text();
        QVERIFY2(problem.contains(QStringLiteral("line 1, column")), qPrintable(problem));
        QCOMPARE(m_controller->pendingCallbacks().size(), size_t(1));
        QCOMPARE(m_controller->status(), Execution::Status::PausedCallback);
        QCOMPARE(m_controller->eventIndex(), events);
        QCOMPARE(widget<QTreeWidget>("callbackList")->topLevelItemCount(), 1);
        QCOMPARE(widget<QListWidget>("answerLog")->count(), 0);
    }

    void deadlinesCountDownHeartbeatAndJump()
    {
        // A callback with a heartbeat of 60 s and a timeout of 300 s, beside a branch that
        // waits 40 s: when the run stops for the callback, the virtual clock stands at 40 s and
        // the panel shows what is left of each deadline. Heartbeat restarts the heartbeat's
        // minute; Jump to Deadline moves the clock there and the task times out (caught).
        m_doc = aslDocument(R"({"StartAt": "Both", "States": {"Both": {"Type": "Parallel",
            "End": true, "Branches": [
              {"StartAt": "Approve", "States": {"Approve": {"Type": "Task",
                 "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken",
                 "Parameters": {"FunctionName": "ask", "Payload": {"token.$": "$$.Task.Token"}},
                 "HeartbeatSeconds": 60, "TimeoutSeconds": 300, "End": true,
                 "Catch": [{"ErrorEquals": ["States.HeartbeatTimeout"], "Next": "Late"}]},
                 "Late": {"Type": "Pass", "End": true}}},
              {"StartAt": "Meanwhile", "States": {"Meanwhile": {"Type": "Wait",
                 "Seconds": 40, "End": true}}}]}}})");
        QVERIFY(m_doc);
        attachPanel();
        QVERIFY2(m_controller->start(QStringLiteral("{}")), qPrintable(m_controller->lastError()));
        const qint64 start = m_controller->now();
        QVERIFY(runToPause(*m_controller));
        QCOMPARE(m_controller->status(), Execution::Status::PausedCallback);
        QCOMPARE(m_controller->now() - start, 40000);

        auto *list = widget<QTreeWidget>("callbackList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QTreeWidgetItem *row = list->topLevelItem(0);
        const int heartbeatColumn = 4, timeoutColumn = 5;
        QCOMPARE(list->headerItem()->text(heartbeatColumn), QStringLiteral("Heartbeat in"));
        QCOMPARE(row->text(heartbeatColumn), QStringLiteral("0:00:20"));
        QCOMPARE(row->text(timeoutColumn), QStringLiteral("0:04:20"));

        QTest::mouseClick(widget<QPushButton>("heartbeatButton"), Qt::LeftButton);
        QCOMPARE(m_controller->status(), Execution::Status::PausedCallback);
        row = list->topLevelItem(0);
        QVERIFY(row);
        QCOMPARE(row->text(heartbeatColumn), QStringLiteral("0:01:00"));
        QCOMPARE(row->text(timeoutColumn), QStringLiteral("0:04:20"));
        QCOMPARE(widget<QListWidget>("answerLog")->count(), 1); // the heartbeat is logged

        QTest::mouseClick(widget<QPushButton>("jumpButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->execution()->finished(), 5000);
        QCOMPARE(m_controller->status(), Execution::Status::Succeeded);
        QCOMPARE(m_controller->now() - start, 100000); // 40 s, then the renewed minute
        QCOMPARE(countOf(*m_controller, QStringLiteral("TaskTimedOut"), QStringLiteral("Approve")),
                 1);
        QVERIFY(entered(*m_controller).contains(QStringLiteral("Late")));
        QCOMPARE(list->topLevelItemCount(), 0);
    }

    void stepBackRestoresCallbacks()
    {
        openAslSeed();
        QVERIFY(runToPause(*m_controller));
        const int events = m_controller->eventIndex();
        const QStringList pending = tokens(*m_controller);
        QCOMPARE(pending.size(), 1);
        m_controller->stepBack();
        QCOMPARE(m_controller->eventIndex(), events - 1);
        m_controller->step();
        QCOMPARE(m_controller->eventIndex(), events);
        QCOMPARE(tokens(*m_controller), pending);
        QCOMPARE(widget<QTreeWidget>("callbackList")->topLevelItemCount(), 1);

        // And from the start: one step forward, one back, one forward again.
        m_controller->goToEvent(3);
        QCOMPARE(m_controller->eventIndex(), 3);
        m_controller->step();
        const std::string fourth = m_controller->history().back().typeName();
        m_controller->stepBack();
        QCOMPARE(m_controller->eventIndex(), 3);
        QVERIFY(m_controller->pendingCallbacks().empty());
        m_controller->step();
        QCOMPARE(m_controller->history().back().typeName(), fourth);

        // Going forward again keeps the journal: the run is where it was.
        m_controller->goToEvent(events);
        QCOMPARE(tokens(*m_controller), pending);
    }

    void mockedLambdaFailureIsRetriedThenCaught()
    {
        openAslSeed(QStringLiteral("PaymentDown"));
        QVERIFY(runToPause(*m_controller));
        QVERIFY(m_controller->execution()->finished());
        QCOMPARE(
            countOf(*m_controller, QStringLiteral("TaskFailed"), QStringLiteral("Payment Lambda")),
            3);
        const QStringList states = entered(*m_controller);
        QVERIFY(states.contains(QStringLiteral("Error Catcher Lambda")));
        QVERIFY(states.contains(QStringLiteral("Compensation Rollback")));
        QVERIFY(!states.contains(QStringLiteral("Wait for Approval")));
        m_controller->flush();
        QCOMPARE(
            m_controller->nodeStatus(m_controller->entityOfState(QStringLiteral("Payment Lambda"))),
            RunStatus::Failed);
        QCOMPARE(m_controller->nodeStatus(
                     m_controller->entityOfState(QStringLiteral("Parallel Processing"))),
                 RunStatus::Caught);
        // Two events back the payment was still being retried.
        m_controller->goToEvent(0);
        int retrying = 0;
        while (m_controller->eventIndex() < int(m_controller->execution()->history().size()) + 1 &&
               !m_controller->execution()->finished()) {
            m_controller->step();
            if (m_controller->nodeStatus(m_controller->entityOfState(
                    QStringLiteral("Payment Lambda"))) == RunStatus::Retrying)
                ++retrying;
        }
        QVERIFY(retrying > 0);
    }

    void fzSeedChoices_data()
    {
        QTest::addColumn<QString>("approved");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<QString>("avoided");
        QTest::newRow("yes") << QStringLiteral("Yes") << QStringLiteral("Execute Final Step")
                             << QStringLiteral("Compensation Rollback");
        QTest::newRow("no") << QStringLiteral("No") << QStringLiteral("Compensation Rollback")
                            << QStringLiteral("Execute Final Step");
    }

    void fzSeedChoices()
    {
        QFETCH(QString, approved);
        QFETCH(QString, reached);
        QFETCH(QString, avoided);
        m_doc = loadDocument(kTemplates + QStringLiteral("seed-step-functions-orchestration.fz"));
        QVERIFY(m_doc);
        attachPanel();
        QVERIFY2(m_controller->start(QStringLiteral("{}")), qPrintable(m_controller->lastError()));
        auto *choices = widget<QListWidget>("choiceList");
        auto *options = widget<QComboBox>("choiceOptions");
        QStringList asked;
        for (int round = 0; round < 50 && !m_controller->execution()->finished(); ++round) {
            QVERIFY(runToPause(*m_controller));
            if (m_controller->execution()->finished())
                break;
            if (!m_controller->pendingCallbacks().empty()) {
                QTest::mouseClick(widget<QPushButton>("approveButton"), Qt::LeftButton);
                continue;
            }
            QVERIFY(choices->count() > 0);
            choices->setCurrentRow(0);
            const QString state = choices->currentItem()->text();
            asked << state;
            QString pick = options->itemText(0);
            if (state == QStringLiteral("Order Type?"))
                pick = QStringLiteral("Standard");
            else if (state == QStringLiteral("Approved?"))
                pick = approved;
            QVERIFY2(options->findText(pick) >= 0, qPrintable(state + QStringLiteral(": ") + pick));
            options->setCurrentIndex(options->findText(pick));
            QTest::mouseClick(widget<QPushButton>("chooseButton"), Qt::LeftButton);
        }
        QVERIFY(m_controller->execution()->finished());
        QCOMPARE(m_controller->status(), Execution::Status::Succeeded);
        QVERIFY(asked.contains(QStringLiteral("Order Type?")));
        QVERIFY(asked.contains(QStringLiteral("Approved?")));
        const QStringList states = entered(*m_controller);
        QVERIFY(states.contains(QStringLiteral("End State")));
        QVERIFY(states.contains(reached));
        QVERIFY(!states.contains(avoided));
        QVERIFY(states.contains(QStringLiteral("Standard Order Path")));
        m_controller->flush();
        const RunEntity end = m_controller->entityOfState(QStringLiteral("End State"));
        QVERIFY(end.isValid());
        QCOMPARE(m_controller->nodeStatus(end), RunStatus::Succeeded);
    }

    void runActionsDriveTheController()
    {
        openAslSeed();
        QWidget window;
        RunActions actions(m_controller.get(), &window);
        QCOMPARE(actions.start()->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(actions.step()->shortcut(), QKeySequence(Qt::Key_F10));
        QCOMPARE(actions.stepBack()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F10));
        QCOMPARE(actions.stop()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QCOMPARE(actions.restart()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));
        QCOMPARE(actions.toggleBreakpoint()->shortcut(), QKeySequence(Qt::Key_F9));
        QVERIFY(!actions.stepBack()->isEnabled());
        actions.step()->trigger();
        actions.step()->trigger();
        QCOMPARE(m_controller->eventIndex(), 2);
        QVERIFY(actions.stepBack()->isEnabled());
        actions.stepBack()->trigger();
        QCOMPARE(m_controller->eventIndex(), 1);

        // A breakpoint on the Parallel state stops Continue before it is entered.
        actions.setSelectedState([] { return QStringLiteral("Parallel Processing"); });
        actions.toggleBreakpoint()->trigger();
        QVERIFY(m_controller->breakpoints().contains(QStringLiteral("Parallel Processing")));
        QVERIFY(runToPause(*m_controller));
        QCOMPARE(m_controller->status(), Execution::Status::PausedBreakpoint);
        QVERIFY(!entered(*m_controller).contains(QStringLiteral("Parallel Processing")));
        actions.stop()->trigger();
        QCOMPARE(m_controller->status(), Execution::Status::Aborted);
        QVERIFY(!m_controller->isActive());
    }

    void startDialogChecksInput()
    {
        OrderedJson saved = OrderedJson::object();
        saved["standard"] = OrderedJson::parse(R"({"orderType": "Standard"})");
        StartDialog dialog(saved);
        auto *input = dialog.findChild<QPlainTextEdit *>(QStringLiteral("inputEditor"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("inputProblem"));
        auto *named = dialog.findChild<QComboBox *>(QStringLiteral("namedInputs"));
        QVERIFY(input && problem && named);
        input->clear();
        QTest::keyClicks(input, QStringLiteral("{\"a\": }"));
        QVERIFY2(problem->text().startsWith(QStringLiteral("line 1, column 7")),
                 qPrintable(problem->text()));
        // A number beyond a double is placed too, in words, not as nlohmann's exception text;
        // the problem wraps rather than widening the dialog.
        input->clear();
        QTest::keyClicks(input, QStringLiteral("{\"a\": 1e309}"));
        QCOMPARE(problem->text(),
                 QStringLiteral("line 1, column 7: number overflow parsing '1e309'"));
        QVERIFY(problem->wordWrap());
        named->setCurrentIndex(1);
        QVERIFY(dialog.inputJson().contains(QStringLiteral("Standard")));
        QVERIFY(problem->text().isEmpty());
    }

    void failedContainerCountsNothingRunning()
    {
        // One branch fails while the other waits: the Parallel fails, the waiting branch is
        // stopped, and the counts show none running (AWS writes no event for the stopped one).
        m_doc = aslDocument(R"({"StartAt": "Both", "States": {"Both": {"Type": "Parallel",
            "End": true, "Branches": [
              {"StartAt": "Boom", "States": {"Boom": {"Type": "Fail", "Error": "E"}}},
              {"StartAt": "Nap", "States": {"Nap": {"Type": "Wait", "Seconds": 60,
                "Next": "After"}, "After": {"Type": "Pass", "End": true}}}]}}})");
        QVERIFY(m_doc);
        m_controller = std::make_unique<RunController>();
        m_controller->setDocument(m_doc.get());
        QVERIFY2(m_controller->start(QStringLiteral("{}")), qPrintable(m_controller->lastError()));
        QVERIFY(runToPause(*m_controller));
        QVERIFY(m_controller->execution()->finished());
        QCOMPARE(m_controller->status(), Execution::Status::Failed);
        m_controller->flush();
        const RunCounts c =
            m_controller->counts(m_controller->entityOfState(QStringLiteral("Both")));
        QCOMPARE(c.total, 2);
        QCOMPARE(c.failed, 1);
        QCOMPARE(c.running, 0);
        QCOMPARE(m_controller->nodeStatus(m_controller->entityOfState(QStringLiteral("Nap"))),
                 RunStatus::Cancelled);
    }

    void loopKeepsEventLoopAnswering()
    {
        m_doc = aslDocument(kLoop);
        QVERIFY(m_doc);
        m_controller = std::make_unique<RunController>();
        m_controller->setDocument(m_doc.get());
        m_controller->setMaxEvents(2000000);
        int updates = 0;
        connect(m_controller.get(), &RunController::eventIndexChanged, this,
                [&updates] { ++updates; });
        QStringList items;
        for (int i = 0; i < 400; ++i)
            items << QString::number(i);
        QVERIFY(m_controller->start(
            QStringLiteral("{\"n\": 1, \"items\": [%1]}").arg(items.join(QLatin1Char(',')))));
        m_controller->continueRun();

        // A timer that should fire every 20 ms: how late does it come while the run goes on?
        QElapsedTimer clock;
        clock.start();
        qint64 expected = 20, worst = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        connect(&probe, &QTimer::timeout, this, [&] {
            worst = std::max(worst, clock.elapsed() - expected);
            expected = clock.elapsed() + 20;
            ++ticks;
        });
        probe.start(20);
        QTest::qWait(1500);
        probe.stop();
        QVERIFY(m_controller->isContinuing());
        const int events = m_controller->eventIndex();
        qInfo("loop: %d events in 1.5 s, %d probes, worst event-loop latency %lld ms, %d view "
              "updates (%.1f/s)",
              events, ticks, worst, updates, updates / 1.5);
        QVERIFY(events > 1000);
        QVERIFY2(worst <= 100, "the event loop answered within 100 ms");
        QVERIFY(updates <= 60); // about 30 a second, never one per event

        QElapsedTimer stopping;
        stopping.start();
        m_controller->stop();
        const qint64 took = stopping.elapsed();
        qInfo("stop took %lld ms", took);
        QVERIFY(took < 100);
        QVERIFY(!m_controller->isContinuing());
        QCOMPARE(m_controller->status(), Execution::Status::Aborted);
        const int after = m_controller->eventIndex();
        QTest::qWait(50);
        QCOMPARE(m_controller->eventIndex(), after);
    }
};

QTEST_MAIN(TstRunController)
#include "tst_runcontroller.moc"
