// The execution view on the canvas of the real window: breakpoints set by a click in a state's
// corner (saved in .stepwise, back on reopening, the run stops there), a manual choice taken
// by clicking its edge, the legend and status overlay, following one Map iteration, the token.

#include "mainwindow.h"

#include "run/runcanvas.h"
#include "run/runcontroller.h"
#include "run/runoverlay.h"
#include "scene/diagramscene.h"
#include "scene/diagramview.h"
#include "scene/edgeitem.h"
#include "scene/nodeitem.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace stepwise;
using runtime::Execution;

namespace {

const QString kTemplates = QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates/");

const char kMap[] = R"({"StartAt": "Each", "States": {
  "Each": {"Type": "Map", "ItemsPath": "$.items", "End": true,
    "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Size?", "States": {
      "Size?": {"Type": "Choice", "Default": "Small",
                "Choices": [{"Variable": "$", "NumericGreaterThan": 2, "Next": "Big"}]},
      "Big": {"Type": "Pass", "End": true},
      "Small": {"Type": "Pass", "End": true}}}}}})";

// A Map in a Map: group 0 holds 1 (Small) and 5 (Big), group 1 holds 2 (Small).
const char kNestedMap[] = R"({"StartAt": "Groups", "States": {
  "Groups": {"Type": "Map", "ItemsPath": "$.groups", "End": true,
    "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Items", "States": {
      "Items": {"Type": "Map", "ItemsPath": "$", "End": true,
        "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "Size?", "States": {
          "Size?": {"Type": "Choice", "Default": "Small",
                    "Choices": [{"Variable": "$", "NumericGreaterThan": 2, "Next": "Big"}]},
          "Big": {"Type": "Pass", "End": true},
          "Small": {"Type": "Pass", "End": true}}}}}}}}})";

} // namespace

class TstRunCanvas : public QObject
{
    Q_OBJECT

    WindowTestSettings m_settings;

    std::unique_ptr<MainWindow> m_window;
    RunController *m_run = nullptr;
    QTemporaryDir m_dir;

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
    }

    NodeItem *item(const QString &state)
    {
        const WorkflowData &doc = m_window->scene()->document()->data();
        // Nested states too: look through the containers' branches.
        std::function<NodeItem *(const WorkflowData &, const MachinePath &)> find =
            [&](const WorkflowData &m, const MachinePath &path) -> NodeItem * {
            for (const Node &n : m.nodes) {
                if (n.asl.name == state || (n.asl.name.isEmpty() && n.label == state))
                    return m_window->scene()->nestedNodeItem(path, n.id);
                for (size_t b = 0; b < n.subMachines.size(); ++b)
                    if (NodeItem *i = find(n.subMachines[b], path.child(n.id, int(b))))
                        return i;
            }
            return nullptr;
        };
        NodeItem *i = find(doc, {});
        if (!i)
            qFatal("no item for %s", qPrintable(state));
        return i;
    }

    void clickScene(QPointF scenePos)
    {
        DiagramView *view = m_window->view();
        view->ensureVisible(QRectF(scenePos - QPointF(30, 30), QSizeF(60, 60)));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(scenePos));
    }

    void clickCorner(NodeItem *node) { clickScene(node->mapToScene(QPointF(2, 2))); }

    bool continueToPause()
    {
        m_run->continueRun();
        QElapsedTimer t;
        t.start();
        while (m_run->isContinuing() && t.elapsed() < 10000)
            QTest::qWait(5);
        m_run->flush();
        return !m_run->isContinuing();
    }

    QStringList entered() const
    {
        QStringList out;
        for (const auto &e : m_run->history())
            if (e.type == runtime::HistoryEvent::Type::StateEntered && e.state)
                out << QString::fromStdString(e.state->name);
        return out;
    }

    QString writeTemp(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.apply("tst_runcanvas")); }

    void cleanup()
    {
        m_window.reset();
        m_run = nullptr;
    }

    void breakpointByClickIsSavedAndStopsTheRun()
    {
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        NodeItem *parallel = item(QStringLiteral("Parallel Processing"));
        QVERIFY(!parallel->hasBreakpoint());
        clickCorner(parallel);
        QVERIFY(parallel->hasBreakpoint());
        QCOMPARE(m_window->undoStack()->undoText(),
                 QStringLiteral("Set Breakpoint on Parallel Processing"));
        QVERIFY(m_run->breakpoints().contains(QStringLiteral("Parallel Processing")));
        // A nested state's breakpoint is kept by its path through the container.
        NodeItem *payment = item(QStringLiteral("Payment Lambda"));
        clickCorner(payment);
        QVERIFY(payment->hasBreakpoint());
        const OrderedJson kept = m_window->scene()->document()->data().breakpoints;
        QCOMPARE(kept.size(), size_t(2));
        QVERIFY(kept[0] == OrderedJson::parse(R"(["Parallel Processing"])"));
        QVERIFY(kept[1].size() == 3 && kept[1][0] == "Parallel Processing" &&
                kept[1][1].is_number_unsigned() && kept[1][2] == "Payment Lambda");
        // Clicked again: gone; undo brings it back.
        clickCorner(payment);
        QVERIFY(!payment->hasBreakpoint());
        m_window->undoStack()->undo();
        QVERIFY(payment->hasBreakpoint());
        clickCorner(payment);
        QVERIFY(!payment->hasBreakpoint());
        // A click in the middle of a state does not toggle anything.
        clickScene(parallel->mapToScene(parallel->boundingRect().center()));
        QVERIFY(parallel->hasBreakpoint());

        const QString path = m_dir.filePath(QStringLiteral("seed.stepwise"));
        QVERIFY(m_window->saveAs(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(saved.readAll().contains("\"breakpoints\""));

        open(path);
        parallel = item(QStringLiteral("Parallel Processing"));
        QVERIFY(parallel->hasBreakpoint());
        QVERIFY(!item(QStringLiteral("Payment Lambda"))->hasBreakpoint());
        QCOMPARE(m_run->breakpoints(), QSet<QString>{QStringLiteral("Parallel Processing")});
        // The marker is drawn: red pixels in the corner of the state on the canvas.
        QImage shot = m_window->view()->viewport()->grab().toImage();
        const QPoint corner = m_window->view()->mapFromScene(parallel->mapToScene(QPointF(2, 2)));
        int red = 0;
        for (int dx = -3; dx <= 3; ++dx)
            for (int dy = -3; dy <= 3; ++dy) {
                const QColor c = shot.pixelColor(corner + QPoint(dx, dy));
                red += c.red() > 180 && c.green() < 110 && c.blue() < 110;
            }
        QVERIFY2(red > 4, qPrintable(QString::number(red)));

        QVERIFY(m_run->start(QStringLiteral("{\"orderId\": \"A-1\", \"orderType\": "
                                            "\"Standard\", \"amount\": 10}")));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::PausedBreakpoint);
        QVERIFY(!entered().contains(QStringLiteral("Parallel Processing")));
        // F9 on the selected state clears it through the same command, even while paused.
        QVERIFY(m_window->selectState(QStringLiteral("Parallel Processing")));
        QAction *f9 = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(Qt::Key_F9))
                f9 = a;
        QVERIFY(f9);
        f9->trigger();
        QVERIFY(!parallel->hasBreakpoint());
        QVERIFY(m_run->isOpen()); // a breakpoint is no edit of the definition: the run stays
        QVERIFY(m_run->breakpoints().isEmpty());
    }

    void choiceTakenByClickingItsEdge()
    {
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.fz"));
        QVERIFY(m_run->start(QStringLiteral("{}")));
        auto *overlay = m_window->findChild<RunOverlay *>();
        QVERIFY(overlay && overlay->isVisible());
        QCOMPARE(m_window->findChildren<QLabel *>(QStringLiteral("legendEntry")).size(), 7);
        QStringList asked;
        for (int round = 0; round < 40 && m_run->isActive(); ++round) {
            QVERIFY(continueToPause());
            if (!m_run->isActive())
                break;
            if (!m_run->pendingCallbacks().empty()) {
                QCOMPARE(overlay->statusText().section(QStringLiteral(" ·"), 0, 0),
                         QStringLiteral("Waiting for a callback"));
                QTest::mouseClick(
                    m_window->findChild<QPushButton *>(QStringLiteral("approveButton")),
                    Qt::LeftButton);
                continue;
            }
            QCOMPARE(overlay->statusText().section(QStringLiteral(" ·"), 0, 0),
                     QStringLiteral("Waiting for a choice"));
            const auto choices = m_run->pendingChoices();
            QCOMPARE(choices.size(), size_t(1));
            const QString state = QString::fromStdString(choices.front().state->name);
            asked << state;
            QString pick = QString::fromStdString(choices.front().options.front());
            if (state == QStringLiteral("Order Type?"))
                pick = QStringLiteral("Standard");
            else if (state == QStringLiteral("Approved?"))
                pick = QStringLiteral("Yes");
            // Every option is a highlighted edge; the one labelled `pick` is clicked.
            EdgeItem *target = nullptr;
            int candidates = 0;
            for (QGraphicsItem *i : m_window->scene()->items()) {
                if (i->type() != EdgeItem::Type)
                    continue;
                auto *e = static_cast<EdgeItem *>(i);
                if (e->runMark() != EdgeItem::RunMark::Candidate)
                    continue;
                ++candidates;
                // The option an edge stands for: its label, or its target's for an unlabelled one.
                const Workflow *doc = m_window->scene()->document();
                const Edge *edge = doc->edge(e->id());
                const Node *to = edge ? doc->node(edge->to) : nullptr;
                const QString option = !e->label().isEmpty() ? e->label()
                                       : to                  ? to->label
                                                             : QString();
                if (option == pick)
                    target = e;
            }
            QCOMPARE(candidates, int(choices.front().options.size()));
            QVERIFY2(target, qPrintable(state + QStringLiteral(": ") + pick));
            const int before = m_run->eventIndex();
            QPainterPath along;
            along.addPolygon(target->points());
            clickScene(!target->geometry().labelRect.isEmpty()
                           ? target->geometry().labelRect.center()
                           : target->mapToScene(along.pointAtPercent(0.5)));
            QVERIFY2(m_run->eventIndex() > before || m_run->isContinuing() ||
                         m_run->pendingChoices().empty(),
                     qPrintable(state));
            QCOMPARE(target->runMark() == EdgeItem::RunMark::Candidate, false);
        }
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        QVERIFY(asked.contains(QStringLiteral("Order Type?")));
        QVERIFY(asked.contains(QStringLiteral("Approved?")));
        QVERIFY(entered().contains(QStringLiteral("Standard Order Path")));
        QVERIFY(!entered().contains(QStringLiteral("Compensation Rollback")));
        QCOMPARE(overlay->statusText().section(QStringLiteral(" ·"), 0, 0),
                 QStringLiteral("Succeeded"));
    }

    void followOneMapIteration()
    {
        open(writeTemp(QStringLiteral("map.asl.json"), kMap));
        QVERIFY(m_run->start(QStringLiteral("{\"items\": [1, 5, 2]}")));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        NodeItem *map = item(QStringLiteral("Each"));
        const RunEntity each = m_run->entityOfState(QStringLiteral("Each"));
        QCOMPARE(m_run->counts(each).done, 3);
        QCOMPARE(m_run->counts(each).failed, 0);
        QVERIFY(map->runState() == RunState::Done);
        NodeItem *big = item(QStringLiteral("Big")), *small = item(QStringLiteral("Small"));
        QCOMPARE(big->runState(), RunState::Done);
        QCOMPARE(small->runState(), RunState::Done);

        auto *container = m_window->findChild<QComboBox *>(QStringLiteral("followContainer"));
        auto *iteration = m_window->findChild<QSpinBox *>(QStringLiteral("followIteration"));
        QVERIFY(container && iteration);
        QCOMPARE(container->count(), 2);
        QCOMPARE(container->itemText(1), QStringLiteral("Each"));
        container->setCurrentIndex(1);
        QCOMPARE(iteration->maximum(), 2);
        iteration->setValue(1); // item 5: the Big path
        m_run->flush();
        QCOMPARE(big->runState(), RunState::Done);
        QCOMPARE(small->runState(), RunState::Idle);
        iteration->setValue(0); // item 1: the Small path
        m_run->flush();
        QCOMPARE(big->runState(), RunState::Idle);
        QCOMPARE(small->runState(), RunState::Done);
        container->setCurrentIndex(0); // every iteration again
        m_run->flush();
        QCOMPARE(big->runState(), RunState::Done);
        QCOMPARE(small->runState(), RunState::Done);
    }

    void followOuterIterationOfNestedMap()
    {
        // Each event carries the indices of every enclosing iteration, so following an outer
        // iteration shows the inner states of that iteration only, not those of the inner
        // iterations that happen to have the same index in other groups.
        open(writeTemp(QStringLiteral("nested.asl.json"), kNestedMap));
        QVERIFY(m_run->start(QStringLiteral("{\"groups\": [[1, 5], [2]]}")));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        QCOMPARE(m_run->counts(m_run->entityOfState(QStringLiteral("Groups"))).done, 2);
        QCOMPARE(m_run->counts(m_run->entityOfState(QStringLiteral("Items"))).done, 3);
        NodeItem *big = item(QStringLiteral("Big")), *small = item(QStringLiteral("Small"));
        auto *container = m_window->findChild<QComboBox *>(QStringLiteral("followContainer"));
        auto *iteration = m_window->findChild<QSpinBox *>(QStringLiteral("followIteration"));
        QVERIFY(container && iteration);
        const int groups = container->findText(QStringLiteral("Groups"));
        const int items = container->findText(QStringLiteral("Items"));
        QVERIFY(groups > 0 && items > 0);

        container->setCurrentIndex(groups);
        iteration->setValue(1); // group 1: only 2, the Small path
        m_run->flush();
        QCOMPARE(big->runState(), RunState::Idle);
        QCOMPARE(small->runState(), RunState::Done);
        iteration->setValue(0); // group 0: 1 and 5, both paths
        m_run->flush();
        QCOMPARE(big->runState(), RunState::Done);
        QCOMPARE(small->runState(), RunState::Done);

        container->setCurrentIndex(items);
        iteration->setValue(1); // the second item of any group: only 5 (group 1 has one)
        m_run->flush();
        QCOMPARE(big->runState(), RunState::Done);
        QCOMPARE(small->runState(), RunState::Idle);
    }

    void overlayShowsItsControlsWhole()
    {
        // At the window's default size the status line, the follow list and the legend fit:
        // nothing squeezed or clipped (seen under xvfb-run: "(every co" in a squeezed list).
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        m_window->resize(1280, 800);
        QVERIFY(m_run->start(QStringLiteral("{\"orderId\": \"A-1\", \"orderType\": "
                                            "\"Standard\", \"amount\": 10}")));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::PausedCallback);
        QCoreApplication::processEvents();
        auto *overlay = m_window->findChild<RunOverlay *>(QStringLiteral("runOverlay"));
        auto *container = m_window->findChild<QComboBox *>(QStringLiteral("followContainer"));
        QVERIFY(overlay && container);
        QVERIFY2(container->width() >= container->sizeHint().width(),
                 qPrintable(QStringLiteral("follow list %1 px, needs %2")
                                .arg(container->width())
                                .arg(container->sizeHint().width())));
        for (auto *label : overlay->findChildren<QLabel *>())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        const QRect inView = overlay->parentWidget()->rect();
        QVERIFY(inView.contains(overlay->geometry()));
        // Scrolling moves a viewport's child widgets with the picture: the overlay stays put.
        const QPoint corner = overlay->pos();
        QScrollBar *bar = m_window->view()->horizontalScrollBar();
        QVERIFY(bar->maximum() > bar->minimum());
        bar->setValue(bar->value() == bar->minimum() ? bar->maximum() : bar->minimum());
        QCoreApplication::processEvents();
        QCOMPARE(overlay->pos(), corner);
    }

    void followControlsOnlyWhenThereIsSomethingToFollow()
    {
        // Seen under xvfb-run: at event 0 the overlay showed an empty follow list and an
        // iteration of "0". Before the run reaches a Parallel or Map there is nothing to follow.
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        QVERIFY(m_run->start(QStringLiteral("{\"orderId\": \"A-1\", \"orderType\": "
                                            "\"Standard\", \"amount\": 10}")));
        QCoreApplication::processEvents();
        auto *container = m_window->findChild<QComboBox *>(QStringLiteral("followContainer"));
        auto *iteration = m_window->findChild<QSpinBox *>(QStringLiteral("followIteration"));
        QVERIFY(container && iteration);
        QVERIFY(!container->isVisible());
        QVERIFY(!iteration->isVisible());
        QVERIFY(continueToPause()); // at "Wait for Approval", after "Parallel Processing"
        QCoreApplication::processEvents();
        QVERIFY(container->isVisible());
        QCOMPARE(container->itemText(0), QStringLiteral("(every container)"));
        QVERIFY(container->findText(QStringLiteral("Parallel Processing")) > 0);
        QCOMPARE(iteration->text(), QStringLiteral("all"));
    }

    void pausedRunShowsWhereItStands()
    {
        // The run stops at "Wait for Approval", at the far right of the diagram: the view
        // scrolls there when it is out of sight, as a debugger shows the current line.
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        DiagramView *view = m_window->view();
        view->resetTransform(); // 100 %
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
        QCoreApplication::processEvents();
        NodeItem *wait = item(QStringLiteral("Wait for Approval"));
        QVERIFY(wait);
        auto seen = [view] { return view->mapToScene(view->viewport()->rect()).boundingRect(); };
        QVERIFY(!seen().contains(wait->sceneBoundingRect())); // else the test shows nothing
        QVERIFY(m_run->start(QStringLiteral("{\"orderId\": \"A-1\", \"orderType\": "
                                            "\"Standard\", \"amount\": 10}")));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::PausedCallback);
        QTRY_VERIFY(seen().contains(wait->sceneBoundingRect()));
    }

    void endedRunShowsWhereItEnded()
    {
        // Seen under xvfb-run: after the approval the run succeeded with "End State" out of
        // sight. When the execution ends, the view shows its last state.
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        DiagramView *view = m_window->view();
        view->resetTransform(); // 100 %
        auto seen = [view] { return view->mapToScene(view->viewport()->rect()).boundingRect(); };
        QVERIFY(m_run->start(QStringLiteral("{\"orderId\": \"A-1\", \"orderType\": "
                                            "\"Standard\", \"amount\": 10}")));
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::PausedCallback);
        QCoreApplication::processEvents();
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->minimum());
        NodeItem *end = item(QStringLiteral("End State"));
        QVERIFY(end);
        QVERIFY(!seen().contains(end->sceneBoundingRect())); // else the test shows nothing
        const QString token = QString::fromStdString(m_run->pendingCallbacks().front().token);
        QCOMPARE(m_run->answerSuccess(token, QStringLiteral("{\"approved\": true}")), QString());
        QVERIFY(continueToPause());
        QCOMPARE(m_run->status(), Execution::Status::Succeeded);
        QTRY_VERIFY(seen().contains(end->sceneBoundingRect()));
    }

    void tokenTravelsAndStopsWhenPaused()
    {
        open(kTemplates + QStringLiteral("seed-step-functions-orchestration.asl.json"));
        auto *canvas = m_window->findChild<RunCanvas *>(QStringLiteral("runCanvas"));
        QVERIFY(canvas);
        QVERIFY(m_run->start(QStringLiteral("{\"orderId\": \"A-1\", \"orderType\": "
                                            "\"Standard\", \"amount\": 10}")));
        // Step until a transition between two states: the token starts along its edge.
        for (int i = 0; i < 30 && !canvas->tokenMoving(); ++i)
            m_run->step();
        QVERIFY(canvas->tokenMoving());
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->tokenMoving(), 3000);
        const qint64 took = t.elapsed();
        // At most ~30 updates a second over the travel.
        const int bound = int(took * 30 / 1000) + 3;
        QVERIFY2(
            canvas->tokenFrames() <= bound,
            qPrintable(QStringLiteral("%1 frames in %2 ms").arg(canvas->tokenFrames()).arg(took)));
        QVERIFY(canvas->tokenFrames() >= 3);
        // Pausing stops a token on its way.
        for (int i = 0; i < 30 && !canvas->tokenMoving(); ++i)
            m_run->step();
        QVERIFY(canvas->tokenMoving());
        m_run->pause();
        QVERIFY(!canvas->tokenMoving());
    }
};

QTEST_MAIN(TstRunCanvas)
#include "tst_runcanvas.moc"
