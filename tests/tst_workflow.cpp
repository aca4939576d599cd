#include "workflow.h"

#include <QSignalSpy>
#include <QtTest>

using namespace stepwise;

Q_DECLARE_METATYPE(stepwise::Workflow::Aspect)

namespace {

// A two-lane document built through the mutation API itself: a (n1 -> n2) and b (n3).
struct Fixture
{
    Workflow wf;
    Id laneA = NoId, laneB = NoId, n1 = NoId, n2 = NoId, n3 = NoId, e12 = NoId;
    Fixture()
    {
        laneA = wf.addLane(QStringLiteral("a"), QStringLiteral("Lane A"));
        laneB = wf.addLane(QStringLiteral("b"), QStringLiteral("Lane B"));
        n1 = wf.addNode(laneA, Shape::Circle, QStringLiteral("Start"));
        n2 = wf.addNode(laneA, Shape::Rectangle, QStringLiteral("Work"));
        n3 = wf.addNode(laneB, Shape::Diamond, QStringLiteral("OK?"));
        e12 = wf.addEdge(n1, Side::Right, n2, Side::Left);
    }
    const Lane &lane(Id id) const { return *wf.data().lane(id); }
    QVector<Statement::Kind> kinds(Id laneId) const
    {
        QVector<Statement::Kind> out;
        for (const Statement &s : lane(laneId).body)
            out.append(s.kind);
        return out;
    }
};

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qRegisterMetaType<stepwise::Workflow::Aspect>(); }

    void addsLanesInOrderWithUniqueKeys()
    {
        Fixture f;
        QCOMPARE(f.wf.data().lanes.size(), size_t(2));
        QCOMPARE(f.wf.data().lanes[0].key, QStringLiteral("a"));
        QSignalSpy added(&f.wf, &Workflow::laneAdded);
        const Id front = f.wf.addLane(QStringLiteral("front"), QStringLiteral("Front"), 0);
        QVERIFY(front != NoId);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().value<Id>(), front);
        QCOMPARE(f.wf.data().lanes[0].id, front);
        QCOMPARE(f.wf.data().topLevel.front().ref, front); // text order follows lane order
        QCOMPARE(f.wf.addLane(QStringLiteral("a"), QStringLiteral("Again")), NoId);
        QVERIFY(f.wf.lastError().contains(QStringLiteral("already exists")));
        QCOMPARE(f.wf.addLane(QStringLiteral("has space"), QStringLiteral("X")), NoId);
        QCOMPARE(f.wf.data().lanes.size(), size_t(3));
    }

    void removesOnlyEmptyLanes()
    {
        Fixture f;
        QVERIFY(!f.wf.removeLane(f.laneB));
        QVERIFY(f.wf.lastError().contains(QStringLiteral("empty")));
        const Id empty = f.wf.addLane(QStringLiteral("c"), QStringLiteral("C"));
        QSignalSpy removed(&f.wf, &Workflow::laneRemoved);
        QVERIFY(f.wf.removeLane(empty));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!f.wf.data().lane(empty));
        QVERIFY(!f.wf.removeLane(empty));
    }

    void renamesLanesAndForgetsTheirHeaderText()
    {
        Fixture f;
        const Id e31 = f.wf.addEdge(f.n3, Side::Top, f.n1, Side::Bottom);
        f.wf.reset([&] {
            WorkflowData d = f.wf.data();
            d.lane(f.laneA)->headerSource = QStringLiteral("a { # Lane A\n");
            d.edge(f.e12)->source = QStringLiteral("n1.handle(right) -> n2.handle(left)\n");
            d.edge(e31)->source = QStringLiteral("n3.handle(top) -> a.n1.handle(bottom)\n");
            return d;
        }());
        QSignalSpy changed(&f.wf, &Workflow::laneChanged);
        QVERIFY(f.wf.setLaneTitle(f.laneA, QStringLiteral("Sales")));
        QCOMPARE(f.lane(f.laneA).title, QStringLiteral("Sales"));
        QVERIFY(f.lane(f.laneA).headerSource.isEmpty());
        QCOMPARE(changed.last().at(1).value<Workflow::Aspect>(), Workflow::Aspect::Title);
        QVERIFY(f.wf.setLaneKey(f.laneA, QStringLiteral("sales")));
        QCOMPARE(f.lane(f.laneA).key, QStringLiteral("sales"));
        QCOMPARE(changed.last().at(1).value<Workflow::Aspect>(), Workflow::Aspect::Key);
        // The cross-lane edge spells the renamed key, so its text must be regenerated; the edge
        // inside the lane does not and keeps its text.
        QVERIFY(f.wf.data().edge(e31)->source.isEmpty());
        QVERIFY(!f.wf.data().edge(f.e12)->source.isEmpty());
        QVERIFY(!f.wf.setLaneKey(f.laneA, QStringLiteral("b")));
        QVERIFY(!f.wf.setLaneKey(f.laneA, QString()));
        QVERIFY(!f.wf.setLaneTitle(12345, QStringLiteral("x")));
    }

    void movesLanesAndTheirTextTogether()
    {
        Fixture f;
        QVERIFY(f.wf.moveLane(f.laneB, 0));
        QCOMPARE(f.wf.data().lanes[0].id, f.laneB);
        QCOMPARE(f.wf.data().topLevel[0].ref, f.laneB);
        QCOMPARE(f.wf.data().topLevel[1].ref, f.laneA);
        QVERIFY(!f.wf.moveLane(f.laneB, 7));
    }

    void addsNodesWithFreshFlowZapIds()
    {
        Fixture f;
        QCOMPARE(f.wf.data().node(f.n1)->fzId, QStringLiteral("n1"));
        QCOMPARE(f.wf.data().node(f.n3)->fzId, QStringLiteral("n3"));
        QCOMPARE(f.kinds(f.laneA),
                 (QVector<Statement::Kind>{Statement::Kind::Node, Statement::Kind::Node,
                                           Statement::Kind::Edge}));
        QSignalSpy added(&f.wf, &Workflow::nodeAdded);
        const Id n4 = f.wf.addNode(f.laneA, Shape::Taskbox, QStringLiteral("Approve"));
        QCOMPARE(added.count(), 1);
        QCOMPARE(f.wf.data().node(n4)->fzId, QStringLiteral("n4"));
        // A new node goes after the lane's last node, before its edges.
        QCOMPARE(f.kinds(f.laneA)[2], Statement::Kind::Node);
        QCOMPARE(f.lane(f.laneA).body[2].ref, n4);
        QCOMPARE(f.wf.addNode(999, Shape::Circle, QStringLiteral("x")), NoId);
    }

    void refusesToRemoveAConnectedNodeAndRestoresOneWithItsId()
    {
        Fixture f;
        QVERIFY(!f.wf.removeNode(f.n2));
        QVERIFY(f.wf.lastError().contains(QStringLiteral("edges")));
        QVERIFY(f.wf.removeEdge(f.e12));
        const Node snapshot = *f.wf.data().node(f.n2);
        const StatementPlace place = f.wf.placeOf(Statement::Kind::Node, f.n2);
        QCOMPARE(place.lane, f.laneA);
        QCOMPARE(place.index, 1);
        QSignalSpy removed(&f.wf, &Workflow::nodeRemoved);
        QVERIFY(f.wf.removeNode(f.n2));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!f.wf.data().node(f.n2));
        QVERIFY(f.wf.insertNode(snapshot, place));
        QCOMPARE(f.wf.data().node(f.n2)->label, QStringLiteral("Work"));
        QCOMPARE(f.wf.placeOf(Statement::Kind::Node, f.n2).index, 1);
        QVERIFY(!f.wf.insertNode(snapshot, place)); // the id is taken now
    }

    void editsNodeFieldsAndForgetsTheirSource_data()
    {
        QTest::addColumn<int>("aspect");
        QTest::newRow("label") << int(Workflow::Aspect::Label);
        QTest::newRow("shape") << int(Workflow::Aspect::Shape);
        QTest::newRow("taskbox") << int(Workflow::Aspect::Taskbox);
        QTest::newRow("lane") << int(Workflow::Aspect::Lane);
        QTest::newRow("fzId") << int(Workflow::Aspect::FzId);
    }
    void editsNodeFieldsAndForgetsTheirSource()
    {
        QFETCH(int, aspect);
        Fixture f;
        WorkflowData d = f.wf.data();
        d.node(f.n2)->source = QStringLiteral("n2: rectangle label:\"Work\"\n");
        d.edge(f.e12)->source = QStringLiteral("n1.handle(right) -> n2.handle(left)\n");
        f.wf.reset(d);
        QSignalSpy changed(&f.wf, &Workflow::nodeChanged);
        const Node *n = nullptr;
        switch (Workflow::Aspect(aspect)) {
        case Workflow::Aspect::Label:
            QVERIFY(f.wf.setNodeLabel(f.n2, QStringLiteral("Done")));
            QCOMPARE(f.wf.data().node(f.n2)->label, QStringLiteral("Done"));
            break;
        case Workflow::Aspect::Shape:
            QVERIFY(f.wf.setNodeShape(f.n2, Shape::Diamond));
            QCOMPARE(f.wf.data().node(f.n2)->shape, Shape::Diamond);
            break;
        case Workflow::Aspect::Taskbox:
            QVERIFY(f.wf.setNodeTaskbox(f.n2, QStringLiteral("Ann"), QStringLiteral("Check"),
                                        QStringLiteral("CRM")));
            n = f.wf.data().node(f.n2);
            QCOMPARE(n->owner, QStringLiteral("Ann"));
            QCOMPARE(n->system, QStringLiteral("CRM"));
            break;
        case Workflow::Aspect::Lane:
            QVERIFY(f.wf.setNodeLane(f.n2, f.laneB));
            QCOMPARE(f.wf.data().node(f.n2)->lane, f.laneB);
            QCOMPARE(f.wf.placeOf(Statement::Kind::Node, f.n2).lane, f.laneB);
            QVERIFY(f.wf.data().edge(f.e12)->source.isEmpty()); // now a cross-lane edge
            break;
        case Workflow::Aspect::FzId:
            QVERIFY(!f.wf.setNodeFzId(f.n2, QStringLiteral("n1")));
            QVERIFY(f.wf.setNodeFzId(f.n2, QStringLiteral("n9")));
            QVERIFY(f.wf.data().edge(f.e12)->source.isEmpty());
            break;
        default:
            QFAIL("unexpected row");
        }
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<Id>(), f.n2);
        QCOMPARE(changed.first().at(1).value<Workflow::Aspect>(), Workflow::Aspect(aspect));
        // Any edit of the node's own statement makes its old text stale; a lane move keeps the
        // statement's text (it is written in the new lane as it was).
        QCOMPARE(f.wf.data().node(f.n2)->source.isEmpty(),
                 Workflow::Aspect(aspect) != Workflow::Aspect::Lane);
    }

    void unchangedValuesEmitNothing()
    {
        Fixture f;
        QSignalSpy changed(&f.wf, &Workflow::nodeChanged);
        QVERIFY(f.wf.setNodeLabel(f.n2, QStringLiteral("Work")));
        QVERIFY(f.wf.setNodeShape(f.n2, Shape::Rectangle));
        QVERIFY(f.wf.setNodeLane(f.n2, f.laneA));
        QCOMPARE(changed.count(), 0);
    }

    void positionAndAslAreDocumentData()
    {
        Fixture f;
        QSignalSpy changed(&f.wf, &Workflow::nodeChanged);
        QVERIFY(f.wf.setNodePosition(f.n2, QPointF(40, 80)));
        QCOMPARE(*f.wf.data().node(f.n2)->position, QPointF(40, 80));
        QVERIFY(f.wf.setNodePosition(f.n2, std::nullopt));
        QVERIFY(!f.wf.data().node(f.n2)->position);
        AslState asl;
        asl.name = QStringLiteral("Work");
        asl.type = QStringLiteral("Pass");
        asl.fields = OrderedJson::parse(R"({"Type":"Pass","Next":"B","Result":{"z":1,"a":2}})");
        QVERIFY(f.wf.setNodeAsl(f.n2, asl));
        QCOMPARE(f.wf.data().node(f.n2)->asl.fields.dump(),
                 std::string(R"({"Type":"Pass","Next":"B","Result":{"z":1,"a":2}})"));
        AslState clash = asl;
        QVERIFY(!f.wf.setNodeAsl(f.n3, clash)); // state names are unique
        WorkflowData branch;
        branch.aslTop = OrderedJson::parse(R"({"StartAt":"X"})");
        QVERIFY(f.wf.setNodeSubMachines(f.n2, {branch}));
        QCOMPARE(f.wf.data().node(f.n2)->subMachines.size(), size_t(1));
        QCOMPARE(changed.count(), 4);
        QCOMPARE(changed.last().at(1).value<Workflow::Aspect>(), Workflow::Aspect::SubMachines);
    }

    void edgesJoinExistingNodes()
    {
        Fixture f;
        QSignalSpy added(&f.wf, &Workflow::edgeAdded);
        const Id e = f.wf.addEdge(f.n2, Side::Bottom, f.n3, Side::Top, QStringLiteral("Go"));
        QVERIFY(e != NoId);
        QCOMPARE(added.count(), 1);
        QVERIFY(f.wf.data().edge(e)->hasLabel);
        QCOMPARE(f.wf.placeOf(Statement::Kind::Edge, e).lane, f.laneA); // its source's lane
        QCOMPARE(f.wf.addEdge(f.n2, Side::Right, 4242, Side::Left), NoId);
        QSignalSpy changed(&f.wf, &Workflow::edgeChanged);
        QVERIFY(f.wf.setEdgeLabel(e, QString(), true));
        QVERIFY(f.wf.data().edge(e)->hasLabel); // `[label=""]` stays distinct from no label
        QVERIFY(f.wf.setEdgeLabel(e, QString(), false));
        QVERIFY(!f.wf.data().edge(e)->hasLabel);
        QVERIFY(f.wf.setEdgeEnds(e, f.n3, Side::Left, f.n1, Side::Bottom));
        QCOMPARE(f.wf.data().edge(e)->from, f.n3);
        QCOMPARE(f.wf.placeOf(Statement::Kind::Edge, e).lane, f.laneB); // followed its source
        QCOMPARE(changed.count(), 3);
        QVERIFY(!f.wf.setEdgeEnds(e, f.n3, Side::Left, 777, Side::Top));
        QSignalSpy removed(&f.wf, &Workflow::edgeRemoved);
        QVERIFY(f.wf.removeEdge(e));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!f.wf.removeEdge(e));
    }

    void loopsNeedTwoExistingNodes()
    {
        Fixture f;
        QCOMPARE(f.wf.addLoop(QStringLiteral("retry"), {f.n1}), NoId);
        QCOMPARE(f.wf.addLoop(QStringLiteral("retry"), {f.n1, 555}), NoId);
        QSignalSpy added(&f.wf, &Workflow::loopAdded);
        const Id l = f.wf.addLoop(QStringLiteral("retry"), {f.n1, f.n2});
        QVERIFY(l != NoId);
        QCOMPARE(added.count(), 1);
        QCOMPARE(f.lane(f.laneA).body.back().kind, Statement::Kind::Loop); // last in its lane
        QSignalSpy changed(&f.wf, &Workflow::loopChanged);
        QVERIFY(f.wf.setLoopCondition(l, QStringLiteral("until valid")));
        QVERIFY(f.wf.setLoopNodes(l, {f.n1, f.n2, f.n3}));
        QCOMPARE(f.wf.data().loop(l)->nodes.size(), 3);
        QVERIFY(!f.wf.setLoopNodes(l, {f.n1}));
        QCOMPARE(changed.count(), 2);
        QVERIFY(!f.wf.removeNode(f.n3)); // still named by the loop
        QVERIFY(f.wf.lastError().contains(QStringLiteral("loops")));
        QSignalSpy removed(&f.wf, &Workflow::loopRemoved);
        QVERIFY(f.wf.removeLoop(l));
        QCOMPARE(removed.count(), 1);
        QVERIFY(f.wf.data().loops.empty());
    }

    void removedEntitiesComeBackWithTheirIdsAndPlaces()
    {
        // What an undo of a delete does: put back the same lane, edge and loop where they were.
        Fixture f;
        const Id loop = f.wf.addLoop(QStringLiteral("retry"), {f.n1, f.n2});
        const Edge edge = *f.wf.data().edge(f.e12);
        const StatementPlace edgePlace = f.wf.placeOf(Statement::Kind::Edge, f.e12);
        const Loop loopCopy = *f.wf.data().loop(loop);
        const StatementPlace loopPlace = f.wf.placeOf(Statement::Kind::Loop, loop);
        QVERIFY(f.wf.removeLoop(loop));
        QVERIFY(f.wf.removeEdge(f.e12));
        QVERIFY(f.wf.insertEdge(edge, edgePlace));
        QVERIFY(f.wf.insertLoop(loopCopy, loopPlace));
        QCOMPARE(f.wf.data().edge(f.e12)->to, f.n2);
        QCOMPARE(f.wf.placeOf(Statement::Kind::Edge, f.e12).index, edgePlace.index);
        QCOMPARE(f.wf.data().loop(loop)->condition, QStringLiteral("retry"));
        QCOMPARE(f.wf.placeOf(Statement::Kind::Loop, loop).index, loopPlace.index);
        QVERIFY(!f.wf.insertEdge(edge, edgePlace)); // ids are never used twice
        QVERIFY(!f.wf.insertLoop(loopCopy, loopPlace));

        const Id empty = f.wf.addLane(QStringLiteral("c"), QStringLiteral("C"), 1);
        const Lane laneCopy = *f.wf.data().lane(empty);
        QVERIFY(f.wf.removeLane(empty));
        QVERIFY(f.wf.insertLane(laneCopy, 1));
        QCOMPARE(f.wf.data().lanes[1].id, empty);
        QCOMPARE(f.wf.data().topLevel[1].ref, empty);
        QVERIFY(!f.wf.insertLane(laneCopy, 1));
        // A restored entity keeps later allocations clear of its id.
        QVERIFY(f.wf.addNode(f.laneA, Shape::Circle, QStringLiteral("x")) > empty);
    }

    void resetReplacesEverythingAndSaysSo()
    {
        Fixture f;
        QSignalSpy about(&f.wf, &Workflow::aboutToReset);
        QSignalSpy reset(&f.wf, &Workflow::documentReset);
        f.wf.reset(WorkflowData{});
        QCOMPARE(about.count(), 1);
        QCOMPARE(reset.count(), 1);
        QVERIFY(f.wf.data().nodes.empty());
    }

    void documentWideFields()
    {
        Fixture f;
        QSignalSpy changed(&f.wf, &Workflow::documentChanged);
        f.wf.setAslTop(OrderedJson::parse(R"({"Comment":"c","StartAt":"A","States":null})"));
        f.wf.setSavedInputs(OrderedJson::parse(R"({"happy":{"x":1}})"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(f.wf.data().savedInputs["happy"]["x"].get<int>(), 1);
        QCOMPARE(f.wf.data().aslTop.begin().key(), std::string("Comment"));
    }

    void lookupCacheSurvivesRemovalAndCopies()
    {
        Fixture f;
        QVERIFY(f.wf.removeEdge(f.e12));
        QVERIFY(f.wf.removeNode(f.n1));
        WorkflowData copy = f.wf.data();
        QCOMPARE(copy.node(f.n2)->label, QStringLiteral("Work"));
        QCOMPARE(copy.node(f.n3)->label, QStringLiteral("OK?"));
        QVERIFY(!copy.node(f.n1));
        QCOMPARE(copy.nodesInLane(f.laneA), (QVector<Id>{f.n2}));
        QCOMPARE(copy.nextFzId(), QStringLiteral("n4"));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
