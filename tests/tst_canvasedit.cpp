#include "asl/aslreader.h"
#include "asl/aslwriter.h"
#include "clipboard/stateclipboard.h"
#include "palette/palettewidget.h"
#include "problems/problemmarkers.h"
#include "problems/problemspanel.h"
#include "scene/branchitem.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/edgeitem.h"
#include "scene/nodeitem.h"
#include "scene/problembadge.h"
#include "scene/scenecontextmenu.h"
#include "scene/sceneeditor.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QClipboard>
#include <QGraphicsView>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>
#include <QtTest>

using namespace stepwise;

// GUI tests of the canvas's editing beyond moving and connecting: clipboard (keys on the
// view), arrange, an edge's ASL meaning from its context menu, and problem markers.
class TestCanvasEdit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void copyPasteKeepsEdgesAmongThemAndRenames();
    void pasteTwiceOffsetsAndUndoesInOneStepEach();
    void cutThenPasteKeepsTheName();
    void duplicateIsOneStep();
    void pasteIntoAnotherWindow();
    void pasteAslTextFromOutsideAndRefuseGarbage();
    void alignAndDistribute();
    void edgeMenuMakesDefaultARuleAndBack();
    void catchEdgeErrorsAndStyle();
    void problemMarkersFollowEdits();
    void paletteDropIntoParallelBranch();
    void secondNextIsRefusedWithTheReason();

private:
    Id state(const char *name) const
    {
        const Node *n = m_doc->stateNamed(QString::fromLatin1(name));
        return n ? n->id : NoId;
    }
    QPoint centreOf(Id id) const
    {
        return m_view->mapFromScene(m_scene->nodeItem(id)->sceneBoundingRect().center());
    }
    void click(Id id, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, mods, centreOf(id));
    }
    void key(int k, Qt::KeyboardModifiers mods = Qt::ControlModifier)
    {
        QTest::keyClick(m_view->viewport(), Qt::Key(k), mods);
        m_scene->flush();
    }
    OrderedJson asl() const { return AslWriter::toJson(m_doc->data()); }

    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<DiagramScene> m_scene;
    std::unique_ptr<QGraphicsView> m_view;
};

static const char machine[] = R"({
  "StartAt": "Load",
  "States": {
    "Load": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f",
             "Next": "Route",
             "Catch": [{"ErrorEquals": ["States.Timeout"], "Next": "Broken"}]},
    "Route": {"Type": "Choice",
      "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Save"}],
      "Default": "Broken"},
    "Save": {"Type": "Pass", "Next": "Done"},
    "Done": {"Type": "Succeed"},
    "Broken": {"Type": "Fail", "Error": "E"}
  }
})";

void TestCanvasEdit::init()
{
    AslReader::Result r = AslReader::readJson(QByteArray(machine));
    QVERIFY(r.document);
    m_doc = std::make_unique<Workflow>(*r.document);
    m_stack = std::make_unique<QUndoStack>();
    m_scene = std::make_unique<DiagramScene>(m_doc.get());
    m_scene->setUndoStack(m_stack.get());
    m_view = std::make_unique<QGraphicsView>(m_scene.get());
    m_view->resize(1400, 800);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
    m_scene->flush();
    QGuiApplication::clipboard()->clear();
}

void TestCanvasEdit::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_stack.reset();
    m_doc.reset();
}

void TestCanvasEdit::copyPasteKeepsEdgesAmongThemAndRenames()
{
    click(state("Save"));
    click(state("Done"), Qt::ControlModifier);
    QCOMPARE(m_scene->selectedNodes().size(), 2);
    key(Qt::Key_C);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(StateClipboard::mimeType()));
    // A text editor gets FlowZap Code; JSON-aware ones get the ASL.
    QVERIFY(mime->text().contains(QLatin1String("Save")));
    const OrderedJson copied = OrderedJson::parse(mime->data(QStringLiteral("application/json")));
    QCOMPARE(copied["StartAt"].get<std::string>(), std::string("Save"));
    QCOMPARE(copied["States"]["Save"]["Next"].get<std::string>(), std::string("Done"));
    const int before = m_stack->count();
    const size_t nodes = m_doc->data().nodes.size();
    key(Qt::Key_V);
    QCOMPARE(m_stack->count(), before + 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Paste 2 states"));
    QCOMPARE(m_doc->data().nodes.size(), nodes + 2);
    const OrderedJson def = asl();
    QCOMPARE(def["States"]["Save 2"]["Next"].get<std::string>(), std::string("Done 2"));
    QCOMPARE(def["States"]["Done 2"]["Type"].get<std::string>(), std::string("Succeed"));
    // The edge among them is on the canvas too, and the pasted states are the selection.
    const Id save2 = state("Save 2"), done2 = state("Done 2");
    QCOMPARE(m_doc->data().edgesFrom(save2).size(), 1);
    QCOMPARE(m_doc->edge(m_doc->data().edgesFrom(save2).front())->to, done2);
    QVERIFY(m_scene->nodeItem(save2) && m_scene->nodeItem(save2)->isSelected());
    m_stack->undo();
    QCOMPARE(m_doc->data().nodes.size(), nodes);
    QCOMPARE(state("Save 2"), NoId);
}

void TestCanvasEdit::pasteTwiceOffsetsAndUndoesInOneStepEach()
{
    click(state("Save"));
    key(Qt::Key_C);
    const QPointF at =
        m_scene->nodeItem(state("Done"))->sceneBoundingRect().bottomRight() + QPointF(200, 0);
    QVERIFY(m_scene->editor()->pasteAt(at));
    QVERIFY(m_scene->editor()->pasteAt(at));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Paste 1 state"));
    const QRectF first = m_scene->nodeItem(state("Save 2"))->sceneBoundingRect();
    const QRectF second = m_scene->nodeItem(state("Save 3"))->sceneBoundingRect();
    QVERIFY2(second.left() > first.left() && second.top() > first.top(),
             "a repeated paste is offset");
    QVERIFY(std::abs(first.left() - (at.x() - 40)) < 12); // at the paste point (grid aside)
    m_stack->undo();
    QCOMPARE(state("Save 3"), NoId);
    QVERIFY(state("Save 2") != NoId);
}

void TestCanvasEdit::cutThenPasteKeepsTheName()
{
    const Id save = state("Save");
    click(save);
    key(Qt::Key_X);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Cut 1 state"));
    QCOMPARE(state("Save"), NoId);
    // Its incoming rule went with it; pasting gives the name back (it is free again).
    key(Qt::Key_V);
    QVERIFY(state("Save") != NoId);
    QVERIFY(state("Save") != save);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(state("Save"), save);
    QCOMPARE(asl()["States"]["Route"]["Choices"][0]["Next"].get<std::string>(),
             std::string("Save"));
}

void TestCanvasEdit::duplicateIsOneStep()
{
    const QByteArray before = AslWriter::writeJson(m_doc->data()).bytes;
    click(state("Route"));
    key(Qt::Key_D);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Duplicate 1 state"));
    const Id copy = state("Route 2");
    QVERIFY(copy != NoId);
    QCOMPARE(m_doc->node(copy)->asl.type, QStringLiteral("Choice"));
    // Its rule and Default named states outside the copy: they were dropped.
    QVERIFY(m_doc->data().edgesFrom(copy).isEmpty());
    QVERIFY(m_scene->nodeItem(copy)->isSelected());
    m_stack->undo();
    QCOMPARE(AslWriter::writeJson(m_doc->data()).bytes, before);
}

void TestCanvasEdit::pasteIntoAnotherWindow()
{
    click(state("Save"));
    click(state("Done"), Qt::ControlModifier);
    key(Qt::Key_C);
    // A second window with its own document (one lane, no states of those names).
    Workflow other;
    const Id lane = other.addLane(QStringLiteral("ops"), QStringLiteral("Ops"));
    QUndoStack stack;
    DiagramScene scene(&other);
    scene.setUndoStack(&stack);
    QGraphicsView view(&scene);
    view.resize(800, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    scene.flush();
    QVERIFY(scene.editor()->pasteAt(scene.layout().lanes.value(lane).band.center()));
    QCOMPARE(stack.undoText(), QStringLiteral("Paste 2 states"));
    QVERIFY(other.stateNamed(QStringLiteral("Save")));
    const Id save = other.stateNamed(QStringLiteral("Save"))->id;
    QCOMPARE(other.data().edgesFrom(save).size(), 1);
    QCOMPARE(other.node(save)->lane, lane);
}

void TestCanvasEdit::pasteAslTextFromOutsideAndRefuseGarbage()
{
    QGuiApplication::clipboard()->setText(
        QStringLiteral(R"({"StartAt": "Ask", "States": {"Ask": {"Type": "Pass", "Next": "Tell"},)"
                       R"( "Tell": {"Type": "Pass", "End": true}}})"));
    const size_t nodes = m_doc->data().nodes.size();
    QVERIFY(m_scene->editor()->pasteAt(QPointF(200, 100)));
    QCOMPARE(m_doc->data().nodes.size(), nodes + 2); // the text's start/end markers stay out
    QCOMPARE(asl()["States"]["Ask"]["Next"].get<std::string>(), std::string("Tell"));
    const int count = m_stack->count();
    QSignalSpy refused(m_scene->editor(), &SceneEditor::refused);
    QGuiApplication::clipboard()->setText(QStringLiteral("{ not json"));
    QVERIFY(!m_scene->editor()->pasteAt(QPointF(200, 100)));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(m_stack->count(), count);
    QCOMPARE(m_doc->data().nodes.size(), nodes + 2);
}

void TestCanvasEdit::alignAndDistribute()
{
    const Id load = state("Load"), save = state("Save"), done = state("Done");
    click(load);
    click(save, Qt::ControlModifier);
    click(done, Qt::ControlModifier);
    QCOMPARE(m_scene->selectedNodes().size(), 3);
    auto rect = [&](Id id) { return m_scene->nodeItem(id)->sceneBoundingRect(); };
    const QRectF before = rect(save);
    QVERIFY(m_scene->editor()->align(Qt::AlignTop));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Align 3 states top"));
    QCOMPARE(rect(load).top(), rect(save).top());
    QCOMPARE(rect(save).top(), rect(done).top());
    // Distribute: equal gaps between neighbours, left to right.
    QVERIFY(m_scene->editor()->distribute(Qt::Horizontal));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Distribute 3 states horizontally"));
    QVector<QRectF> rs{rect(load), rect(save), rect(done)};
    std::sort(rs.begin(), rs.end(), [](auto &a, auto &b) { return a.left() < b.left(); });
    QVERIFY(std::abs((rs[1].left() - rs[0].right()) - (rs[2].left() - rs[1].right())) < 1.5);
    m_stack->undo();
    m_stack->undo();
    m_scene->flush();
    QCOMPARE(rect(save), before);
    // Refused cleanly with one state.
    key(Qt::Key_Escape, Qt::NoModifier);
    click(load);
    QCOMPARE(m_scene->selectedNodes().size(), 1);
    QSignalSpy refused(m_scene->editor(), &SceneEditor::refused);
    const int count = m_stack->count();
    QVERIFY(!m_scene->editor()->align(Qt::AlignLeft));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(m_stack->count(), count);
}

static QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

void TestCanvasEdit::edgeMenuMakesDefaultARuleAndBack()
{
    const Id route = state("Route");
    Id def = NoId;
    for (Id e : m_doc->data().edgesFrom(route))
        if (m_doc->edge(e)->meaning.kind == EdgeMeaning::Kind::Default)
            def = e;
    QVERIFY(def != NoId);
    EdgeItem *item = m_scene->edgeItem(def);
    QVERIFY(item);
    const QPolygonF &pts = item->geometry().points;
    const QPointF on = (pts[0] + pts[1]) / 2;
    std::unique_ptr<QMenu> menu(SceneContextMenu::build(m_scene.get(), on));
    QVERIFY(item->isSelected());
    QAction *rule = actionNamed(menu.get(), QStringLiteral("New rule"));
    QVERIFY(rule && rule->isEnabled());
    QVERIFY(actionNamed(menu.get(), QStringLiteral("Default"))->isChecked());
    rule->trigger();
    m_scene->flush();
    OrderedJson d = asl();
    QVERIFY(!d["States"]["Route"].contains("Default"));
    QCOMPARE(d["States"]["Route"]["Choices"].size(), size_t(2));
    QCOMPARE(d["States"]["Route"]["Choices"][1]["Next"].get<std::string>(), std::string("Broken"));
    QCOMPARE(int(m_doc->edge(def)->meaning.kind), int(EdgeMeaning::Kind::Choice));
    QVERIFY(m_stack->undoText().startsWith(QLatin1String("Make Route")));
    // And back to Default through the menu again.
    menu.reset(SceneContextMenu::build(m_scene.get(), on));
    actionNamed(menu.get(), QStringLiteral("Default"))->trigger();
    d = asl();
    QCOMPARE(d["States"]["Route"]["Default"].get<std::string>(), std::string("Broken"));
    QCOMPARE(d["States"]["Route"]["Choices"].size(), size_t(1));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(asl(), AslWriter::toJson(AslReader::readJson(QByteArray(machine)).document.value()));
}

void TestCanvasEdit::catchEdgeErrorsAndStyle()
{
    const Id load = state("Load");
    Id caught = NoId;
    for (Id e : m_doc->data().edgesFrom(load))
        if (m_doc->edge(e)->meaning.kind == EdgeMeaning::Kind::Catch)
            caught = e;
    QVERIFY(caught != NoId);
    QVERIFY(m_scene->editor()->setCatchErrors(
        caught, {QStringLiteral("States.Timeout"), QStringLiteral(" States.TaskFailed")}));
    const OrderedJson errors = asl()["States"]["Load"]["Catch"][0]["ErrorEquals"];
    QCOMPARE(errors.size(), size_t(2));
    QCOMPARE(errors[1].get<std::string>(), std::string("States.TaskFailed"));
    // The canvas labels the catch with its errors.
    m_scene->flush();
    QVERIFY(m_scene->edgeItem(caught)->label().contains(QLatin1String("States.TaskFailed")));
    QVERIFY(!m_scene->editor()->setCatchErrors(caught, {}));
    // The Catch edge and the Next edge look different on the canvas.
    Id next = NoId;
    for (Id e : m_doc->data().edgesFrom(load))
        if (m_doc->edge(e)->meaning.kind == EdgeMeaning::Kind::Next)
            next = e;
    auto render = [&](Id e) {
        EdgeItem *item = m_scene->edgeItem(e);
        QImage img(item->boundingRect().size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.translate(-item->boundingRect().topLeft());
        QStyleOptionGraphicsItem option;
        item->paint(&p, &option, nullptr);
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                if (qAlpha(img.pixel(x, y)) == 255)
                    colours.insert(img.pixel(x, y));
        return colours;
    };
    QVERIFY(render(caught).contains(DiagramStyle::catchEdge().rgba()));
    QVERIFY(!render(next).contains(DiagramStyle::catchEdge().rgba()));
}

void TestCanvasEdit::problemMarkersFollowEdits()
{
    SelectionModel selection;
    ProblemsPanel panel(m_doc.get(), m_stack.get(), &selection);
    panel.setDebounce(0);
    ProblemMarkers markers(&panel, m_scene.get());
    QSignalSpy changed(&panel, &ProblemsPanel::problemsChanged);
    // An orphan Pass: unreachable, so a warning marker.
    QGuiApplication::clipboard()->setText(QStringLiteral(
        R"({"StartAt": "Orphan", "States": {"Orphan": {"Type": "Pass", "End": true}}})"));
    QVERIFY(m_scene->editor()->pasteAt(QPointF(300, 60)));
    const Id orphan = state("Orphan");
    QTRY_VERIFY(panel.severities().contains(orphan));
    QTRY_VERIFY(markers.count() >= 1);
    ProblemBadge *badge = nullptr;
    for (QGraphicsItem *child : m_scene->nodeItem(orphan)->childItems())
        if (child->type() == ProblemBadge::Type)
            badge = static_cast<ProblemBadge *>(child);
    QVERIFY(badge);
    QVERIFY(!badge->toolTip().isEmpty());
    QCOMPARE(int(badge->severity()), int(panel.severities().value(orphan)));
    // Removing it removes its marker.
    m_stack->undo();
    QTRY_VERIFY(!panel.severities().contains(orphan));
    QTRY_COMPARE(markers.count(), 0);
}

static const char parallel[] = R"({
  "StartAt": "Fan",
  "States": {
    "Fan": {"Type": "Parallel", "End": true, "Branches": [
      {"StartAt": "A1", "States": {"A1": {"Type": "Pass", "End": true}}},
      {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}]}
  }
})";

void TestCanvasEdit::paletteDropIntoParallelBranch()
{
    Workflow doc(*AslReader::readJson(QByteArray(parallel)).document);
    QUndoStack stack;
    DiagramScene scene(&doc);
    scene.setUndoStack(&stack);
    QGraphicsView view(&scene);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    scene.flush();
    const Id fan = doc.stateNamed(QStringLiteral("Fan"))->id;
    const Id a1 = doc.stateNamed(QStringLiteral("A1"))->id;
    BranchItem *branch = nullptr;
    for (QGraphicsItem *item : scene.items())
        if (auto *b = qgraphicsitem_cast<BranchItem *>(item); b && b->nodeItem(a1))
            branch = b;
    QVERIFY(branch);
    const int rootItems = scene.nodeCount();
    // A palette drop on the branch, beside its state.
    const QPoint pos =
        view.mapFromScene(branch->sceneBoundingRect().bottomLeft() + QPointF(14, -10));
    std::unique_ptr<QMimeData> mime(PaletteWidget::mimeData(QStringLiteral("pass")));
    QDragEnterEvent enter(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &drop);
    scene.flush();
    QCOMPARE(stack.count(), 1);
    const Node *added = doc.stateNamed(QStringLiteral("Pass"));
    QVERIFY(added);
    const Id id = added->id;
    QCOMPARE(doc.parentNode(id), fan);
    QCOMPARE(doc.machineOf(id)->branch, doc.machineOf(a1)->branch);
    // Drawn inside the branch, not as a stray root item.
    QCOMPARE(scene.nodeCount(), rootItems);
    QVERIFY(branch->nodeItem(id) || [&] {
        for (QGraphicsItem *item : scene.items())
            if (auto *b = qgraphicsitem_cast<BranchItem *>(item); b && b->nodeItem(id))
                return true;
        return false;
    }());
    stack.undo();
    scene.flush();
    QVERIFY(!doc.node(id));
    for (QGraphicsItem *item : scene.items())
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item))
            QVERIFY(n->id() != id);
    QCOMPARE(scene.nodeCount(), rootItems);
}

void TestCanvasEdit::secondNextIsRefusedWithTheReason()
{
    // Save has its Next already: a second edge from it cannot mean Next, so it is refused,
    // nothing changes, and the message says why.
    const QByteArray before = AslWriter::writeJson(m_doc->data()).bytes;
    QSignalSpy refused(m_scene->editor(), &SceneEditor::refused);
    QVERIFY(
        !m_scene->editor()->connectStates(state("Save"), Side::Bottom, state("Broken"), Side::Top));
    QCOMPARE(refused.size(), 1);
    const QString message = refused.front().front().toString();
    QVERIFY2(message.contains(QLatin1String("Connect Save")) && message.contains(QLatin1Char(':')),
             qPrintable(message));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(AslWriter::writeJson(m_doc->data()).bytes, before);
}

QTEST_MAIN(TestCanvasEdit)
#include "tst_canvasedit.moc"
