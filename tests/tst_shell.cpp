#include "mainwindow.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/diagramview.h"
#include "selectionmodel.h"
#include "testedit.h"
#include "theme.h"
#include "view/minimap.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUndoView>
#include <QtTest>

using namespace stepwise;

// The editor window as a user drives it: docks, settings, undo mark, zoom, pan, minimap, theme.
class TestShell : public QObject
{
    Q_OBJECT

    WindowTestSettings m_settings;
private slots:
    void initTestCase();
    void init();
    void docksHaveStableNamesAndEmptyStates();
    void settingsPersistAndResetLayoutRestores();
    void modifiedMarkFollowsCleanState();
    void closeAsksToSaveChanges();
    void keyboardAndWheelZoomAndFit();
    void openedDocumentIsFittedOrReadable();
    void panWithMiddleButtonAndSpaceDrag();
    void pinchZooms();
    void miniMapNavigates();
    void darkPaletteGivesDarkDiagram();
    void selectStateForInspector();

private:
    static QString data(const QString &name)
    {
        return QStringLiteral(STEPWISE_TEST_DATA "/app/") + name;
    }
    static void quiet(MainWindow &w)
    {
        w.setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    }
    static void showAndWait(MainWindow &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::processEvents();
    }
    static void rename(MainWindow &w, const QString &to)
    {
        Workflow *doc = w.document();
        const Id id = doc->data().nodes.front().id;
        const QString was = doc->data().nodes.front().label;
        w.undoStack()->push(new TestEdit(
            QStringLiteral("Rename \"%1\" to \"%2\"").arg(was, to),
            [doc, id, to] { doc->setNodeLabel(id, to); },
            [doc, id, was] { doc->setNodeLabel(id, was); }));
    }

    static QAction *findChildAction(MainWindow &w, const char *name)
    {
        QAction *a = w.findChild<QAction *>(QLatin1String(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }

    QTemporaryDir m_tmp;
};

void TestShell::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_settings.apply("tst_shell"));
}

void TestShell::init()
{
    QSettings().clear();
    Theme::apply(Theme::Choice::Light);
}

void TestShell::docksHaveStableNamesAndEmptyStates()
{
    MainWindow w;
    const QStringList names{QStringLiteral("paletteDock"), QStringLiteral("inspectorDock"),
                            QStringLiteral("problemsDock"), QStringLiteral("codeDock"),
                            QStringLiteral("historyDock")};
    for (const QString &name : names) {
        auto *dock = w.findChild<QDockWidget *>(name);
        QVERIFY2(dock, qPrintable(name));
        QVERIFY(!dock->windowTitle().isEmpty());
    }
    // The window installs the real panels: no dock is left with a placeholder label.
    for (auto panel : {MainWindow::Panel::Palette, MainWindow::Panel::Inspector,
                       MainWindow::Panel::Problems, MainWindow::Panel::Code}) {
        QWidget *widget = w.dock(panel)->widget();
        QVERIFY(widget);
        QVERIFY2(!qobject_cast<QLabel *>(widget), qPrintable(w.dock(panel)->objectName()));
    }
    auto *real = new QLabel(QStringLiteral("real inspector"));
    w.setPanelWidget(MainWindow::Panel::Inspector, real);
    QCOMPARE(w.dock(MainWindow::Panel::Inspector)->widget(), real);
    // The history dock already shows the window's own undo stack.
    auto *history = qobject_cast<QUndoView *>(w.dock(MainWindow::Panel::History)->widget());
    QVERIFY(history);
    QCOMPARE(history->stack(), w.undoStack());
}

void TestShell::settingsPersistAndResetLayoutRestores()
{
    QSize size;
    {
        MainWindow w;
        quiet(w);
        w.restoreSettings();
        showAndWait(w);
        w.resize(1000, 700);
        w.dock(MainWindow::Panel::Inspector)->hide();
        w.addDockWidget(Qt::LeftDockWidgetArea, w.dock(MainWindow::Panel::Problems));
        w.setTheme(Theme::Choice::Dark);
        w.view()->setZoom(0.8);
        findChildAction(w, "miniMapAction")->setChecked(false);
        QApplication::processEvents();
        size = w.size();
        QVERIFY(w.close());
    }
    MainWindow w;
    quiet(w);
    w.restoreSettings();
    showAndWait(w);
    QCOMPARE(w.size(), size);
    QVERIFY(w.dock(MainWindow::Panel::Inspector)->isHidden());
    QCOMPARE(w.dockWidgetArea(w.dock(MainWindow::Panel::Problems)), Qt::LeftDockWidgetArea);
    QCOMPARE(w.theme(), Theme::Choice::Dark);
    QVERIFY(findChildAction(w, "darkThemeAction")->isChecked());
    QVERIFY(DiagramStyle::isDark());
    QCOMPARE(w.readingZoom(), 0.8);
    QVERIFY(!w.view()->isMiniMapWanted());
    // View > Reset Layout puts every dock back.
    findChildAction(w, "resetLayoutAction")->trigger();
    QApplication::processEvents();
    QVERIFY(w.dock(MainWindow::Panel::Inspector)->isVisible());
    QCOMPARE(w.dockWidgetArea(w.dock(MainWindow::Panel::Problems)), Qt::BottomDockWidgetArea);
    QCOMPARE(w.dockWidgetArea(w.dock(MainWindow::Panel::Palette)), Qt::LeftDockWidgetArea);
    QCOMPARE(w.dockWidgetArea(w.dock(MainWindow::Panel::Inspector)), Qt::RightDockWidgetArea);
    w.setTheme(Theme::Choice::Light);
}

void TestShell::modifiedMarkFollowsCleanState()
{
    MainWindow w;
    quiet(w);
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    QAction *save = findChildAction(w, "saveAction");
    QAction *undo = findChildAction(w, "undoAction");
    QVERIFY(!w.isWindowModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(w.windowTitle().endsWith(QLatin1String("[*]")));
    rename(w, QStringLiteral("Begin"));
    QVERIFY(w.isWindowModified());
    QVERIFY(save->isEnabled());
    QVERIFY2(undo->text().contains(QLatin1String("to \"Begin\"")), qPrintable(undo->text()));
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    undo->trigger();
    QVERIFY(!w.isWindowModified());
    QVERIFY(!save->isEnabled());
    w.undoStack()->redo();
    QVERIFY(w.isWindowModified());
    // Saving marks the stack clean; undoing past the save is a change again.
    QVERIFY(w.saveAs(m_tmp.filePath(QStringLiteral("clean.fz"))));
    QVERIFY(!w.isWindowModified());
    QVERIFY(!save->isEnabled());
    w.undoStack()->undo();
    QVERIFY(w.isWindowModified());
    w.undoStack()->redo();
    QVERIFY(!w.isWindowModified());
    // Opening another document starts a new history.
    rename(w, QStringLiteral("Again"));
    QVERIFY(w.openFile(data(QStringLiteral("zh-approval.fz"))));
    QCOMPARE(w.undoStack()->count(), 0);
    QVERIFY(!w.isWindowModified());
}

void TestShell::closeAsksToSaveChanges()
{
    MainWindow w;
    quiet(w);
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    showAndWait(w);
    rename(w, QStringLiteral("Begin"));
    int asked = 0;
    w.setQuestionHook([&asked](const QString &, const QString &) {
        ++asked;
        return QMessageBox::Cancel;
    });
    QVERIFY(!w.close());
    QCOMPARE(asked, 1);
    QVERIFY(w.isVisible());
    // Save writes the file and lets the window close.
    const QString path = m_tmp.filePath(QStringLiteral("asked.fz"));
    QVERIFY(w.saveAs(path));
    rename(w, QStringLiteral("Later"));
    w.setQuestionHook([&asked](const QString &, const QString &) {
        ++asked;
        return QMessageBox::Save;
    });
    QVERIFY(w.close());
    QCOMPARE(asked, 2);
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("Later"));
}

void TestShell::keyboardAndWheelZoomAndFit()
{
    MainWindow w;
    quiet(w);
    showAndWait(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    DiagramView *view = w.view();
    view->resetZoom();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.25);
    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
    // Ctrl+wheel zooms around the pointer: the scene point under it stays put.
    const QPoint at(view->viewport()->width() / 3, view->viewport()->height() / 3);
    const QPointF under = view->mapToScene(at);
    QWheelEvent up(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &up);
    QCOMPARE(view->zoom(), 1.25);
    QVERIFY((view->mapFromScene(under) - at).manhattanLength() <= 2);
    // Fit shows the whole diagram; Actual Size is 100 %.
    findChildAction(w, "fitAction")->trigger();
    QVERIFY(view->visibleSceneRect().adjusted(-2, -2, 2, 2).contains(w.scene()->sceneRect()));
    QVERIFY(view->zoom() < 1.0);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(view->zoom(), 1.0);
}

void TestShell::openedDocumentIsFittedOrReadable()
{
    MainWindow w;
    quiet(w);
    w.resize(1400, 900);
    showAndWait(w);
    QVERIFY(w.openFile(data(QStringLiteral("small.fz"))));
    QTRY_VERIFY(
        w.view()->visibleSceneRect().adjusted(-2, -2, 2, 2).contains(w.scene()->sceneRect()));
    // A wide diagram that would be unreadable whole opens readable at its start and scrolls.
    QString fz = QStringLiteral("Main { # Main\n");
    for (int i = 1; i <= 60; ++i)
        fz += QStringLiteral("n%1: rectangle label:\"Step number %1\"\n").arg(i);
    for (int i = 1; i < 60; ++i)
        fz += QStringLiteral("n%1.handle(right) -> n%2.handle(left)\n").arg(i).arg(i + 1);
    fz += QStringLiteral("}\n");
    const QString wide = m_tmp.filePath(QStringLiteral("wide.fz"));
    QFile file(wide);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(fz.toUtf8());
    file.close();
    QVERIFY(w.openFile(wide));
    QApplication::processEvents();
    QCOMPARE(w.view()->zoom(), w.readingZoom());
    QVERIFY(w.view()->zoom() >= 0.6);
    const QRectF visible = w.view()->visibleSceneRect();
    QVERIFY(visible.left() <= w.scene()->sceneRect().left() + 2);
    QVERIFY(w.view()->horizontalScrollBar()->maximum() > 0);
}

void TestShell::panWithMiddleButtonAndSpaceDrag()
{
    MainWindow w;
    quiet(w);
    showAndWait(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    DiagramView *view = w.view();
    view->setZoom(2.0);
    QScrollBar *h = view->horizontalScrollBar();
    h->setValue(h->maximum() / 2);
    QWidget *vp = view->viewport();
    const QPoint start = vp->rect().center();
    int before = h->value();
    QTest::mousePress(vp, Qt::MiddleButton, Qt::NoModifier, start);
    QTest::mouseMove(vp, start - QPoint(100, 0));
    QVERIFY(view->isPanning());
    QTest::mouseRelease(vp, Qt::MiddleButton, Qt::NoModifier, start - QPoint(100, 0));
    QCOMPARE(h->value(), before + 100);
    QVERIFY(!view->isPanning());
    // Space held: a left drag pans instead of starting a rubber band.
    view->setFocus();
    before = h->value();
    QTest::keyPress(view, Qt::Key_Space);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(vp, start + QPoint(60, 0));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 0));
    QTest::keyRelease(view, Qt::Key_Space);
    QCOMPARE(h->value(), before - 60);
    // Without space, a left drag does not scroll.
    before = h->value();
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(vp, start + QPoint(60, 0));
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, start + QPoint(60, 0));
    QCOMPARE(h->value(), before);
}

void TestShell::pinchZooms()
{
    MainWindow w;
    quiet(w);
    showAndWait(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    DiagramView *view = w.view();
    view->resetZoom();
    const QPointF at = view->viewport()->rect().center();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, view->viewport()->mapToGlobal(at), 0.5, QPointF());
    QApplication::sendEvent(view->viewport(), &pinch);
    QCOMPARE(view->zoom(), 1.5);
}

void TestShell::miniMapNavigates()
{
    MainWindow w;
    quiet(w);
    showAndWait(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    DiagramView *view = w.view();
    QApplication::processEvents(); // the fit-on-open runs first
    findChildAction(w, "fitAction")->trigger();
    QApplication::processEvents();
    QVERIFY(!view->miniMap()->isVisible()); // all of it in sight: nothing to navigate
    view->setZoom(2.0);
    view->centerOn(w.scene()->sceneRect().topLeft());
    QApplication::processEvents();
    MiniMap *map = view->miniMap();
    QVERIFY(map->isVisible());
    QVERIFY(view->geometry().contains(map->geometry()));
    const QRectF marker = map->viewMarker();
    QVERIFY(marker.width() < map->width() / 2.0);
    // A click near the right end brings the view there.
    const QPoint target(map->width() - 10, map->height() / 2);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, target);
    const QPointF centre = view->visibleSceneRect().center();
    QVERIFY2(std::abs(centre.x() - map->toScene(target).x()) < 40 ||
                 view->horizontalScrollBar()->value() == view->horizontalScrollBar()->maximum(),
             qPrintable(QString::number(centre.x())));
    QVERIFY(map->viewMarker().center().x() > marker.center().x());
    findChildAction(w, "miniMapAction")->setChecked(false);
    QVERIFY(!map->isVisible());
}

void TestShell::darkPaletteGivesDarkDiagram()
{
    DiagramStyle::setPalette(Theme::palette(Theme::Choice::Dark));
    QVERIFY(DiagramStyle::isDark());
    QVERIFY(DiagramStyle::laneFill(false).lightness() < 80);
    QVERIFY(DiagramStyle::laneFill(true).lightness() < 80);
    QVERIFY(DiagramStyle::background().lightness() < 80);
    QVERIFY(DiagramStyle::text().lightness() > 180);
    QVERIFY(DiagramStyle::laneTitle().lightness() > 180);
    QVERIFY(DiagramStyle::branchFill().lightness() < 80);
    QVERIFY(DiagramStyle::loopLabelFill().lightness() < 80);
    DiagramStyle::setPalette(Theme::palette(Theme::Choice::Light));
    QVERIFY(DiagramStyle::laneFill(false).lightness() > 200);
    QVERIFY(DiagramStyle::text().lightness() < 80);
    QVERIFY(DiagramStyle::branchFill().lightness() > 200);
    QVERIFY(DiagramStyle::loopLabelFill().lightness() > 200);
    // The window's theme choice repaints the canvas in the dark table.
    MainWindow w;
    quiet(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    findChildAction(w, "darkThemeAction")->trigger();
    QCOMPARE(w.theme(), Theme::Choice::Dark);
    QVERIFY(w.scene()->backgroundBrush().color().lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    findChildAction(w, "lightThemeAction")->trigger();
    QVERIFY(w.scene()->backgroundBrush().color().lightness() > 200);
}

void TestShell::selectStateForInspector()
{
    MainWindow w;
    quiet(w);
    QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    QSignalSpy changed(w.selectionModel(), &SelectionModel::selectionChanged);
    QVERIFY(w.selectState(QStringLiteral("Order Type?")));
    QCOMPARE(changed.size(), 1);
    const Node *node = w.document()->data().node(w.selectionModel()->current());
    QVERIFY(node);
    QCOMPARE(node->label, QStringLiteral("Order Type?"));
    QVERIFY(!w.selectState(QStringLiteral("No such state")));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
