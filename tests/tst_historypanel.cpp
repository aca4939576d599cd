// The execution history dock over the ASL seed template: AWS's event names, filters and search
// through the real widgets, the selected step's input and output, its data flow, export as
// GetExecutionHistory JSON, and going back to an earlier event (and branching off from there).

#include "run/historymodel.h"
#include "run/historypanel.h"
#include "run/jsontreeview.h"
#include "run/runcontroller.h"

#include "documentio.h"
#include "workflow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace stepwise;
using runtime::Execution;

namespace {

const QString kTemplates = QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates/");
const QString kRunData = QStringLiteral(STEPWISE_TEST_DATA "/run/");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool runToPause(RunController &c)
{
    c.continueRun();
    QElapsedTimer t;
    t.start();
    while (c.isContinuing() && t.elapsed() < 10000)
        QTest::qWait(5);
    c.flush();
    return !c.isContinuing();
}

} // namespace

class TstHistoryPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<RunController> m_run;
    std::unique_ptr<HistoryPanel> m_panel;

    void openSeed()
    {
        DocumentIo::ReadResult r = DocumentIo::readFile(
            kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        QVERIFY(r.document);
        m_doc = std::make_unique<Workflow>(std::move(*r.document));
        m_run = std::make_unique<RunController>();
        m_run->setDocument(m_doc.get());
        m_panel = std::make_unique<HistoryPanel>(m_run.get());
        m_panel->resize(900, 600);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY2(m_run->start(readText(kRunData + QStringLiteral("seed-orchestration-input.json"))),
                 qPrintable(m_run->lastError()));
        QVERIFY(runToPause(*m_run));
        QCOMPARE(m_run->status(), Execution::Status::PausedCallback);
    }

    template <typename T> T *child(const char *name)
    {
        T *w = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    QTableView *table() { return child<QTableView>("historyTable"); }

    QString cell(int viewRow, int column)
    {
        return table()->model()->index(viewRow, column).data().toString();
    }

    // The first view row whose type and state are these, or -1.
    int rowOf(const QString &type, const QString &state)
    {
        for (int r = 0; r < table()->model()->rowCount(); ++r)
            if (cell(r, HistoryModel::TypeColumn) == type &&
                cell(r, HistoryModel::StateColumn) == state)
                return r;
        return -1;
    }

    void click(int viewRow, bool twice = false)
    {
        table()->scrollTo(table()->model()->index(viewRow, 0));
        const QRect r = table()->visualRect(table()->model()->index(viewRow, 1));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, r.center());
        if (twice)
            QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, r.center());
    }

    void pick(const char *combo, const QString &text)
    {
        auto *box = child<QComboBox>(combo);
        const int at = box->findText(text);
        QVERIFY2(at >= 0, qPrintable(text));
        box->setCurrentIndex(at);
    }

private slots:
    void cleanup()
    {
        m_panel.reset();
        m_run.reset();
        m_doc.reset();
    }

    void listsEventsInAwsNames()
    {
        openSeed();
        QCOMPARE(table()->model()->rowCount(), int(m_run->history().size()));
        QCOMPARE(cell(0, HistoryModel::IdColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, HistoryModel::TypeColumn), QStringLiteral("ExecutionStarted"));
        QCOMPARE(cell(1, HistoryModel::TypeColumn), QStringLiteral("TaskStateEntered"));
        QCOMPARE(cell(1, HistoryModel::StateColumn), QStringLiteral("Validate Input (Task)"));
        QCOMPARE(cell(0, HistoryModel::TimeColumn), QStringLiteral("00:00:00.000"));
        QCOMPARE(cell(0, HistoryModel::ElapsedColumn), QStringLiteral("0.000 s"));
        // The run waits for the approval: its last events are the callback's.
        const int last = table()->model()->rowCount() - 1;
        QCOMPARE(cell(last, HistoryModel::StateColumn), QStringLiteral("Wait for Approval"));
        QVERIFY(rowOf(QStringLiteral("ParallelStateStarted"),
                      QStringLiteral("Parallel Processing")) > 0);
    }

    void filtersAndSearch()
    {
        openSeed();
        const int all = table()->model()->rowCount();
        pick("typeFilter", QStringLiteral("TaskScheduled"));
        int scheduled = 0;
        for (const auto &e : m_run->history())
            scheduled += e.type == runtime::HistoryEvent::Type::TaskScheduled;
        QVERIFY(scheduled >= 4);
        QCOMPARE(table()->model()->rowCount(), scheduled);
        for (int r = 0; r < scheduled; ++r)
            QCOMPARE(cell(r, HistoryModel::TypeColumn), QStringLiteral("TaskScheduled"));
        pick("stateFilter", QStringLiteral("Payment Lambda"));
        QCOMPARE(table()->model()->rowCount(), 1);
        pick("typeFilter", QStringLiteral("All types"));
        const int payment = table()->model()->rowCount();
        QVERIFY(payment >= 5); // entered, scheduled, started, succeeded, exited
        for (int r = 0; r < payment; ++r)
            QCOMPARE(cell(r, HistoryModel::StateColumn), QStringLiteral("Payment Lambda"));
        pick("stateFilter", QStringLiteral("All states"));
        QCOMPARE(table()->model()->rowCount(), all);
        // Search is typed, as a user does.
        QTest::keyClicks(child<QLineEdit>("historySearch"), QStringLiteral("approval"));
        const int found = table()->model()->rowCount();
        QVERIFY(found > 0 && found < all);
        for (int r = 0; r < found; ++r)
            QCOMPARE(cell(r, HistoryModel::StateColumn), QStringLiteral("Wait for Approval"));
        child<QLineEdit>("historySearch")->clear();
        QCOMPARE(table()->model()->rowCount(), all);
    }

    void selectionShowsInputAndOutput()
    {
        openSeed();
        QString selected;
        connect(m_panel.get(), &HistoryPanel::stateSelected, this,
                [&](const QString &s) { selected = s; });
        const int row =
            rowOf(QStringLiteral("PassStateExited"), QStringLiteral("Standard Order Path"));
        QVERIFY(row > 0);
        click(row);
        QCOMPARE(selected, QStringLiteral("Standard Order Path"));
        auto *input = child<JsonTreeView>("inputTree");
        auto *output = child<JsonTreeView>("outputTree");
        QVERIFY(input->isVisible() && output->isVisible());
        const auto in = QJsonDocument::fromJson(input->text().toUtf8()).object();
        const auto out = QJsonDocument::fromJson(output->text().toUtf8()).object();
        QCOMPARE(in.value(QStringLiteral("orderId")).toString(), QStringLiteral("A-1001"));
        QVERIFY(!in.contains(QStringLiteral("path")));
        QCOMPARE(out.value(QStringLiteral("path")).toString(), QStringLiteral("standard"));
        // The trees: one top-level item per field, collapsible.
        QCOMPARE(output->tree()->topLevelItemCount(), out.size());
    }

    void dataFlowOfAStep()
    {
        openSeed();
        QTest::mouseClick(child<QToolButton>("dataFlowButton"), Qt::LeftButton);
        auto *flow = child<QTreeWidget>("dataFlow");
        QVERIFY(flow->isVisible());
        click(rowOf(QStringLiteral("PassStateEntered"), QStringLiteral("Standard Order Path")));
        QStringList stages;
        QMap<QString, QString> values, fields;
        for (int i = 0; i < flow->topLevelItemCount(); ++i) {
            stages << flow->topLevelItem(i)->text(0);
            values[stages.last()] = flow->topLevelItem(i)->text(2);
            fields[stages.last()] = flow->topLevelItem(i)->text(1);
        }
        QCOMPARE(stages,
                 (QStringList{QStringLiteral("Input"), QStringLiteral("InputPath"),
                              QStringLiteral("Result"), QStringLiteral("ResultPath"),
                              QStringLiteral("OutputPath"), QStringLiteral("Recorded output")}));
        QCOMPARE(values[QStringLiteral("Result")], QStringLiteral("\"standard\""));
        QVERIFY(fields[QStringLiteral("ResultPath")].startsWith(QStringLiteral("$.path")));
        QVERIFY(
            values[QStringLiteral("ResultPath")].contains(QStringLiteral("\"path\":\"standard\"")));
        QVERIFY(fields[QStringLiteral("Recorded output")].contains(QStringLiteral("matches")));

        // A Lambda task: Parameters from the input, the recorded result, OutputPath $.Payload.
        click(rowOf(QStringLiteral("TaskStateExited"), QStringLiteral("Payment Lambda")));
        stages.clear();
        for (int i = 0; i < flow->topLevelItemCount(); ++i) {
            stages << flow->topLevelItem(i)->text(0);
            values[stages.last()] = flow->topLevelItem(i)->text(2);
            fields[stages.last()] = flow->topLevelItem(i)->text(1);
        }
        QVERIFY2(stages.contains(QStringLiteral("Parameters")), qPrintable(stages.join(u',')));
        QVERIFY(values[QStringLiteral("Parameters")].contains(QStringLiteral(
            "\"FunctionName\":\"arn:aws:lambda:us-east-1:123456789012:function:payment\"")));
        QVERIFY(values[QStringLiteral("Parameters")].contains(
            QStringLiteral("\"Payload\":{\"orderId\":\"A-1001\"")));
        QCOMPARE(fields[QStringLiteral("OutputPath")], QStringLiteral("$.Payload"));
        QVERIFY(fields[QStringLiteral("Recorded output")].contains(QStringLiteral("matches")));
        // Back to input and output side by side.
        QTest::mouseClick(child<QToolButton>("dataFlowButton"), Qt::LeftButton);
        QVERIFY(!flow->isVisible());
        QVERIFY(child<JsonTreeView>("inputTree")->isVisible());
    }

    void exportsGetExecutionHistoryJson()
    {
        openSeed();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.json"));
        QCOMPARE(m_panel->exportTo(path), QString());
        const QJsonObject doc = QJsonDocument::fromJson(readText(path).toUtf8()).object();
        const QJsonArray events = doc.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), table()->model()->rowCount());
        const QJsonObject first = events.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(),
                 QStringLiteral("ExecutionStarted"));
        QCOMPARE(first.value(QStringLiteral("id")).toInt(), 1);
        const QString input = first.value(QStringLiteral("executionStartedEventDetails"))
                                  .toObject()
                                  .value(QStringLiteral("input"))
                                  .toString();
        QCOMPARE(QJsonDocument::fromJson(input.toUtf8())
                     .object()
                     .value(QStringLiteral("orderId"))
                     .toString(),
                 QStringLiteral("A-1001"));
        const QJsonObject second = events.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("previousEventId")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("stateEnteredEventDetails"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Validate Input (Task)"));
        // A place that cannot be written is named, and nothing else happens.
        const QString bad = dir.filePath(QStringLiteral("missing/dir/history.json"));
        QVERIFY(m_panel->exportTo(bad).contains(bad));
    }

    void doubleClickGoesBackAndForward()
    {
        openSeed();
        const int all = table()->model()->rowCount();
        QCOMPARE(m_run->pendingCallbacks().size(), size_t(1));
        const int row =
            rowOf(QStringLiteral("ParallelStateStarted"), QStringLiteral("Parallel Processing"));
        click(row, true);
        QCOMPARE(m_run->eventIndex(), row + 1);
        QVERIFY(m_run->pendingCallbacks().empty());
        // The later events stay listed, as the future.
        QCOMPARE(table()->model()->rowCount(), all);
        QCOMPARE(m_panel->model()->current(), row + 1);
        QVERIFY(table()->model()->index(row, 0).data(HistoryModel::PastRole).toBool());
        QVERIFY(!table()->model()->index(row + 1, 0).data(HistoryModel::PastRole).toBool());
        // Forward again to the last event: the callback is pending again.
        click(all - 1, true);
        QCOMPARE(m_run->eventIndex(), all);
        QCOMPARE(m_run->pendingCallbacks().size(), size_t(1));
    }

    void aDifferentAnswerFromThePastBranchesTheRun()
    {
        openSeed();
        const int paused = m_run->eventIndex();
        const QString token = QString::fromStdString(m_run->pendingCallbacks().front().token);
        QCOMPARE(m_run->answerSuccess(token, QStringLiteral("{\"approved\": true}")), QString());
        QVERIFY(runToPause(*m_run));
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        QVERIFY(rowOf(QStringLiteral("TaskStateEntered"), QStringLiteral("Execute Final Step")) >
                0);
        const int approvedRows = table()->model()->rowCount();
        // Back to the moment the approval was asked for.
        click(paused - 1, true);
        QCOMPARE(m_run->eventIndex(), paused);
        QCOMPARE(m_run->pendingCallbacks().size(), size_t(1));
        QCOMPARE(table()->model()->rowCount(), approvedRows); // the approved future still shown
        const QString again = QString::fromStdString(m_run->pendingCallbacks().front().token);
        QCOMPARE(m_run->answerFailure(again, QStringLiteral("Rejected"), QStringLiteral("no")),
                 QString());
        QVERIFY(runToPause(*m_run));
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        // The new branch replaced the old future.
        QVERIFY(rowOf(QStringLiteral("TaskStateEntered"), QStringLiteral("Compensation Rollback")) >
                0);
        QCOMPARE(rowOf(QStringLiteral("TaskStateEntered"), QStringLiteral("Execute Final Step")),
                 -1);
        QCOMPARE(table()->model()->rowCount(), int(m_run->history().size()));
    }
};

QTEST_MAIN(TstHistoryPanel)
#include "tst_historypanel.moc"
