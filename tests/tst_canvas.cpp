#include "fz/fzreader.h"
#include "fz/fzwriter.h"
#include "palette/palettewidget.h"
#include "palette/statetemplates.h"
#include "scene/diagramscene.h"
#include "scene/edgeitem.h"
#include "scene/inlineeditor.h"
#include "scene/laneitem.h"
#include "scene/nodeitem.h"
#include "scene/sceneeditor.h"
#include "workflow.h"

#include <QGraphicsView>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

using namespace stepwise;

// GUI tests of the canvas: real mouse and key events on a view showing the scene, with the
// window's undo stack.
class TestCanvas : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void paletteListsEveryTypeAndFilters();
    void dropFromPaletteCreatesStateAtDropPoint();
    void dropOutsideLanesAddsLaneAndStateInOneStep();
    void paletteDoubleClickAddsAfterSelection();
    void handleToHandleCreatesEdge();
    void dragEdgeEndReconnects();
    void inPlaceRename();
    void inPlaceRenameEscCancels();
    void deleteThenUndoRestoresIdsAndEdges();
    void dragIsOneUndoCommand();
    void dragIntoAnotherLane();
    void arrowKeysNudgeAsOneStep();
    void rubberBandAndSelectAll();
    void dragLaneHeaderReorders();
    void laneTitleEditedInPlace();

private:
    Id node(const char *label) const
    {
        for (const Node &n : m_doc->data().nodes)
            if (n.label == QLatin1String(label))
                return n.id;
        return NoId;
    }
    QPoint at(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    QPoint centreOf(Id id) const { return at(m_scene->nodeItem(id)->sceneBoundingRect().center()); }
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
    {
        QWidget *vp = m_view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, mods, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(vp, from + (to - from) * i / 5);
        QTest::mouseRelease(vp, Qt::LeftButton, mods, to);
    }
    void dropPalette(const QString &key, QPoint pos)
    {
        QWidget *vp = m_view->viewport();
        std::unique_ptr<QMimeData> mime(PaletteWidget::mimeData(key));
        QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(vp, &drop);
    }

    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<DiagramScene> m_scene;
    std::unique_ptr<QGraphicsView> m_view;
};

static const char source[] = R"(sales { # Sales
n1: circle label:"Start"
n2: rectangle label:"Validate"
n3: diamond label:"Approve"
n1.handle(right) -> n2.handle(left)
n2.handle(right) -> n3.handle(left)
n3.handle(bottom) -> finance.n4.handle(top) [label="yes"]
}
finance { # Finance
n4: rectangle label:"Pay"
n5: circle label:"Done"
n4.handle(right) -> n5.handle(left)
}
)";

void TestCanvas::init()
{
    FzReader::Result r = FzReader::read(QByteArray(source));
    QVERIFY(r.document);
    m_doc = std::make_unique<Workflow>(*r.document);
    m_stack = std::make_unique<QUndoStack>();
    m_scene = std::make_unique<DiagramScene>(m_doc.get());
    m_scene->setUndoStack(m_stack.get());
    m_view = std::make_unique<QGraphicsView>(m_scene.get());
    m_view->resize(1400, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
}

void TestCanvas::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_stack.reset();
    m_doc.reset();
}

void TestCanvas::paletteListsEveryTypeAndFilters()
{
    PaletteWidget palette;
    QStringList titles;
    for (int i = 0; i < palette.list()->count(); ++i) {
        titles << palette.list()->item(i)->text();
        QVERIFY(!palette.list()->item(i)->toolTip().isEmpty());
        QVERIFY(!palette.list()->item(i)->icon().isNull());
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("Task"), QStringLiteral("Callback Task"),
                                  QStringLiteral("Pass"), QStringLiteral("Choice"),
                                  QStringLiteral("Wait"), QStringLiteral("Parallel"),
                                  QStringLiteral("Map"), QStringLiteral("Succeed"),
                                  QStringLiteral("Fail"), QStringLiteral("Lane")}));
    palette.show();
    QTest::keyClicks(palette.filterEdit(), QStringLiteral("task"));
    int visible = 0;
    for (int i = 0; i < palette.list()->count(); ++i)
        visible += palette.list()->item(i)->isHidden() ? 0 : 1;
    QCOMPARE(visible, 2); // Task and Callback Task
}

void TestCanvas::dropFromPaletteCreatesStateAtDropPoint()
{
    const Id finance = m_doc->data().lanes[1].id;
    const QRectF band = m_scene->laneItem(finance)->geometry().band;
    const QPointF target(m_scene->nodeItem(node("Done"))->sceneBoundingRect().right() + 200,
                         band.center().y());
    const size_t before = m_doc->data().nodes.size();
    dropPalette(QStringLiteral("choice"), at(target));
    QCOMPARE(m_doc->data().nodes.size(), before + 1);
    const Node &added = m_doc->data().nodes.back();
    QCOMPARE(added.asl.type, QStringLiteral("Choice"));
    QCOMPARE(added.asl.name, QStringLiteral("Choice"));
    QCOMPARE(added.shape, Shape::Diamond);
    QCOMPARE(added.lane, finance);
    const QRectF rect = m_scene->nodeItem(added.id)->geometry().rect;
    QVERIFY2(QLineF(rect.center(), target).length() < 10,
             qPrintable(QStringLiteral("%1,%2").arg(rect.center().x()).arg(rect.center().y())));
    QVERIFY(m_scene->nodeItem(added.id)->isSelected());
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_doc->data().nodes.size(), before);
    QVERIFY(!m_scene->nodeItem(added.id));
}

void TestCanvas::dropOutsideLanesAddsLaneAndStateInOneStep()
{
    const QRectF bounds = m_scene->itemsBoundingRect();
    const QByteArray before = FzWriter::write(m_doc->data()).bytes;
    m_view->centerOn(bounds.bottomLeft());
    dropPalette(QStringLiteral("task"), at(QPointF(bounds.left() + 300, bounds.bottom() + 15)));
    QCOMPARE(m_doc->data().lanes.size(), size_t(3));
    QCOMPARE(m_doc->data().nodes.back().lane, m_doc->data().lanes.back().id);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(FzWriter::write(m_doc->data()).bytes, before);
}

void TestCanvas::paletteDoubleClickAddsAfterSelection()
{
    PaletteWidget palette;
    connect(&palette, &PaletteWidget::activated, m_scene->editor(),
            &SceneEditor::addStateAfterSelection);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(node("Pay")));
    palette.show();
    QVERIFY(QTest::qWaitForWindowExposed(&palette));
    QListWidget *list = palette.list();
    const QRect row = list->visualItemRect(list->item(4)); // Wait
    QSignalSpy activated(&palette, &PaletteWidget::activated);
    QSignalSpy refused(m_scene->editor(), &SceneEditor::refused);
    // (a first click, as a hand makes, lets QTest's double-click timing start afresh)
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center(), 300);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, row.center(), 300);
    QCOMPARE(activated.size(), 1);
    QVERIFY(refused.isEmpty());
    const Node *wait = m_doc->data().nodeByStateName(QStringLiteral("Wait"));
    QVERIFY(wait);
    QCOMPARE(wait->lane, m_doc->data().node(node("Pay"))->lane);
    const QVector<Id> out = m_doc->data().edgesFrom(node("Pay"));
    QCOMPARE(out.size(), 2);
    QCOMPARE(m_doc->data().edge(out.last())->to, wait->id);
    QVERIFY(m_scene->nodeItem(wait->id)->geometry().rect.left() >
            m_scene->nodeItem(node("Pay"))->geometry().rect.right());
    QCOMPARE(m_stack->count(), 1);
}

void TestCanvas::handleToHandleCreatesEdge()
{
    const Id start = node("Start"), pay = node("Pay");
    const QPointF handle = m_scene->nodeItem(start)->handlePos(Side::Bottom);
    const QPointF target = m_scene->nodeItem(pay)->handlePos(Side::Left) + QPointF(4, 0);
    drag(at(handle), at(target));
    const QVector<Id> out = m_doc->data().edgesFrom(start);
    QCOMPARE(out.size(), 2);
    const Edge *e = m_doc->data().edge(out.last());
    QCOMPARE(e->to, pay);
    QCOMPARE(e->fromSide, Side::Bottom);
    QCOMPARE(e->toSide, Side::Left);
    QVERIFY(m_scene->edgeItem(e->id));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Connect Start \u2192 Pay"));
    // Dropped on nothing: no edge, no step.
    drag(at(handle), at(handle + QPointF(0, 300)));
    QCOMPARE(m_stack->count(), 1);
}

void TestCanvas::dragEdgeEndReconnects()
{
    const Id edge = m_doc->data().edgesFrom(node("Pay")).first();
    EdgeItem *item = m_scene->edgeItem(edge);
    const QPolygonF pts = item->geometry().points;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      at((pts[pts.size() - 2] + pts.last()) / 2));
    QVERIFY(item->isSelected());
    drag(at(pts.last()), centreOf(node("Approve")));
    QCOMPARE(m_doc->data().edge(edge)->to, node("Approve"));
    QCOMPARE(m_doc->data().edge(edge)->from, node("Pay"));
    m_stack->undo();
    QCOMPARE(m_doc->data().edge(edge)->to, node("Done"));
}

void TestCanvas::inPlaceRename()
{
    const Id approve = node("Approve");
    NodeItem *item = m_scene->nodeItem(approve);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(approve));
    InlineEditor *editor = m_scene->editor()->inlineEditor();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QStringLiteral("Approve"));
    QTest::keyClicks(m_view->viewport(), QStringLiteral("Review"));
    QTest::keyClick(m_view->viewport(), Qt::Key_Return);
    QVERIFY(!m_scene->editor()->inlineEditor());
    QCOMPARE(m_doc->data().node(approve)->label, QStringLiteral("Review"));
    QCOMPARE(m_scene->nodeItem(approve), item);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Rename \"Approve\" to \"Review\""));
    // F2 on the selection opens it too.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(node("Pay")));
    QTest::keyClick(m_view->viewport(), Qt::Key_F2);
    QVERIFY(m_scene->editor()->inlineEditor());
    QCOMPARE(m_scene->editor()->inlineEditor()->toPlainText(), QStringLiteral("Pay"));
    QTest::keyClicks(m_view->viewport(), QStringLiteral("Settle"));
    QTest::keyClick(m_view->viewport(), Qt::Key_Enter);
    QCOMPARE(m_doc->data().node(node("Settle"))->label, QStringLiteral("Settle"));
    QCOMPARE(m_stack->count(), 2);
}

void TestCanvas::inPlaceRenameEscCancels()
{
    const Id approve = node("Approve");
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(approve));
    QVERIFY(m_scene->editor()->inlineEditor());
    QTest::keyClicks(m_view->viewport(), QStringLiteral("Nope"));
    QTest::keyClick(m_view->viewport(), Qt::Key_Escape);
    QVERIFY(!m_scene->editor()->inlineEditor());
    QCOMPARE(m_doc->data().node(approve)->label, QStringLiteral("Approve"));
    QCOMPARE(m_stack->count(), 0);
}

void TestCanvas::deleteThenUndoRestoresIdsAndEdges()
{
    const QByteArray before = FzWriter::write(m_doc->data()).bytes;
    const Id validate = node("Validate");
    const QVector<Id> in = m_doc->data().edgesTo(validate), out = m_doc->data().edgesFrom(validate);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(validate));
    QVERIFY(m_scene->nodeItem(validate)->isSelected());
    QTest::keyClick(m_view->viewport(), Qt::Key_Delete);
    QVERIFY(!m_doc->data().node(validate));
    QVERIFY(!m_scene->nodeItem(validate));
    QCOMPARE(m_scene->edgeCount(), 2);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(m_doc->data().node(validate));
    QVERIFY(m_scene->nodeItem(validate));
    QCOMPARE(m_doc->data().edgesTo(validate), in);
    QCOMPARE(m_doc->data().edgesFrom(validate), out);
    for (Id e : in + out)
        QVERIFY(m_scene->edgeItem(e));
    QCOMPARE(FzWriter::write(m_doc->data()).bytes, before);
}

void TestCanvas::dragIsOneUndoCommand()
{
    const Id start = node("Start"), validate = node("Validate"), approve = node("Approve");
    QHash<Id, QRectF> before;
    for (Id id : {start, validate, approve})
        before.insert(id, m_scene->nodeItem(id)->geometry().rect);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(start));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier, centreOf(validate));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier, centreOf(approve));
    QCOMPARE(m_scene->selectedNodes().size(), 3);
    const QPoint from = centreOf(validate);
    drag(from, from + QPoint(37, 11));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Move 3 states"));
    for (Id id : {start, validate, approve}) {
        const QRectF r = m_scene->nodeItem(id)->geometry().rect;
        QVERIFY(m_doc->data().node(id)->position);
        // Snapped to the grid, the same offset for all.
        QCOMPARE(r.topLeft() - before[id].topLeft(),
                 m_scene->nodeItem(validate)->geometry().rect.topLeft() -
                     before[validate].topLeft());
        QVERIFY(r.left() > before[id].left());
    }
    m_stack->undo();
    for (Id id : {start, validate, approve}) {
        QCOMPARE(m_scene->nodeItem(id)->geometry().rect, before[id]);
        QVERIFY(!m_doc->data().node(id)->position);
    }
}

void TestCanvas::dragIntoAnotherLane()
{
    const Id validate = node("Validate");
    const Id finance = m_doc->data().lanes[1].id;
    const QRectF band = m_scene->laneItem(finance)->geometry().band;
    const QPoint from = centreOf(validate);
    const QPoint to = at(
        QPointF(m_scene->nodeItem(validate)->sceneBoundingRect().center().x(), band.center().y()));
    drag(from, to);
    QCOMPARE(m_doc->data().node(validate)->lane, finance);
    QVERIFY(m_scene->laneItem(finance)->geometry().band.contains(
        m_scene->nodeItem(validate)->geometry().rect));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_doc->data().node(validate)->lane, m_doc->data().lanes[0].id);
}

void TestCanvas::arrowKeysNudgeAsOneStep()
{
    const Id pay = node("Pay");
    const QRectF before = m_scene->nodeItem(pay)->geometry().rect;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centreOf(pay));
    QTest::keyClick(m_view->viewport(), Qt::Key_Right);
    QTest::keyClick(m_view->viewport(), Qt::Key_Right);
    QTest::keyClick(m_view->viewport(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_scene->nodeItem(pay)->geometry().rect.topLeft(), before.topLeft() + QPointF(16, 1));
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QCOMPARE(m_scene->nodeItem(pay)->geometry().rect, before);
}

void TestCanvas::rubberBandAndSelectAll()
{
    const QRectF a = m_scene->nodeItem(node("Start"))->sceneBoundingRect();
    const QRectF b = m_scene->nodeItem(node("Validate"))->sceneBoundingRect();
    // From empty canvas above the first lane's states across the first two.
    const QPointF from(a.left() - 10, a.top() - 20);
    drag(at(from), at(QPointF(b.right() + 5, b.bottom() + 5)));
    QVector<Id> selected = m_scene->selectedNodes();
    std::sort(selected.begin(), selected.end());
    QCOMPARE(selected, (QVector<Id>{node("Start"), node("Validate")}));
    QTest::keyClick(m_view->viewport(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_scene->selectedNodes().size(), 5);
    QCOMPARE(m_stack->count(), 0);
}

void TestCanvas::dragLaneHeaderReorders()
{
    const Id sales = m_doc->data().lanes[0].id, finance = m_doc->data().lanes[1].id;
    const QRectF header = m_scene->laneItem(sales)->geometry().header;
    const QRectF target = m_scene->laneItem(finance)->geometry().header;
    drag(at(header.center()), at(target.center()));
    QCOMPARE(m_doc->data().lanes[0].id, finance);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Move lane \"Sales\""));
    // The rows swapped on the canvas, each with its states.
    QVERIFY(m_scene->laneItem(finance)->geometry().band.top() <
            m_scene->laneItem(sales)->geometry().band.top());
    QVERIFY(m_scene->laneItem(sales)->geometry().band.contains(
        m_scene->nodeItem(node("Validate"))->geometry().rect));
    m_stack->undo();
    QCOMPARE(m_doc->data().lanes[0].id, sales);
}

void TestCanvas::laneTitleEditedInPlace()
{
    const Id finance = m_doc->data().lanes[1].id;
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {},
                       at(m_scene->laneItem(finance)->geometry().header.center()));
    QVERIFY(m_scene->editor()->inlineEditor());
    QTest::keyClicks(m_view->viewport(), QStringLiteral("Accounts"));
    QTest::keyClick(m_view->viewport(), Qt::Key_Return);
    QCOMPARE(m_doc->data().lane(finance)->title, QStringLiteral("Accounts"));
    QCOMPARE(m_scene->laneItem(finance)->title(), QStringLiteral("Accounts"));
    QCOMPARE(m_doc->data().lane(finance)->key, QStringLiteral("finance"));
    QCOMPARE(m_stack->count(), 1);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
