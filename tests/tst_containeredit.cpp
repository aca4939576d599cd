#include "asl/aslreader.h"
#include "asl/aslwriter.h"
#include "commands/addstatecommand.h"
#include "commands/renamestatecommand.h"
#include "inspector/machinessection.h"
#include "layout/containerlayout.h"
#include "palette/statetemplates.h"
#include "project/projectwriter.h"
#include "scene/branchitem.h"
#include "scene/diagramscene.h"
#include "scene/nodeitem.h"
#include "scene/scenecontextmenu.h"
#include "scene/sceneeditor.h"
#include "transitions.h"
#include "workflow.h"

#include <QGraphicsRectItem>
#include <QGraphicsView>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace stepwise;

// GUI tests of container editing on the canvas, driven by real mouse events on the view's
// viewport: dragging a state into a Parallel branch and out again, a refused drop, the
// collapse chevron, branches added and removed from the context menu and the inspector, and
// palette-made containers written to ASL and read back.
class TestContainerEdit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dragIntoBranchAndBackOut();
    void dragBetweenBranchesAtDepthTwo();
    void dropOfTwoStatesIsRefused();
    void chevronCollapsesAndExpands();
    void contextMenuAddsAndRemovesBranches();
    void inspectorAddsAndRemovesBranches();
    void paletteContainersRoundTripWithUniqueNames();

private:
    Id state(const char *name) const
    {
        const Node *n = m_doc->stateNamed(QString::fromLatin1(name));
        return n ? n->id : NoId;
    }
    NodeItem *itemOf(Id id) const
    {
        for (QGraphicsItem *item : m_scene->items())
            if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && n->id() == id)
                return n;
        return nullptr;
    }
    BranchItem *branchOf(Id container, int index) const
    {
        for (QGraphicsItem *item : m_scene->items())
            if (auto *b = qgraphicsitem_cast<BranchItem *>(item);
                b && b->path().steps().last() == qMakePair(container, index))
                return b;
        return nullptr;
    }
    QGraphicsRectItem *dropMark() const
    {
        for (QGraphicsItem *item : m_scene->items())
            if (item->data(0).toString() == QLatin1String("dropTarget"))
                return qgraphicsitem_cast<QGraphicsRectItem *>(item);
        return nullptr;
    }
    QPoint viewPos(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    /// Presses at `from`, moves there in steps (calling `during` before the release) and
    /// releases at `to`.
    void drag(QPointF from, QPointF to, const std::function<void()> &during = {})
    {
        QWidget *vp = m_view->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, viewPos(from));
        for (int i = 1; i <= 8; ++i) {
            const QPointF p = from + (to - from) * (i / 8.0);
            QMouseEvent move(QEvent::MouseMove, QPointF(viewPos(p)),
                             vp->mapToGlobal(QPointF(viewPos(p))), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(vp, &move);
        }
        if (during)
            during();
        QTest::mouseRelease(vp, Qt::LeftButton, {}, viewPos(to));
        m_scene->flush();
    }
    QByteArray project() const { return ProjectWriter::write(m_doc->data()); }
    void open(const char *json)
    {
        cleanup();
        AslReader::Result r = AslReader::readJson(QByteArray(json));
        QVERIFY(r.document);
        m_doc = std::make_unique<Workflow>(*r.document);
        m_stack = std::make_unique<QUndoStack>();
        m_scene = std::make_unique<DiagramScene>(m_doc.get());
        m_scene->setUndoStack(m_stack.get());
        m_view = std::make_unique<QGraphicsView>(m_scene.get());
        m_view->resize(1600, 900);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_scene->flush();
        m_view->ensureVisible(m_scene->itemsBoundingRect(), 0, 0);
    }
    QMenu *menuAt(QPointF scenePos)
    {
        return SceneContextMenu::build(m_scene.get(), scenePos, m_view.get());
    }
    static QAction *action(QMenu *menu, const QString &data)
    {
        for (QAction *a : menu->actions()) {
            if (a->data().toString() == data)
                return a;
            if (a->menu())
                if (QAction *inner = action(a->menu(), data))
                    return inner;
        }
        return nullptr;
    }

    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<DiagramScene> m_scene;
    std::unique_ptr<QGraphicsView> m_view;
};

static const char fan[] = R"({
  "StartAt": "Prep",
  "States": {
    "Prep": {"Type": "Pass", "Next": "Fan"},
    "Fan": {"Type": "Parallel", "Next": "Done",
      "Branches": [
        {"StartAt": "A1", "States": {
          "A1": {"Type": "Pass", "Next": "Each"},
          "Each": {"Type": "Map", "End": true,
            "ItemProcessor": {"StartAt": "P1", "States": {
              "P1": {"Type": "Pass", "End": true}}}}}},
        {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}
      ]},
    "Done": {"Type": "Succeed"}
  }
})";

void TestContainerEdit::init()
{
    open(fan);
}

void TestContainerEdit::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_stack.reset();
    m_doc.reset();
}

void TestContainerEdit::dragIntoBranchAndBackOut()
{
    const QByteArray original = project();
    const Id prep = state("Prep");
    const Id fanId = state("Fan");
    BranchItem *second = branchOf(fanId, 1);
    QVERIFY(second);
    const QRectF frame =
        second->mapRectToScene(second->layout().frame.translated(-second->layout().offset));
    const QPointF into(frame.right() - 30, frame.bottom() - 14);
    QVERIFY(!second->nodeItem(state("B1"))->sceneBoundingRect().contains(into));
    QRectF marked;
    drag(itemOf(prep)->sceneBoundingRect().center(), into, [&] {
        // While dragging, the branch is marked as the drop target.
        QGraphicsRectItem *mark = dropMark();
        QVERIFY(mark);
        marked = mark->rect();
    });
    QCOMPARE(marked, frame);
    QVERIFY(!dropMark()); // gone at release
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0),
             QStringLiteral("Move \"Prep\" into Branch 2 of \"Fan\" (2 transitions dropped)"));
    QCOMPARE(m_doc->parentNode(prep), fanId);
    QCOMPARE(m_doc->machineOf(prep)->branch, 1);
    QCOMPARE(transitionProblems(m_doc->data()), QStringList());
    const OrderedJson out = AslWriter::toJson(m_doc->data());
    QCOMPARE(out["StartAt"], OrderedJson(""));
    QCOMPARE(out["States"]["Fan"]["Branches"][1]["States"]["Prep"],
             (OrderedJson{{"Type", "Pass"}}));
    // Drawn inside the branch now, not at the root.
    QVERIFY(branchOf(fanId, 1)->nodeItem(prep));
    QVERIFY(!m_scene->nodeItem(prep));
    const QByteArray inside = project();

    // Out again, onto the root lane right of Done.
    const QRectF done = m_scene->nodeItem(state("Done"))->sceneBoundingRect();
    const QPointF out2(done.right() + 120, done.center().y());
    QRectF rootMark;
    drag(branchOf(fanId, 1)->nodeItem(prep)->sceneBoundingRect().center(), out2, [&] {
        QGraphicsRectItem *mark = dropMark();
        QVERIFY(mark);
        rootMark = mark->rect();
    });
    QVERIFY(rootMark.contains(out2)); // the root lane's band
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_stack->text(1), QStringLiteral("Move \"Prep\" out onto lane \"State machine\""));
    QCOMPARE(m_doc->parentNode(prep), NoId);
    QVERIFY(m_doc->node(prep)->position);
    NodeItem *back = m_scene->nodeItem(prep);
    QVERIFY(back);
    QVERIFY(std::abs(back->sceneBoundingRect().center().x() - out2.x()) < 12);

    // Undo gives back each step exactly; redo both.
    m_stack->undo();
    m_scene->flush();
    QCOMPARE(project(), inside);
    m_stack->undo();
    m_scene->flush();
    QCOMPARE(project(), original);
    QVERIFY(m_scene->nodeItem(prep));
    m_stack->redo();
    m_stack->redo();
    m_scene->flush();
    QCOMPARE(m_doc->parentNode(prep), NoId);
}

void TestContainerEdit::dragBetweenBranchesAtDepthTwo()
{
    // P1 lives in the Map "Each" inside branch 1 of "Fan": dragged into branch 2.
    const QByteArray original = project();
    const Id p1 = state("P1");
    const Id each = state("Each");
    BranchItem *processor = branchOf(each, 0);
    QVERIFY(processor);
    BranchItem *second = branchOf(state("Fan"), 1);
    const QRectF frame =
        second->mapRectToScene(second->layout().frame.translated(-second->layout().offset));
    drag(processor->nodeItem(p1)->sceneBoundingRect().center(),
         QPointF(frame.right() - 30, frame.bottom() - 14));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0),
             QStringLiteral("Move \"P1\" into Branch 2 of \"Fan\" (1 transition dropped)"));
    QCOMPARE(m_doc->parentNode(p1), state("Fan"));
    const OrderedJson out = AslWriter::toJson(m_doc->data());
    QCOMPARE(out["States"]["Fan"]["Branches"][1]["States"]["P1"]["End"], OrderedJson(true));
    QCOMPARE(out["States"]["Fan"]["Branches"][0]["States"]["Each"]["ItemProcessor"]["StartAt"],
             OrderedJson(""));
    m_stack->undo();
    m_scene->flush();
    QCOMPARE(project(), original);
    QVERIFY(branchOf(each, 0)->nodeItem(p1));
}

void TestContainerEdit::dropOfTwoStatesIsRefused()
{
    const QByteArray original = project();
    QSignalSpy refused(m_scene->editor(), &SceneEditor::refused);
    NodeItem *prep = m_scene->nodeItem(state("Prep"));
    NodeItem *done = m_scene->nodeItem(state("Done"));
    const QPointF prepAt = prep->pos(), doneAt = done->pos();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      viewPos(prep->sceneBoundingRect().center()));
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      viewPos(done->sceneBoundingRect().center()));
    QCOMPARE(m_scene->selectedNodes().size(), 2);
    BranchItem *second = branchOf(state("Fan"), 1);
    const QRectF frame =
        second->mapRectToScene(second->layout().frame.translated(-second->layout().offset));
    drag(prep->sceneBoundingRect().center(), QPointF(frame.right() - 30, frame.bottom() - 14));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("one state at a time")));
    QCOMPARE(project(), original);
    QCOMPARE(m_scene->nodeItem(state("Prep"))->pos(), prepAt);
    QCOMPARE(m_scene->nodeItem(state("Done"))->pos(), doneAt);

    // A branch's start marker is no state: dragged out, it is refused and goes back.
    NodeItem *marker = nullptr;
    for (NodeItem *n : branchOf(state("Fan"), 1)->nodeItems())
        if (n->node()->asl.type.isEmpty() && n->node()->label == QLatin1String("Start"))
            marker = n;
    QVERIFY(marker);
    const QPointF markerAt = marker->pos();
    const QRectF doneRect = done->sceneBoundingRect();
    drag(marker->sceneBoundingRect().center(),
         QPointF(doneRect.right() + 120, doneRect.center().y()));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(refused.count(), 2);
    QVERIFY2(refused.last().first().toString().contains(QLatin1String("Only ASL states")),
             qPrintable(refused.last().first().toString()));
    QCOMPARE(project(), original);
    QCOMPARE(marker->pos(), markerAt);
}

void TestContainerEdit::chevronCollapsesAndExpands()
{
    const Id fanId = state("Fan");
    NodeItem *item = m_scene->nodeItem(fanId);
    const QSizeF expanded = item->geometry().rect.size();
    QCOMPARE(item->branches().size(), 2);
    const QByteArray original = project();
    const QPointF chevron = item->mapToScene(ContainerLayout::chevron().center());
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, viewPos(chevron));
    m_scene->flush();
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), QStringLiteral("Collapse \"Fan\""));
    QVERIFY(m_doc->node(fanId)->collapsed);
    item = m_scene->nodeItem(fanId);
    QCOMPARE(item->branches().size(), 0); // nested items are gone with the branches
    QVERIFY(item->geometry().rect.height() < expanded.height() / 2);
    QVERIFY(ContainerLayout::title(*m_doc->node(fanId)).endsWith(QLatin1String("2 branches")));
    {
        // Still drawn as a container: its chevron is painted (a plain box has none).
        const QRectF bounds = item->boundingRect();
        QImage image(bounds.size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(-bounds.topLeft());
        QStyleOptionGraphicsItem option;
        item->paint(&painter, &option, nullptr);
        painter.end();
        const QPoint chevronPixel =
            (ContainerLayout::chevron().center() - bounds.topLeft()).toPoint();
        QVERIFY2(qGray(image.pixel(chevronPixel)) < 140, "no chevron drawn");
    }
    // The edges at the root still meet it.
    for (const Edge &e : m_doc->data().edges)
        if (e.to == fanId)
            QVERIFY(item->sceneBoundingRect()
                        .adjusted(-2, -2, 2, 2)
                        .contains(m_scene->layout().edges.value(e.id).points.last()));
    // A click beside the chevron is an ordinary press.
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      viewPos(item->mapToScene(QPointF(item->geometry().rect.width() - 10, 30))));
    QCOMPARE(m_stack->count(), 1);
    // Expanded again from the context menu.
    std::unique_ptr<QMenu> menu(menuAt(item->sceneBoundingRect().center()));
    QAction *toggle = action(menu.get(), QStringLiteral("collapse"));
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("E&xpand"));
    toggle->trigger();
    m_scene->flush();
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_stack->text(1), QStringLiteral("Expand \"Fan\""));
    QCOMPARE(project(), original);
    QCOMPARE(m_scene->nodeItem(fanId)->branches().size(), 2);
    m_stack->undo();
    m_scene->flush();
    QVERIFY(m_doc->node(fanId)->collapsed);
    m_stack->undo();
    m_scene->flush();
    QCOMPARE(project(), original);
    QCOMPARE(m_scene->nodeItem(fanId)->branches().size(), 2);
    // A container at depth 1 (a Map in a branch) has its own chevron; collapsed, it says how
    // many states its processor has.
    const Id each = state("Each");
    NodeItem *inner = branchOf(fanId, 0)->nodeItem(each);
    QVERIFY(inner);
    const qreal innerHeight = inner->geometry().rect.height();
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                      viewPos(inner->mapToScene(ContainerLayout::chevron().center())));
    m_scene->flush();
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), QStringLiteral("Collapse \"Each\""));
    QVERIFY(m_doc->node(each)->collapsed);
    QVERIFY(!m_doc->node(fanId)->collapsed);
    inner = branchOf(fanId, 0)->nodeItem(each);
    QVERIFY(inner->geometry().rect.height() < innerHeight);
    QVERIFY(ContainerLayout::title(*m_doc->node(each)).endsWith(QLatin1String("1 state")));
}

void TestContainerEdit::contextMenuAddsAndRemovesBranches()
{
    const Id fanId = state("Fan");
    const QByteArray original = project();
    QSignalSpy refused(m_scene->editor(), &SceneEditor::refused);
    BranchItem *second = branchOf(fanId, 1);
    const QRectF frame =
        second->mapRectToScene(second->layout().frame.translated(-second->layout().offset));
    std::unique_ptr<QMenu> menu(menuAt(QPointF(frame.right() - 20, frame.bottom() - 10)));
    QAction *add = action(menu.get(), QStringLiteral("addBranch"));
    QVERIFY(add);
    QCOMPARE(action(menu.get(), QStringLiteral("removeBranch:1"))->text(),
             QStringLiteral("Branch 2 (this one)"));
    add->trigger();
    m_scene->flush();
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->text(0), QStringLiteral("Add branch to \"Fan\""));
    QCOMPARE(m_doc->node(fanId)->subMachines.size(), size_t(3));
    const Node *added = m_doc->stateNamed(QStringLiteral("Fan branch 3"));
    QVERIFY(added);
    QCOMPARE(m_doc->machineOf(added->id)->branch, 2);
    QCOMPARE(m_doc->node(fanId)->subMachines[2].aslTop["StartAt"], OrderedJson("Fan branch 3"));
    QCOMPARE(transitionProblems(m_doc->data()), QStringList());
    QCOMPARE(m_scene->nodeItem(fanId)->branches().size(), 3);
    m_stack->undo();
    m_scene->flush();
    QCOMPARE(project(), original);
    m_stack->redo();
    m_scene->flush();

    // Remove branches 1 and 2 (the first holds a Map at depth 2), then the last is refused.
    const QPointF centre =
        m_scene->nodeItem(fanId)->sceneBoundingRect().topLeft() + QPointF(60, 14);
    for (int i = 0; i < 2; ++i) {
        menu.reset(menuAt(centre));
        action(menu.get(), QStringLiteral("removeBranch:0"))->trigger();
        m_scene->flush();
    }
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(m_doc->node(fanId)->subMachines.size(), size_t(1));
    QVERIFY(!m_doc->stateNamed(QStringLiteral("P1")));
    const QByteArray one = project();
    menu.reset(menuAt(centre));
    action(menu.get(), QStringLiteral("removeBranch:0"))->trigger();
    m_scene->flush();
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QLatin1String("at least one branch")));
    QCOMPARE(project(), one);
    while (m_stack->canUndo())
        m_stack->undo();
    m_scene->flush();
    QCOMPARE(project(), original);
    QVERIFY(m_doc->stateNamed(QStringLiteral("P1")));
}

void TestContainerEdit::inspectorAddsAndRemovesBranches()
{
    const Id fanId = state("Fan");
    const QByteArray original = project();
    MachinesSection section(QStringLiteral("Parallel"), m_doc.get(), m_stack.get());
    section.show();
    const OrderedJson view{{"@id", fanId}};
    section.load(view, m_doc->data());
    QCOMPARE(section.tree()->topLevelItemCount(), 2);
    QTest::mouseClick(section.addBranchButton(), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_doc->node(fanId)->subMachines.size(), size_t(3));
    QVERIFY(m_doc->stateNamed(QStringLiteral("Fan branch 3")));
    section.load(view, m_doc->data());
    QCOMPARE(section.tree()->topLevelItemCount(), 3);
    // Remove without a selection: the reason is shown, nothing changes.
    section.tree()->setCurrentItem(nullptr);
    QTest::mouseClick(section.removeBranchButton(), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 1);
    QVERIFY(section.message().contains(QLatin1String("Select the branch")));
    // Remove branch 2 (picked through one of its states).
    section.tree()->setCurrentItem(section.tree()->topLevelItem(1)->child(0));
    QTest::mouseClick(section.removeBranchButton(), Qt::LeftButton);
    QCOMPARE(m_stack->count(), 2);
    QVERIFY(section.message().isEmpty());
    QVERIFY(!m_doc->stateNamed(QStringLiteral("B1")));
    QVERIFY(m_doc->stateNamed(QStringLiteral("Fan branch 3")));
    for (int i = 0; i < 2; ++i) {
        section.load(view, m_doc->data());
        section.tree()->setCurrentItem(section.tree()->topLevelItem(0));
        QTest::mouseClick(section.removeBranchButton(), Qt::LeftButton);
    }
    QCOMPARE(m_stack->count(), 3); // the second was the last branch: refused
    QVERIFY(section.message().contains(QLatin1String("at least one branch")));
    QCOMPARE(m_doc->node(fanId)->subMachines.size(), size_t(1));
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(project(), original);
    // A Map has no branch buttons.
    MachinesSection map(QStringLiteral("Map"), m_doc.get(), m_stack.get());
    QVERIFY(!map.addBranchButton());
}

void TestContainerEdit::paletteContainersRoundTripWithUniqueNames()
{
    // Reported by tst_commandrandom's author: a palette-made Parallel/Map written to ASL and
    // read back could carry one nested name twice. Palette containers, a rename, then the
    // same palette kinds again: every name stays unique, on the canvas and after a round trip.
    const Id lane = m_doc->data().lanes.front().id;
    auto add = [&](const char *key) {
        const Node node = StateTemplates::makeNode(m_doc->data(), QLatin1String(key), lane);
        auto *c = new AddStateCommand(m_doc.get(), node);
        QVERIFY(!c->isObsolete());
        const Id id = c->nodeId();
        m_stack->push(c);
        QVERIFY(m_doc->node(id));
    };
    for (const char *key : {"parallel", "map"})
        add(key);
    const Id parallel = m_doc->stateNamed(QStringLiteral("Parallel"))->id;
    const Id map = m_doc->stateNamed(QStringLiteral("Map"))->id;
    m_stack->push(new RenameStateCommand(m_doc.get(), parallel, QStringLiteral("Split")));
    m_stack->push(new RenameStateCommand(m_doc.get(), map, QStringLiteral("Loop")));
    for (const char *key : {"parallel", "map", "parallel"})
        add(key);
    m_scene->flush();
    // Palette containers are real containers: branches drawn, states addressable.
    QCOMPARE(m_doc->node(parallel)->subMachines.size(), size_t(1));
    QCOMPARE(m_scene->nodeItem(parallel)->branches().size(), 1);
    QStringList names;
    for (const MachineRef &ref : m_doc->machines())
        for (const Node &n : m_doc->machine(ref)->nodes)
            if (!n.asl.type.isEmpty())
                names.append(n.asl.name);
    QCOMPARE(names.size(), 7 + 5 * 2); // the fixture's and five containers with one state each
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    const QByteArray text = QByteArray::fromStdString(AslWriter::toJson(m_doc->data()).dump(2));
    AslReader::Result r = AslReader::readJson(text);
    QVERIFY(r.document);
    Workflow back(*r.document);
    QStringList read;
    for (const MachineRef &ref : back.machines())
        for (const Node &n : back.machine(ref)->nodes)
            if (!n.asl.type.isEmpty())
                read.append(n.asl.name);
    std::sort(names.begin(), names.end());
    std::sort(read.begin(), read.end());
    QCOMPARE(read, names);
}

QTEST_MAIN(TestContainerEdit)
#include "tst_containeredit.moc"
