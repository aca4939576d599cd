// The execution view in the real window: the seed template run end to end with the Start
// dialog, the callbacks panel and the canvas (point 10), the document read-only while a run is
// open, and a named input saved from the Start dialog through the undo stack.

#include "mainwindow.h"

#include "run/callbackspanel.h"
#include "run/runactions.h"
#include "run/runcontroller.h"
#include "run/runeditguard.h"
#include "scene/diagramscene.h"
#include "scene/nodeitem.h"
#include "scene/sceneeditor.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

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

} // namespace

class TstRunWindow : public QObject
{
    Q_OBJECT

    WindowTestSettings m_settings;

    std::unique_ptr<MainWindow> m_window;
    RunController *m_run = nullptr;
    QAction *m_start = nullptr, *m_continue = nullptr;

    void open(const QString &path)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setMessageHook([](QMessageBox::Icon, const QString &title, const QString &text) {
            qWarning("message: %s: %s", qPrintable(title), qPrintable(text));
        });
        QVERIFY(m_window->openFile(path));
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_run = m_window->findChild<RunController *>(QStringLiteral("runController"));
        QVERIFY(m_run);
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::Key_F5))
                m_start = a;
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_F5))
                m_continue = a;
        }
        QVERIFY(m_start && m_continue);
    }

    template <typename T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    // Start… opens the dialog; the user types the input (if any) and clicks Start.
    void startWithDialog(const QString &input, const std::function<void(QDialog *)> &more = nullptr)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            if (!input.isEmpty()) {
                auto *editor = dialog->findChild<QPlainTextEdit *>(QStringLiteral("inputEditor"));
                editor->selectAll();
                QTest::keyClicks(editor, input.trimmed());
            }
            if (more)
                more(dialog);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            if (!ok->isEnabled()) {
                qWarning("Start is disabled: %s",
                         qPrintable(
                             dialog->findChild<QLabel *>(QStringLiteral("inputProblem"))->text()));
                dialog->reject();
                return;
            }
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        m_start->trigger();
        QVERIFY(seen);
        QVERIFY(m_run->isOpen());
    }

    bool continueToPause()
    {
        m_continue->trigger();
        QElapsedTimer t;
        t.start();
        while (m_run->isContinuing() && t.elapsed() < 10000)
            QTest::qWait(5);
        m_run->flush();
        return !m_run->isContinuing();
    }

    RunState canvasState(const QString &state)
    {
        const RunEntity e = m_run->entityOfState(state);
        NodeItem *item = e.isValid() ? m_window->scene()->nodeItem(e.id) : nullptr;
        if (!item)
            qFatal("no node for %s", qPrintable(state));
        return item->runState();
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.apply("tst_runwindow")); }
    void cleanup()
    {
        m_window.reset();
        m_run = nullptr;
        m_start = m_continue = nullptr;
    }

    void fzSeedEndToEnd_data()
    {
        QTest::addColumn<QString>("approved");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<QString>("avoided");
        QTest::newRow("yes") << QStringLiteral("Yes") << QStringLiteral("End State")
                             << QStringLiteral("Compensation Rollback");
        QTest::newRow("no") << QStringLiteral("No") << QStringLiteral("Compensation Rollback")
                            << QStringLiteral("Execute Final Step");
    }

    void fzSeedEndToEnd()
    {
        QFETCH(QString, approved);
        QFETCH(QString, reached);
        QFETCH(QString, avoided);
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.fz"));
        startWithDialog({});
        auto *choices = child<QListWidget>("choiceList");
        auto *options = child<QComboBox>("choiceOptions");
        QStringList asked;
        for (int round = 0; round < 40 && m_run->isActive(); ++round) {
            QVERIFY(continueToPause());
            if (!m_run->isActive())
                break;
            if (!m_run->pendingCallbacks().empty()) {
                QTest::mouseClick(child<QPushButton>("approveButton"), Qt::LeftButton);
                continue;
            }
            QVERIFY(choices->count() > 0);
            const QRect first = choices->visualItemRect(choices->item(0));
            QTest::mouseClick(choices->viewport(), Qt::LeftButton, {}, first.center());
            const QString state = choices->currentItem()->text();
            asked << state;
            // The canvas shows the state waiting for the choice.
            QCOMPARE(canvasState(state), toSceneState(RunStatus::Waiting));
            QString pick = options->itemText(0);
            if (state == QStringLiteral("Order Type?"))
                pick = QStringLiteral("Standard");
            else if (state == QStringLiteral("Approved?"))
                pick = approved;
            QVERIFY2(options->findText(pick) >= 0, qPrintable(state + QStringLiteral(": ") + pick));
            options->setCurrentIndex(options->findText(pick));
            QTest::mouseClick(child<QPushButton>("chooseButton"), Qt::LeftButton);
        }
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        QVERIFY(asked.contains(QStringLiteral("Order Type?")));
        QVERIFY(asked.contains(QStringLiteral("Approved?")));
        QCOMPARE(canvasState(reached), RunState::Done);
        QCOMPARE(canvasState(QStringLiteral("Standard Order Path")), RunState::Done);
        QCOMPARE(canvasState(avoided), RunState::Idle);
    }

    void aslSeedApproveRejectAndFailure_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("reached");
        QTest::addColumn<QString>("avoided");
        QTest::newRow("approve") << QStringLiteral("approve")
                                 << QStringLiteral("Execute Final Step")
                                 << QStringLiteral("Compensation Rollback");
        QTest::newRow("reject") << QStringLiteral("reject")
                                << QStringLiteral("Compensation Rollback")
                                << QStringLiteral("Execute Final Step");
        QTest::newRow("payment down") << QString() << QStringLiteral("Error Catcher Lambda")
                                      << QStringLiteral("Wait for Approval");
    }

    void aslSeedApproveRejectAndFailure()
    {
        QFETCH(QString, answer);
        QFETCH(QString, reached);
        QFETCH(QString, avoided);
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        const QString input = readText(kRunData + QStringLiteral("seed-orchestration-input.json"));
        if (answer.isEmpty()) {
            // The mocked Lambda failure: the mock file is picked with a file dialog, so the
            // test gives the controller the same text the dialog would.
            QVERIFY(m_run->start(
                input, readText(kRunData + QStringLiteral("seed-orchestration-mocks.json")),
                QStringLiteral("PaymentDown")));
        } else {
            startWithDialog(input);
        }
        QVERIFY(continueToPause());
        if (!answer.isEmpty()) {
            QCOMPARE(m_run->status(), Execution::Status::PausedCallback);
            QCOMPARE(canvasState(QStringLiteral("Wait for Approval")),
                     toSceneState(RunStatus::Waiting));
            QTest::mouseClick(child<QPushButton>(answer == QLatin1String("approve")
                                                     ? "approveButton"
                                                     : "rejectButton"),
                              Qt::LeftButton);
            QVERIFY(continueToPause());
            QCOMPARE(canvasState(QStringLiteral("Wait for Approval")),
                     answer == QLatin1String("approve") ? RunState::Done
                                                        : toSceneState(RunStatus::Caught));
        } else {
            // Inside the Parallel's branch: the controller's status (the container on the
            // canvas shows it caught).
            QCOMPARE(m_run->nodeStatus(m_run->entityOfState(QStringLiteral("Payment Lambda"))),
                     RunStatus::Failed);
            int retried = 0;
            for (const auto &e : m_run->history())
                retried += e.typeName() == "TaskFailed" && e.stateName() == "Payment Lambda";
            QCOMPARE(retried, 3); // the first try and two retries
            QCOMPARE(canvasState(QStringLiteral("Parallel Processing")),
                     toSceneState(RunStatus::Caught));
            QCOMPARE(canvasState(QStringLiteral("Compensation Rollback")), RunState::Done);
        }
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        QCOMPARE(canvasState(reached), RunState::Done);
        QCOMPARE(canvasState(QStringLiteral("End State")), RunState::Done);
        QCOMPARE(canvasState(avoided), RunState::Idle);
    }

    void speedControlOnToolbarAndInMenu()
    {
        // Seen under xvfb-run: the speed combo box was missing from the toolbar (it was also a
        // QWidgetAction's default widget in the menu, which keeps it hidden elsewhere).
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        auto *speed = child<QComboBox>("runSpeed");
        auto *bar = child<QToolBar>("runToolBar");
        QVERIFY(speed->isVisible());
        QVERIFY(bar->isAncestorOf(speed));
        QVERIFY(bar->rect().contains(QRect(speed->mapTo(bar, QPoint(0, 0)), speed->size())));
        QCOMPARE(m_run->pace(), 0); // fast-forward by default

        // The menu's entries have shortcuts and move the combo box, and the other way round.
        QAction *slow = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4))
                slow = a;
        QVERIFY(slow);
        slow->trigger();
        QCOMPARE(speed->currentIndex(), 3);
        QCOMPARE(m_run->pace(), 1);
        QCOMPARE(m_run->speed(), 0.5);
        speed->setCurrentIndex(1);
        QVERIFY(!slow->isChecked());
        QCOMPARE(m_run->pace(), 20);
        QCOMPARE(m_run->speed(), 10.0);
    }

    void callbacksPanelComesForwardWhenTheRunWaits()
    {
        // Seen under xvfb-run: the run waited for the approval while the Inspector tab stayed
        // in front of the Callbacks panel, and the AWS CLI field showed the command's end.
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        // A tabbed dock behind another is still "visible"; what shows is its region.
        auto *dock = child<QDockWidget>("callbacksDock");
        QVERIFY(dock->visibleRegion().isEmpty()); // behind the Inspector's tab
        startWithDialog(QStringLiteral(R"({"orderId": "A-1", "orderType": "Standard"})"));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::PausedCallback);
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        auto *cli = child<QLineEdit>("cliCommand");
        QVERIFY(cli->text().startsWith(QStringLiteral("aws stepfunctions send-task-success")));
        QCOMPARE(cli->cursorPosition(), 0);
        QCOMPARE(cli->toolTip(), cli->text());
    }

    void documentIsReadOnlyWhileARunIsOpen()
    {
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.fz"));
        startWithDialog({});
        QVERIFY(continueToPause());
        QVERIFY(m_run->isOpen());
        const size_t lanes = m_window->document()->data().lanes.size();
        const int commands = m_window->undoStack()->index();
        QStringList questions;
        bool stop = false;
        m_window->findChild<RunEditGuard *>(QStringLiteral("runEditGuard"))
            ->setAsk([&](const QString &title, const QString &) {
                questions << title;
                return stop;
            });
        // Declined: the edit is taken back and the run stays.
        m_window->scene()->editor()->addLane();
        QCOMPARE(questions.size(), 1);
        QCOMPARE(m_window->document()->data().lanes.size(), lanes);
        QCOMPARE(m_window->undoStack()->index(), commands);
        QVERIFY(m_run->isOpen());
        // Accepted: the run is stopped and closed, the edit kept, and later edits ask nothing.
        stop = true;
        m_window->scene()->editor()->addLane();
        QCOMPARE(questions.size(), 2);
        QVERIFY(!m_run->isOpen());
        QCOMPARE(m_window->document()->data().lanes.size(), lanes + 1);
        m_window->scene()->editor()->addLane();
        QCOMPARE(questions.size(), 2);
        QCOMPARE(m_window->document()->data().lanes.size(), lanes + 2);
    }

    void startDialogSavesANamedInput()
    {
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        QVERIFY(m_window->document()->data().savedInputs.empty());
        startWithDialog(QStringLiteral("{\"orderId\": \"B-7\"}"), [](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("saveInputName")),
                             QStringLiteral("small order"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveInputButton")),
                              Qt::LeftButton);
        });
        const OrderedJson saved = m_window->document()->data().savedInputs;
        QVERIFY(saved.contains("small order"));
        QCOMPARE(QString::fromStdString(saved["small order"]["orderId"].get<std::string>()),
                 QStringLiteral("B-7"));
        QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Save Input small order"));
        // Saving an input is no edit of the definition: the run opened without a question.
        QVERIFY(m_run->isOpen());
        m_window->undoStack()->undo();
        QVERIFY(m_window->document()->data().savedInputs.empty());
    }
};

QTEST_MAIN(TstRunWindow)
#include "tst_runwindow.moc"
