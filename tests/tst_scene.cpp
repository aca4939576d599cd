#include "fz/fzreader.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/diagramview.h"
#include "scene/edgeitem.h"
#include "scene/laneitem.h"
#include "scene/nodeitem.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QtTest>

using namespace stepwise;

// The incremental scene: items are kept by id and only the ones a signal names change; the
// layout runs on open and on request, hand-set and kept places stay, selection goes both ways.
class TestScene : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void labelChangeKeepsItemsAndSelection();
    void newUnplacedStateGetsAPlaceOthersStay();
    void handSetPositionMovesOnlyItsEdges();
    void laneGrowsToHoldAState();
    void selectionModelBothWays();
    void resetRebuildsAndRelayouts();
    void viewPicturesFollowWhatStatesShow();

private:
    Id node(const char *label) const
    {
        for (const Node &n : m_doc->data().nodes)
            if (n.label == QLatin1String(label))
                return n.id;
        return NoId;
    }

    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<DiagramScene> m_scene;
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

void TestScene::init()
{
    m_scene.reset();
    FzReader::Result r = FzReader::read(QByteArray(source));
    QVERIFY(r.document);
    m_doc = std::make_unique<Workflow>(*r.document);
    m_scene = std::make_unique<DiagramScene>(m_doc.get());
}

void TestScene::labelChangeKeepsItemsAndSelection()
{
    const Id validate = node("Validate");
    NodeItem *item = m_scene->nodeItem(validate);
    NodeItem *pay = m_scene->nodeItem(node("Pay"));
    EdgeItem *far = m_scene->edgeItem(m_doc->data().edgesFrom(node("Pay")).first());
    const QRectF payRect = pay->geometry().rect;
    const QPolygonF farRoute = far->geometry().points;
    const QRectF before = item->geometry().rect;
    item->setSelected(true);
    item->setRunState(RunState::Active);
    QVERIFY(m_doc->setNodeLabel(validate, QStringLiteral("Validate the order")));
    QCOMPARE(m_scene->nodeItem(validate), item); // the same item, not a new one
    QVERIFY(item->isSelected());
    QCOMPARE(item->runState(), RunState::Active);
    QVERIFY(item->geometry().rect.width() > before.width());
    QCOMPARE(item->geometry().rect.topLeft(), before.topLeft()); // it grew in place
    // Nothing else moved: another lane's node and an edge far away are untouched.
    QCOMPARE(m_scene->nodeItem(node("Pay")), pay);
    QCOMPARE(pay->geometry().rect, payRect);
    QCOMPARE(far->geometry().points, farRoute);
}

void TestScene::newUnplacedStateGetsAPlaceOthersStay()
{
    QHash<Id, QRectF> before;
    for (const Node &n : m_doc->data().nodes)
        before.insert(n.id, m_scene->nodeItem(n.id)->geometry().rect);
    const Id lane = m_doc->data().lanes[1].id;
    const Id added = m_doc->addNode(lane, Shape::Rectangle, QStringLiteral("Archive"));
    m_doc->addEdge(node("Done"), Side::Right, added, Side::Left);
    NodeItem *item = m_scene->nodeItem(added);
    QVERIFY(item && item->isVisible());
    QVERIFY(m_scene->laneItem(lane)->geometry().band.contains(item->geometry().rect));
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        QCOMPARE(m_scene->nodeItem(it.key())->geometry().rect, it.value());
    for (const Node &n : m_doc->data().nodes)
        if (n.id != added)
            QVERIFY(!item->geometry().rect.intersects(m_scene->nodeItem(n.id)->geometry().rect));
}

void TestScene::handSetPositionMovesOnlyItsEdges()
{
    const Id pay = node("Pay");
    const Id lane = m_doc->data().lanes[1].id;
    const Id untouched = m_doc->data().edgesFrom(node("Start")).first();
    const QPolygonF route = m_scene->edgeItem(untouched)->geometry().points;
    const Id payOut = m_doc->data().edgesFrom(pay).first();
    const QPolygonF payRoute = m_scene->edgeItem(payOut)->geometry().points;
    const QRectF laneBand = m_scene->laneItem(lane)->geometry().band;
    QVERIFY(m_doc->setNodePosition(pay, QPointF(600, 40)));
    const QRectF r = m_scene->nodeItem(pay)->geometry().rect;
    // Relative to its lane's top.
    QCOMPARE(r.topLeft(), QPointF(600, laneBand.top() + 40));
    QVERIFY(m_scene->layout().nodes.value(pay).manual);
    QCOMPARE(m_scene->edgeItem(untouched)->geometry().points, route);
    QVERIFY(m_scene->edgeItem(payOut)->geometry().points != payRoute);
    QCOMPARE(m_scene->edgeItem(payOut)->geometry().points.first().x(), r.right());
}

void TestScene::laneGrowsToHoldAState()
{
    const Id sales = m_doc->data().lanes[0].id, finance = m_doc->data().lanes[1].id;
    const QRectF salesBand = m_scene->laneItem(sales)->geometry().band;
    const QRectF payRect = m_scene->nodeItem(node("Pay"))->geometry().rect;
    QVERIFY(m_doc->setNodePosition(node("Validate"), QPointF(300, salesBand.height() + 100)));
    const QRectF grown = m_scene->laneItem(sales)->geometry().band;
    QVERIFY(grown.height() > salesBand.height() + 100);
    QVERIFY(grown.contains(m_scene->nodeItem(node("Validate"))->geometry().rect));
    // The lane below moved down with its states.
    const qreal shift = grown.height() - salesBand.height();
    QCOMPARE(m_scene->laneItem(finance)->geometry().band.top(), grown.bottom());
    QCOMPARE(m_scene->nodeItem(node("Pay"))->geometry().rect, payRect.translated(0, shift));
    // And shrinks back when the state returns.
    QVERIFY(m_doc->setNodePosition(node("Validate"), std::nullopt));
    QCOMPARE(m_scene->laneItem(sales)->geometry().band, salesBand);
}

void TestScene::selectionModelBothWays()
{
    SelectionModel selection;
    m_scene->setSelectionModel(&selection);
    QSignalSpy changed(&selection, &SelectionModel::selectionChanged);
    m_scene->nodeItem(node("Pay"))->setSelected(true);
    QCOMPARE(selection.ids(), QVector<Id>{node("Pay")});
    QVERIFY(!changed.isEmpty());
    selection.select({node("Start"), node("Done")});
    QVERIFY(!m_scene->nodeItem(node("Pay"))->isSelected());
    QVERIFY(m_scene->nodeItem(node("Start"))->isSelected());
    QVERIFY(m_scene->nodeItem(node("Done"))->isSelected());
    const Id edge = m_doc->data().edges.front().id;
    selection.select({edge});
    QVERIFY(m_scene->edgeItem(edge)->isSelected());
    // A removed entity leaves the selection.
    selection.select({node("Pay")});
    const Id payEdge = m_doc->data().edgesFrom(node("Pay")).first();
    const Id into = m_doc->data().edgesTo(node("Pay")).first();
    QVERIFY(m_doc->removeEdge(payEdge) && m_doc->removeEdge(into));
    QVERIFY(m_doc->removeNode(node("Pay")));
    QVERIFY(selection.isEmpty());
}

void TestScene::resetRebuildsAndRelayouts()
{
    const Id pay = node("Pay");
    QVERIFY(m_doc->setNodePosition(pay, QPointF(900, 10)));
    WorkflowData copy = m_doc->data();
    copy.node(pay)->position.reset();
    m_doc->reset(copy);
    QCOMPARE(m_scene->nodeCount(), 5);
    QVERIFY(!m_scene->layout().nodes.value(pay).manual);
    QVERIFY(m_scene->nodeItem(pay)->geometry().rect.left() < 900);
}

// The view repaints states from pictures it keeps; a picture must follow what the state shows:
// another palette, a start marker that stops being one when an edge comes in, a new label.
void TestScene::viewPicturesFollowWhatStatesShow()
{
    DiagramStyle::setPalette(QPalette(QColor(0xEF, 0xF0, 0xF1)));
    DiagramView view(m_scene.get());
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resetZoom();
    const Id start = node("Start"), validate = node("Validate");
    view.centerOn(m_scene->nodeItem(validate));
    QCoreApplication::processEvents();
    auto pixel = [&](Id id) {
        const QRectF r = m_scene->nodeItem(id)->geometry().rect;
        // Inside the outline, left of the label.
        const QPoint at = view.mapFromScene(QPointF(r.left() + 8, r.center().y()));
        return view.viewport()->grab().toImage().pixelColor(at);
    };
    const QColor lightFill = pixel(validate);
    QVERIFY2(lightFill.lightness() > 180, qPrintable(lightFill.name()));
    const QColor startFill = pixel(start);

    QPalette dark(QColor(0x2B, 0x2F, 0x36));
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2F, 0x36));
    DiagramStyle::setPalette(dark);
    m_scene->update();
    QCoreApplication::processEvents();
    const QColor darkFill = pixel(validate);
    QVERIFY2(darkFill.lightness() < 100, qPrintable(darkFill.name()));
    DiagramStyle::setPalette(QPalette(QColor(0xEF, 0xF0, 0xF1)));
    m_scene->update();
    QCoreApplication::processEvents();
    QCOMPARE(pixel(validate), lightFill);

    // An edge into the start marker makes it a plain circle.
    QVERIFY(m_doc->addEdge(validate, Side::Top, start, Side::Top) != NoId);
    m_scene->flush();
    QCoreApplication::processEvents();
    QVERIFY2(pixel(start) != startFill, qPrintable(startFill.name()));
    DiagramStyle::setPalette(QGuiApplication::palette());
}

QTEST_MAIN(TestScene)
#include "tst_scene.moc"
