#include "asl/aslreader.h"
#include "asl/aslwriter.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "transitions.h"
#include "workflow.h"

#include <QtTest>

using namespace stepwise;

// The model's container edits: moving a state between machines at any depth (a Map inside a
// Parallel branch), collapsing a container, and branches given as JSON (the palette's).
class TestContainerMove : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void rootStateIntoMapInsideBranch();
    void nestedStateOutOntoRootLane();
    void containerMovesWithItsBranches();
    void branchToBranchKeepsEndAndStartsEmptyBranch();
    void impossibleMovesChangeNothing();
    void repeatedNameIsRefused();
    void collapseIsUndoableAndPersistsOnlyInProject();
    void branchesGivenAsJsonBecomeMachines();

private:
    Id id(const char *name) const
    {
        const Node *n = m_doc->stateNamed(QString::fromLatin1(name));
        return n ? n->id : NoId;
    }
    Id laneOf(const char *name) const { return m_doc->node(id(name))->lane; }
    QByteArray project() const { return ProjectWriter::write(m_doc->data()); }
    OrderedJson asl() const { return AslWriter::toJson(m_doc->data()); }
    void checkRule() const { QCOMPARE(transitionProblems(m_doc->data()), QStringList()); }
    /// Undo gives back the same bytes, redo the edited ones.
    void checkUndoRedo(const QByteArray &before)
    {
        const QByteArray after = project();
        const WorkflowChange change = m_doc->lastChange();
        m_doc->revert(change);
        QCOMPARE(project(), before);
        checkRule();
        m_doc->reapply(change);
        QCOMPARE(project(), after);
        checkRule();
    }

    std::unique_ptr<Workflow> m_doc;
};

static const char nested[] = R"({
  "StartAt": "Prep",
  "States": {
    "Prep": {"Type": "Pass", "Next": "Fan"},
    "Fan": {"Type": "Parallel", "Next": "Done",
      "Branches": [
        {"StartAt": "A1", "States": {
          "A1": {"Type": "Pass", "Next": "Each"},
          "Each": {"Type": "Map", "End": true,
            "ItemProcessor": {"StartAt": "P1", "States": {
              "P1": {"Type": "Pass", "Next": "P2"},
              "P2": {"Type": "Succeed"}}}}}},
        {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}
      ]},
    "Done": {"Type": "Succeed"}
  }
})";

void TestContainerMove::init()
{
    AslReader::Result r = AslReader::readJson(QByteArray(nested));
    QVERIFY(r.document);
    m_doc = std::make_unique<Workflow>(*r.document);
    checkRule();
}

void TestContainerMove::rootStateIntoMapInsideBranch()
{
    const QByteArray before = project();
    const Id prep = id("Prep");
    const Id each = id("Each");
    QCOMPARE(m_doc->edgesDroppedByMove(prep).size(), 2); // the start edge and Next -> Fan
    QVERIFY2(m_doc->moveStateToLane(prep, laneOf("P1")), qPrintable(m_doc->lastError()));
    checkRule();
    QCOMPARE(m_doc->node(prep)->id, prep); // the same entity, now at depth 2
    QCOMPARE(m_doc->parentNode(prep), each);
    QCOMPARE(m_doc->parentNode(each), id("Fan"));
    const OrderedJson out = asl();
    QCOMPARE(out["StartAt"], OrderedJson("")); // it was the start: emptied
    QVERIFY(!out["States"].contains("Prep"));  // gone from the root
    const OrderedJson &proc =
        out["States"]["Fan"]["Branches"][0]["States"]["Each"]["ItemProcessor"];
    QCOMPARE(proc["StartAt"], OrderedJson("P1")); // the processor keeps its start
    QCOMPARE(proc["States"]["Prep"], (OrderedJson{{"Type", "Pass"}})); // its Next is dropped
    for (const Edge &e : m_doc->machine(*m_doc->machineOf(prep))->edges)
        QVERIFY(e.from != prep && e.to != prep);
    checkUndoRedo(before);
}

void TestContainerMove::nestedStateOutOntoRootLane()
{
    const QByteArray before = project();
    const Id p2 = id("P2");
    const Id p1 = id("P1");
    const Id rootLane = laneOf("Done");
    QVERIFY2(m_doc->moveStateToLane(p1, rootLane, QPointF(40, 16)), qPrintable(m_doc->lastError()));
    checkRule();
    QCOMPARE(m_doc->parentNode(p1), NoId);
    QCOMPARE(m_doc->node(p1)->position, std::optional<QPointF>(QPointF(40, 16)));
    const OrderedJson out = asl();
    QCOMPARE(out["States"]["P1"], (OrderedJson{{"Type", "Pass"}}));
    const OrderedJson &proc =
        out["States"]["Fan"]["Branches"][0]["States"]["Each"]["ItemProcessor"];
    QCOMPARE(proc["StartAt"], OrderedJson("")); // P1 started the processor
    QVERIFY(proc["States"].contains("P2"));
    QCOMPARE(m_doc->parentNode(p2), id("Each"));
    checkUndoRedo(before);
}

void TestContainerMove::containerMovesWithItsBranches()
{
    const QByteArray before = project();
    const Id each = id("Each");
    const Id p1 = id("P1");
    const Id a1 = id("A1");
    QVERIFY2(m_doc->moveStateToLane(each, laneOf("Prep")), qPrintable(m_doc->lastError()));
    checkRule();
    QCOMPARE(m_doc->parentNode(each), NoId);
    QCOMPARE(m_doc->parentNode(p1), each); // its processor came along, same ids
    QCOMPARE(m_doc->node(each)->subMachines.size(), size_t(1));
    const OrderedJson out = asl();
    QCOMPARE(out["States"]["Each"]["End"], OrderedJson(true)); // End stays
    QCOMPARE(out["States"]["Each"]["ItemProcessor"]["States"].size(), size_t(2));
    // A1 led to it: that Next is dropped with the edge.
    QVERIFY(!out["States"]["Fan"]["Branches"][0]["States"]["A1"].contains("Next"));
    QVERIFY(m_doc->edgesDroppedByMove(each).isEmpty()); // at the root it has only End
    Q_UNUSED(a1);
    checkUndoRedo(before);
}

void TestContainerMove::branchToBranchKeepsEndAndStartsEmptyBranch()
{
    // Branch 2 loses its only state (its StartAt empties), then gets A1's neighbour back.
    const Id b1 = id("B1");
    const Id fan = id("Fan");
    QVERIFY(m_doc->moveStateToLane(b1, laneOf("A1")));
    checkRule();
    QCOMPARE(asl()["States"]["Fan"]["Branches"][1]["StartAt"], OrderedJson(""));
    QCOMPARE(m_doc->machineOf(b1)->branch, 0);
    const QByteArray before = project();
    const Id lane1 = m_doc->node(fan)->subMachines[1].lanes.front().id;
    QVERIFY(m_doc->moveStateToLane(id("A1"), lane1));
    checkRule();
    const OrderedJson branch = asl()["States"]["Fan"]["Branches"][1];
    QCOMPARE(branch["StartAt"], OrderedJson("A1")); // an empty start takes the newcomer
    QCOMPARE(branch["States"]["A1"], (OrderedJson{{"Type", "Pass"}}));
    // The start marker's edge draws it.
    bool startDrawn = false;
    for (const Edge &e : m_doc->node(fan)->subMachines[1].edges)
        startDrawn =
            startDrawn || (e.meaning.kind == EdgeMeaning::Kind::StartAt && e.to == id("A1"));
    QVERIFY(startDrawn);
    checkUndoRedo(before);
    // B1's End: true came along and is drawn to branch 1's end marker.
    QCOMPARE(asl()["States"]["Fan"]["Branches"][0]["States"]["B1"]["End"], OrderedJson(true));
}

void TestContainerMove::impossibleMovesChangeNothing()
{
    const QByteArray before = project();
    const Id fan = id("Fan");
    QVERIFY(!m_doc->moveStateToLane(fan, laneOf("A1")));
    QVERIFY(m_doc->lastError().contains(QLatin1String("own branches")));
    QVERIFY(!m_doc->moveStateToLane(fan, laneOf("P1"))); // depth 2 below itself
    QVERIFY(m_doc->lastError().contains(QLatin1String("own branches")));
    // A branch's start marker is no state.
    const WorkflowData &branch = m_doc->node(fan)->subMachines[0];
    const Id marker = Transitions::startMarker(branch);
    QVERIFY(marker != NoId);
    QVERIFY(!m_doc->moveStateToLane(marker, laneOf("Prep")));
    QVERIFY(m_doc->lastError().contains(QLatin1String("Only ASL states")));
    QVERIFY(!m_doc->moveStateToLane(id("Prep"), 999999));
    QCOMPARE(project(), before);
    checkRule();
}

void TestContainerMove::repeatedNameIsRefused()
{
    // A document read with one name twice (AWS refuses it; a hand-edited project file may
    // have it): moving one copy next to the other is refused.
    AslReader::Result r = AslReader::readJson(QByteArray(nested));
    WorkflowData data = *r.document;
    for (Node &n : data.nodes)
        if (n.asl.name == QLatin1String("Prep"))
            n.asl.name = QStringLiteral("B1");
    m_doc = std::make_unique<Workflow>(data);
    const QByteArray before = project();
    Id rootB1 = NoId;
    for (const Node &n : m_doc->data().nodes)
        if (n.asl.name == QLatin1String("B1"))
            rootB1 = n.id;
    const Id fan = id("Fan");
    const Id lane1 = m_doc->node(fan)->subMachines[1].lanes.front().id;
    QVERIFY(!m_doc->moveStateToLane(rootB1, lane1));
    QVERIFY2(m_doc->lastError().contains(QLatin1String("\"B1\" already exists")),
             qPrintable(m_doc->lastError()));
    QCOMPARE(project(), before);
}

void TestContainerMove::collapseIsUndoableAndPersistsOnlyInProject()
{
    const Id fan = id("Fan");
    const QByteArray before = project();
    const OrderedJson aslBefore = asl();
    QVERIFY(m_doc->setNodeCollapsed(fan, true));
    QVERIFY(m_doc->node(fan)->collapsed);
    QCOMPARE(asl(), aslBefore); // ASL has no place for it
    const QByteArray saved = project();
    QVERIFY(saved != before);
    ProjectReader::Result back = ProjectReader::read(saved);
    QVERIFY(back.document);
    Workflow reread(*back.document);
    QVERIFY(reread.node(fan)->collapsed);
    QCOMPARE(ProjectWriter::write(reread.data()), saved);
    checkUndoRedo(before);
    QVERIFY(!m_doc->setNodeCollapsed(id("Prep"), true)); // not a container
    QVERIFY(m_doc->lastError().contains(QLatin1String("collapsed")));
    // A nested container collapses too (depth 2).
    QVERIFY(m_doc->setNodeCollapsed(id("Each"), true));
    QVERIFY(m_doc->node(id("Each"))->collapsed);
}

void TestContainerMove::branchesGivenAsJsonBecomeMachines()
{
    const Id lane = laneOf("Prep");
    auto parallel = [&](const char *name, const char *inner) {
        Node n;
        n.id = m_doc->data().nextId;
        n.lane = lane;
        n.fzId = m_doc->data().nextFzId();
        n.asl.name = QString::fromLatin1(name);
        n.asl.type = QStringLiteral("Parallel");
        n.label = n.asl.name;
        n.asl.fields = {
            {"Type", "Parallel"},
            {"Branches",
             OrderedJson::array(
                 {{{"StartAt", inner}, {"States", {{inner, {{"Type", "Pass"}, {"End", true}}}}}}})},
            {"End", true}};
        return n;
    };
    QVERIFY2(m_doc->insertNode(parallel("Q", "Q step")), qPrintable(m_doc->lastError()));
    checkRule();
    const Node *q = m_doc->stateNamed(QStringLiteral("Q"));
    QCOMPARE(q->subMachines.size(), size_t(1));
    const Node *inner = m_doc->stateNamed(QStringLiteral("Q step"));
    QVERIFY(inner);
    QCOMPARE(m_doc->parentNode(inner->id), q->id);
    // A second container whose branch reuses that name is refused: names are unique.
    const QByteArray before = project();
    QVERIFY(!m_doc->insertNode(parallel("R", "Q step")));
    QVERIFY(m_doc->lastError().contains(QLatin1String("\"Q step\" already exists")));
    QCOMPARE(project(), before);
    // Written and read back, the nested state is there once.
    const QByteArray text = QByteArray::fromStdString(asl().dump(2));
    AslReader::Result r = AslReader::readJson(text);
    QVERIFY(r.document);
    Workflow back(*r.document);
    int count = 0;
    for (const MachineRef &ref : back.machines())
        for (const Node &n : back.machine(ref)->nodes)
            count += n.asl.name == QLatin1String("Q step");
    QCOMPARE(count, 1);
}

QTEST_GUILESS_MAIN(TestContainerMove)
#include "tst_containermove.moc"
