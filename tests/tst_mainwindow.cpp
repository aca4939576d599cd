#include "mainwindow.h"
#include "scene/diagramscene.h"
#include "scene/diagramview.h"
#include "scene/edgeitem.h"
#include "scene/laneitem.h"
#include "scene/loopitem.h"
#include "scene/nodeitem.h"
#include "testedit.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace stepwise;

// Drives the real main window on the offscreen platform.
class TestMainWindow : public QObject
{
    Q_OBJECT

    WindowTestSettings m_settings;
private slots:
    void initTestCase();
    void init();
    void opensSeedTemplate();
    void sceneHoldsOneItemPerEntity();
    void brokenFileKeepsCurrentDocument();
    void invalidWorkflowOpensWithItsProblems();
    void realErrorDialogShowsLineAndColumn();
    void sceneFollowsDocumentSignals();
    void recentFiles();
    void recentFilesDropMissing();
    void saveAsAndRefusal();
    void zoom();
    void runStateHook();

private:
    struct Message
    {
        QMessageBox::Icon icon;
        QString title, text;
    };
    void capture(MainWindow &w)
    {
        w.setMessageHook([this](QMessageBox::Icon icon, const QString &title, const QString &text) {
            m_messages.append({icon, title, text});
        });
    }
    template <typename Item> static int itemsOfType(QGraphicsScene *scene)
    {
        int n = 0;
        for (QGraphicsItem *i : scene->items())
            n += i->type() == Item::Type;
        return n;
    }
    static QString data(const QString &name)
    {
        return QStringLiteral(STEPWISE_TEST_DATA "/app/") + name;
    }

    QVector<Message> m_messages;
    QTemporaryDir m_tmp;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settings.apply("tst_mainwindow"));
    QVERIFY(m_tmp.isValid());
}

void TestMainWindow::init()
{
    m_messages.clear();
    RecentFiles().clear();
}

void TestMainWindow::opensSeedTemplate()
{
    MainWindow w;
    capture(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    QCOMPARE(w.scene()->laneCount(), 3);
    QCOMPARE(w.scene()->nodeCount(), 17);
    QCOMPARE(w.scene()->edgeCount(), 19);
    QVERIFY(w.windowTitle().startsWith(QLatin1String("seed-step-functions-orchestration.fz")));
    QVERIFY(w.currentFile().isEmpty()); // a template is untitled: Save asks where
    QCOMPARE(w.statusText(), QStringLiteral("Lanes: 3  \u00b7  Nodes: 17  \u00b7  Edges: 19"));
    QVERIFY(m_messages.isEmpty());
}

void TestMainWindow::sceneHoldsOneItemPerEntity()
{
    MainWindow w;
    capture(w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openFile(data(QStringLiteral("zh-approval.fz"))));
    const WorkflowData &doc = w.document()->data();
    QCOMPARE(itemsOfType<LaneItem>(w.scene()), 2);
    QCOMPARE(itemsOfType<NodeItem>(w.scene()), 7);
    QCOMPARE(itemsOfType<EdgeItem>(w.scene()), 7);
    QCOMPARE(itemsOfType<LoopItem>(w.scene()), 1);
    for (const Node &n : doc.nodes) {
        NodeItem *item = w.scene()->nodeItem(n.id);
        QVERIFY(item);
        QCOMPARE(item->id(), n.id);
        QCOMPARE(item->geometry().rect, w.scene()->layout().nodes.value(n.id).rect);
    }
    for (const Edge &e : doc.edges)
        QVERIFY(w.scene()->edgeItem(e.id));
    QCOMPARE(w.scene()->laneItem(doc.lanes[1].id)->title(), QStringLiteral("财务部门（审核）"));
    QCOMPARE(w.windowTitle(), QStringLiteral("zh-approval.fz[*]"));
    QVERIFY(!w.isWindowModified());
    QCOMPARE(w.currentFile(), QFileInfo(data(QStringLiteral("zh-approval.fz"))).absoluteFilePath());
    QVERIFY(m_messages.isEmpty());
}

void TestMainWindow::brokenFileKeepsCurrentDocument()
{
    MainWindow w;
    capture(w);
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    const QString title = w.windowTitle();
    const Id firstNode = w.document()->data().nodes.front().id;
    QVERIFY(!w.openFile(data(QStringLiteral("broken.fz"))));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages[0].icon, QMessageBox::Critical);
    QVERIFY2(m_messages[0].text.contains(QLatin1String("broken.fz:3:5: error: ")),
             qPrintable(m_messages[0].text));
    QVERIFY(m_messages[0].title.contains(QLatin1String("broken.fz")));
    // The diagram that was open stays open and untouched.
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.currentFile(), QFileInfo(data(QStringLiteral("small.fz"))).absoluteFilePath());
    QCOMPARE(w.document()->data().nodes.size(), size_t(3));
    QCOMPARE(w.document()->data().nodes.front().id, firstNode);
    QCOMPARE(w.scene()->nodeCount(), 3);
    QVERIFY(w.scene()->nodeItem(firstNode));
    QCOMPARE(w.recentFiles().files().size(), 1); // the broken file is not remembered
}

void TestMainWindow::invalidWorkflowOpensWithItsProblems()
{
    // Readable ASL that the validator objects to (a state nothing reaches) opens, so it can be
    // seen and fixed; the problems are listed.
    MainWindow w;
    capture(w);
    QVERIFY(w.openFile(data(QStringLiteral("unreachable.asl.json"))));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages[0].icon, QMessageBox::Warning);
    QVERIFY2(m_messages[0].text.contains(QLatin1String("unreachable.asl.json")) &&
                 m_messages[0].text.contains(QLatin1String("Orphan")),
             qPrintable(m_messages[0].text));
    QVERIFY(w.document()->data().nodeByStateName(QStringLiteral("Orphan")));
    QCOMPARE(w.currentFile(),
             QFileInfo(data(QStringLiteral("unreachable.asl.json"))).absoluteFilePath());
}

void TestMainWindow::realErrorDialogShowsLineAndColumn()
{
    MainWindow w; // no hook: the real modal QMessageBox
    w.show();
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    QString seen;
    QTimer::singleShot(50, this, [&seen] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            seen = box->text();
            box->accept();
        }
    });
    QVERIFY(!w.openFile(data(QStringLiteral("broken.fz"))));
    QVERIFY2(seen.contains(QLatin1String("broken.fz:3:5: error: ")), qPrintable(seen));
    QCOMPARE(w.scene()->nodeCount(), 3);
}

void TestMainWindow::sceneFollowsDocumentSignals()
{
    MainWindow w;
    capture(w);
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    Workflow *doc = w.document();
    const Id lane = doc->data().lanes.front().id;
    const Id last = doc->data().nodes.back().id;
    const Id added = doc->addNode(lane, Shape::Diamond, QStringLiteral("Again?"));
    QVERIFY(added != NoId);
    QVERIFY(w.scene()->nodeItem(added));
    const Id edge =
        doc->addEdge(last, Side::Right, added, Side::Left, QStringLiteral("check"), true);
    QVERIFY(w.scene()->edgeItem(edge));
    QCOMPARE(w.scene()->edgeItem(edge)->label(), QStringLiteral("check"));
    // Edits made straight on the document are not undoable and leave the mark alone; the
    // window's modified mark follows its undo stack.
    QVERIFY(!w.isWindowModified());
    w.undoStack()->push(new TestEdit(
        QStringLiteral("Rename"), [doc, added] { doc->setNodeLabel(added, QStringLiteral("Re?")); },
        [doc, added] { doc->setNodeLabel(added, QStringLiteral("Again?")); }));
    QVERIFY(w.isWindowModified());
    QVERIFY(w.statusText().contains(QLatin1String("Nodes: 4")));
    // A longer label makes the node wider: the item takes the new geometry.
    const qreal before = w.scene()->nodeItem(last)->geometry().rect.width();
    QVERIFY(
        doc->setNodeLabel(last, QStringLiteral("A finished piece of work, reviewed and filed")));
    QVERIFY(w.scene()->nodeItem(last)->geometry().rect.width() > before);
    QVERIFY(doc->removeEdge(edge));
    QVERIFY(!w.scene()->edgeItem(edge));
    QVERIFY(doc->removeNode(added));
    QVERIFY(!w.scene()->nodeItem(added));
    QCOMPARE(itemsOfType<NodeItem>(w.scene()), 3);
}

void TestMainWindow::recentFiles()
{
    MainWindow w;
    capture(w);
    const QString a = data(QStringLiteral("small.fz")), b = data(QStringLiteral("zh-approval.fz"));
    QVERIFY(w.openFile(a));
    QVERIFY(w.openFile(b));
    QCOMPARE(w.recentFiles().files(),
             (QStringList{QFileInfo(b).absoluteFilePath(), QFileInfo(a).absoluteFilePath()}));
    QVERIFY(w.openFile(a));
    QCOMPARE(w.recentFiles().files().first(), QFileInfo(a).absoluteFilePath());
    QCOMPARE(w.recentFiles().files().size(), 2);
    // The list survives in QSettings.
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().size(), 2);
    // At most ten entries.
    for (int i = 0; i < 12; ++i) {
        const QString path = m_tmp.filePath(QStringLiteral("f%1.fz").arg(i));
        QFile::copy(a, path);
        w.recentFiles().add(path);
    }
    QCOMPARE(w.recentFiles().files().size(), RecentFiles::maxCount);
    QVERIFY(w.recentFiles().files().first().endsWith(QLatin1String("f11.fz")));
    // The menu lists them and opens one when triggered.
    emit w.recentMenu()->aboutToShow();
    const QList<QAction *> actions = w.recentMenu()->actions();
    QCOMPARE(actions.size(), RecentFiles::maxCount);
    actions.first()->trigger();
    QVERIFY(w.currentFile().endsWith(QLatin1String("f11.fz")));
}

void TestMainWindow::recentFilesDropMissing()
{
    MainWindow w;
    capture(w);
    const QString gone = m_tmp.filePath(QStringLiteral("gone.fz"));
    QVERIFY(QFile::copy(data(QStringLiteral("small.fz")), gone));
    QVERIFY(w.openFile(gone));
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    QVERIFY(QFile::remove(gone));
    emit w.recentMenu()->aboutToShow();
    QCOMPARE(w.recentFiles().files().size(), 1);
    QCOMPARE(w.recentMenu()->actions().size(), 1);
    // Said on the status bar, never in a box: this also runs when a window starts.
    QVERIFY(m_messages.isEmpty());
    QVERIFY(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(gone)));

    // A new window with the stale entry still in the settings starts without a modal box (one
    // would stop start-up until answered): the entry is dropped and the status bar says so.
    RecentFiles().add(gone);
    MainWindow next;
    QCOMPARE(next.recentFiles().files().size(), 1);
    QVERIFY(next.statusBar()->currentMessage().contains(QDir::toNativeSeparators(gone)));
}

void TestMainWindow::saveAsAndRefusal()
{
    MainWindow w;
    capture(w);
    QVERIFY(w.openFile(data(QStringLiteral("zh-approval.fz"))));
    const QString out = m_tmp.filePath(QStringLiteral("saved.fz"));
    QVERIFY(w.saveAs(out));
    QCOMPARE(w.currentFile(), out);
    QCOMPARE(w.windowTitle(), QStringLiteral("saved.fz[*]"));
    QFile saved(out);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QFile original(data(QStringLiteral("zh-approval.fz")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), original.readAll()); // untouched statements come back as read
    QVERIFY(m_messages.isEmpty());
    // A file type no writer knows: refused with a message, nothing written.
    const QString bad = m_tmp.filePath(QStringLiteral("saved.txt"));
    QVERIFY(!w.saveAs(bad));
    QVERIFY(!QFileInfo::exists(bad));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages[0].icon, QMessageBox::Critical);
    QCOMPARE(w.currentFile(), out);
    // A label FlowZap cannot hold (a double quote) is saved changed, and the window says so.
    m_messages.clear();
    const Id node = w.document()->data().nodes.front().id;
    Workflow *doc = w.document();
    const QString was = doc->data().node(node)->label;
    w.undoStack()->push(new TestEdit(
        QStringLiteral("Rename"),
        [doc, node] { doc->setNodeLabel(node, QStringLiteral("say \"hi\"")); },
        [doc, node, was] { doc->setNodeLabel(node, was); }));
    QVERIFY(w.isWindowModified());
    QVERIFY(w.saveAs(out));
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages[0].icon, QMessageBox::Warning);
    QVERIFY2(m_messages[0].text.contains(QLatin1String("saved.fz")),
             qPrintable(m_messages[0].text));
    QVERIFY(!w.isWindowModified());
}

void TestMainWindow::zoom()
{
    MainWindow w;
    capture(w);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    DiagramView *view = w.view();
    view->resetZoom();
    QCOMPARE(view->zoom(), 1.0);
    view->zoomIn();
    QVERIFY(view->zoom() > 1.0);
    view->zoomOut();
    QCOMPARE(view->zoom(), 1.0);
    // Ctrl+wheel zooms, a plain wheel does not.
    const QPoint c = view->viewport()->rect().center();
    QWheelEvent up(c, view->viewport()->mapToGlobal(c), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &up);
    QVERIFY(view->zoom() > 1.0);
    view->resetZoom();
    QWheelEvent plain(c, view->viewport()->mapToGlobal(c), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &plain);
    QCOMPARE(view->zoom(), 1.0);
    // Fit shows the whole diagram.
    view->zoomToFit();
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(w.scene()->layout().bounds));
}

void TestMainWindow::runStateHook()
{
    MainWindow w;
    capture(w);
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    NodeItem *item = w.scene()->nodeItem(w.document()->data().nodes.front().id);
    QCOMPARE(item->runState(), RunState::Idle);
    item->setRunState(RunState::Failed);
    QCOMPARE(item->runState(), RunState::Failed);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
