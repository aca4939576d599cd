#include "asl/aslreader.h"
#include "asl/aslvalidator.h"
#include "asl/aslwriter.h"
#include "commands/addlanecommand.h"
#include "commands/addstatecommand.h"
#include "commands/connectcommand.h"
#include "commands/deletecommand.h"
#include "commands/edgelabelcommand.h"
#include "commands/movelanecommand.h"
#include "commands/movestatescommand.h"
#include "commands/reconnectedgecommand.h"
#include "commands/renamelanecommand.h"
#include "commands/renamestatecommand.h"
#include "fz/fzreader.h"
#include "fz/fzwriter.h"
#include "palette/statetemplates.h"
#include "workflow.h"

#include <QUndoStack>
#include <QtTest>

using namespace stepwise;

// Command tests: push, check, undo, check (and redo): every canvas edit is one step that undo
// takes back exactly, down to the bytes the FlowZap writer gives.
class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void deleteLaneWithStatesIsOneStep();
    void deleteStateRestoresIdsEdgesAndText();
    void renameStateLabelAndRefusal();
    void connectAndReconnect();
    void edgeLabelsOfOneEdgeMerge();
    void nudgesMergeDragsDoNot();
    void laneCommands();
    void addStateGetsUniqueNameAndShape();
    void deleteNestedStatesRestoresIdsEdgesAndAsl();
    void deleteContainerRestoresItsBranches();
    void connectFromChoiceAddsRuleDeleteRemovesIt();
    void reconnectCatchMovesItsNext();

private:
    QByteArray text() const { return FzWriter::write(m_doc->data()).bytes; }
    Id node(const char *label) const
    {
        for (const Node &n : m_doc->data().nodes)
            if (n.label == QLatin1String(label))
                return n.id;
        return NoId;
    }

    std::unique_ptr<Workflow> m_doc;
    std::unique_ptr<QUndoStack> m_stack;
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
loop [again] n4 n5
}
)";

void TestCommands::init()
{
    FzReader::Result r = FzReader::read(QByteArray(source));
    QVERIFY2(r.document, r.diagnostics.isEmpty() ? "" : qPrintable(r.diagnostics[0].message));
    m_doc = std::make_unique<Workflow>(*r.document);
    m_stack = std::make_unique<QUndoStack>();
}

void TestCommands::deleteLaneWithStatesIsOneStep()
{
    const QByteArray before = text();
    const WorkflowData original = m_doc->data();
    const Id finance = m_doc->data().lanes[1].id;
    m_stack->push(new DeleteCommand(m_doc.get(), {}, {}, {finance}));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete lane \"Finance\""));
    QCOMPARE(m_doc->data().lanes.size(), size_t(1));
    QCOMPARE(m_doc->data().nodes.size(), size_t(3));
    QCOMPARE(m_doc->data().edges.size(), size_t(2)); // the cross-lane edge went too
    QVERIFY(m_doc->data().loops.empty());
    m_stack->undo();
    QCOMPARE(text(), before);
    QCOMPARE(m_doc->data().lanes[1].id, finance);
    QCOMPARE(m_doc->data().edges.size(), original.edges.size());
    for (const Edge &e : original.edges) {
        QVERIFY(m_doc->data().edge(e.id));
        QCOMPARE(m_doc->data().edge(e.id)->from, e.from);
        QCOMPARE(m_doc->data().edge(e.id)->to, e.to);
    }
    for (const Node &n : original.nodes)
        QCOMPARE(m_doc->data().node(n.id)->lane, n.lane);
    m_stack->redo();
    QCOMPARE(m_doc->data().lanes.size(), size_t(1));
}

void TestCommands::deleteStateRestoresIdsEdgesAndText()
{
    const QByteArray before = text();
    const Id validate = node("Validate");
    const QVector<Id> edges = m_doc->data().edgesFrom(validate) + m_doc->data().edgesTo(validate);
    QCOMPARE(edges.size(), 2);
    m_stack->push(new DeleteCommand(m_doc.get(), {validate}, {}));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete \"Validate\""));
    QVERIFY(!m_doc->data().node(validate));
    for (Id e : edges)
        QVERIFY(!m_doc->data().edge(e));
    m_stack->undo();
    QVERIFY(m_doc->data().node(validate));
    for (Id e : edges)
        QVERIFY(m_doc->data().edge(e));
    QCOMPARE(text(), before);
    // Nothing to delete is no step at all.
    auto *empty = new DeleteCommand(m_doc.get(), {}, {});
    QVERIFY(empty->isObsolete());
    delete empty;
}

void TestCommands::renameStateLabelAndRefusal()
{
    const Id approve = node("Approve");
    m_stack->push(new RenameStateCommand(m_doc.get(), approve, QStringLiteral("Review")));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Rename \"Approve\" to \"Review\""));
    QCOMPARE(m_doc->data().node(approve)->label, QStringLiteral("Review"));
    m_stack->undo();
    QCOMPARE(m_doc->data().node(approve)->label, QStringLiteral("Approve"));
    // A state with an ASL name cannot take another state's name.
    AslState a;
    a.name = QStringLiteral("Approve");
    a.type = QStringLiteral("Choice");
    QVERIFY(m_doc->setNodeAsl(approve, a));
    // (a FlowZap node with edges cannot take an ASL state: a new state holds the name)
    a.name = QStringLiteral("Pay");
    a.type = QStringLiteral("Task");
    QVERIFY(m_doc->addState(m_doc->data().node(approve)->lane, a, Shape::Rectangle) != NoId);
    RenameStateCommand taken(m_doc.get(), approve, QStringLiteral("Pay"));
    QVERIFY(taken.isObsolete());
    QVERIFY(taken.refusal().contains(QLatin1String("already exists")));
    RenameStateCommand empty(m_doc.get(), approve, QStringLiteral("  "));
    QVERIFY(empty.isObsolete());
}

void TestCommands::connectAndReconnect()
{
    const QByteArray before = text();
    const Id start = node("Start"), done = node("Done"), pay = node("Pay");
    auto *connect = new ConnectCommand(m_doc.get(), start, Side::Bottom, done, Side::Top);
    const Id edge = connect->edgeId();
    m_stack->push(connect);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Connect Start \u2192 Done"));
    QVERIFY(m_doc->data().edge(edge));
    m_stack->push(
        new ReconnectEdgeCommand(m_doc.get(), edge, start, Side::Bottom, pay, Side::Left));
    QCOMPARE(m_doc->data().edge(edge)->to, pay);
    m_stack->undo();
    QCOMPARE(m_doc->data().edge(edge)->to, done);
    m_stack->undo();
    QVERIFY(!m_doc->data().edge(edge));
    QCOMPARE(text(), before);
    m_stack->redo(); // the same id again
    QVERIFY(m_doc->data().edge(edge));
    ConnectCommand self(m_doc.get(), start, Side::Right, start, Side::Left);
    QVERIFY(self.isObsolete());
}

void TestCommands::edgeLabelsOfOneEdgeMerge()
{
    const Edge first = m_doc->data().edges.front();
    const Edge second = m_doc->data().edges[1];
    m_stack->push(new EdgeLabelCommand(m_doc.get(), first.id, QStringLiteral("a")));
    m_stack->push(new EdgeLabelCommand(m_doc.get(), first.id, QStringLiteral("ab")));
    QCOMPARE(m_stack->count(), 1);
    m_stack->push(new EdgeLabelCommand(m_doc.get(), second.id, QStringLiteral("x")));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(m_doc->data().edge(first.id)->label, QStringLiteral("ab"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_doc->data().edge(first.id)->label, first.label);
    QCOMPARE(m_doc->data().edge(first.id)->hasLabel, first.hasLabel);
}

void TestCommands::nudgesMergeDragsDoNot()
{
    const Id pay = node("Pay");
    const Id lane = m_doc->data().node(pay)->lane;
    auto nudge = [&](QPointF to) {
        return new MoveStatesCommand(
            m_doc.get(), {{pay, lane, lane, m_doc->data().node(pay)->position, to}}, true);
    };
    m_stack->push(nudge(QPointF(8, 0)));
    m_stack->push(nudge(QPointF(16, 0)));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Nudge 1 state"));
    const Id sales = m_doc->data().lanes[0].id;
    m_stack->push(new MoveStatesCommand(
        m_doc.get(), {{pay, lane, sales, QPointF(16, 0), QPointF(300, 20)}}, false));
    m_stack->push(new MoveStatesCommand(
        m_doc.get(), {{pay, sales, sales, QPointF(300, 20), QPointF(320, 20)}}, false));
    QCOMPARE(m_stack->count(), 3);
    QCOMPARE(m_doc->data().node(pay)->lane, sales);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_doc->data().node(pay)->lane, lane);
    m_stack->undo();
    QVERIFY(!m_doc->data().node(pay)->position);
}

void TestCommands::laneCommands()
{
    const QByteArray before = text();
    auto *add = new AddLaneCommand(
        m_doc.get(), AddLaneCommand::uniqueKey(m_doc->data(), QStringLiteral("Sales")),
        QStringLiteral("Ops"));
    const Id lane = add->laneId();
    m_stack->push(add);
    QCOMPARE(m_doc->data().lane(lane)->key, QStringLiteral("sales2"));
    m_stack->push(
        new RenameLaneCommand(m_doc.get(), lane, QStringLiteral("Ops A"), QStringLiteral("ops")));
    m_stack->push(
        new RenameLaneCommand(m_doc.get(), lane, QStringLiteral("Ops B"), QStringLiteral("ops")));
    QCOMPARE(m_stack->count(), 2); // the two renames merged
    m_stack->push(new MoveLaneCommand(m_doc.get(), lane, 0));
    QCOMPARE(m_doc->data().lanes.front().id, lane);
    QCOMPARE(m_doc->data().lanes.front().title, QStringLiteral("Ops B"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_doc->data().lane(lane)->key, QStringLiteral("sales2"));
    m_stack->undo();
    QCOMPARE(text(), before);
    // The identifier of another lane is refused when the command is built.
    RenameLaneCommand clash(m_doc.get(), m_doc->data().lanes[0].id, QStringLiteral("X"),
                            QStringLiteral("finance"));
    QVERIFY(clash.isObsolete());
}

void TestCommands::addStateGetsUniqueNameAndShape()
{
    const Id sales = m_doc->data().lanes[0].id;
    for (const char *key : {"task", "task", "choice", "callback", "fail"}) {
        Node n = StateTemplates::makeNode(m_doc->data(), QString::fromLatin1(key), sales);
        m_stack->push(new AddStateCommand(m_doc.get(), n, node("Validate")));
    }
    QVERIFY(m_doc->data().nodeByStateName(QStringLiteral("Task")));
    const Node *second = m_doc->data().nodeByStateName(QStringLiteral("Task 2"));
    QVERIFY(second);
    QCOMPARE(second->shape, Shape::Rectangle);
    QCOMPARE(m_doc->data().nodeByStateName(QStringLiteral("Choice"))->shape, Shape::Diamond);
    const Node *callback = m_doc->data().nodeByStateName(QStringLiteral("Task 3"));
    QVERIFY(callback);
    QCOMPARE(callback->shape, Shape::Taskbox);
    QCOMPARE(m_doc->data().nodeByStateName(QStringLiteral("Fail"))->shape, Shape::Circle);
    // Each came with its edge from Validate; undo takes node and edge back.
    const Id validate = node("Validate");
    QCOMPARE(m_doc->data().edgesFrom(validate).size(), 1 + 5);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add \"Fail\""));
    m_stack->undo();
    QVERIFY(!m_doc->data().nodeByStateName(QStringLiteral("Fail")));
    QCOMPARE(m_doc->data().edgesFrom(validate).size(), 1 + 4);
}

// An ASL machine with a Choice, a Catch, a Parallel with two branches and a Map processor.
static const char asl[] = R"({
  "StartAt": "Check",
  "States": {
    "Check": {"Type": "Choice",
      "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Fan"}],
      "Default": "Oops"},
    "Fan": {"Type": "Parallel", "Next": "Each",
      "Branches": [
        {"StartAt": "A1", "States": {
          "A1": {"Type": "Pass", "Next": "A2"},
          "A2": {"Type": "Pass", "Next": "A3"},
          "A3": {"Type": "Succeed"}}},
        {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": true}}}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}]},
    "Each": {"Type": "Map", "End": true,
      "ItemProcessor": {"StartAt": "P1", "States": {
        "P1": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "Next": "P2"},
        "P2": {"Type": "Pass", "End": true}}}},
    "Oops": {"Type": "Fail", "Error": "E"}
  }
})";

static std::unique_ptr<Workflow> readAsl()
{
    AslReader::Result r = AslReader::readJson(QByteArray(asl));
    if (!r.document)
        return nullptr;
    return std::make_unique<Workflow>(*r.document);
}

static QByteArray aslText(const Workflow &doc)
{
    return AslWriter::writeJson(doc.data()).bytes;
}

static OrderedJson aslOf(const Workflow &doc)
{
    return AslWriter::toJson(doc.data());
}

// Every id of every machine, so a test can check undo gave back the same ones.
static QVector<Id> allIds(const Workflow &doc)
{
    QVector<Id> ids;
    for (const MachineRef &ref : doc.machines()) {
        const WorkflowData *m = doc.machine(ref);
        for (const Lane &l : m->lanes)
            ids.append(l.id);
        for (const Node &n : m->nodes)
            ids.append(n.id);
        for (const Edge &e : m->edges)
            ids.append(e.id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestCommands::deleteNestedStatesRestoresIdsEdgesAndAsl()
{
    auto doc = readAsl();
    QVERIFY(doc);
    QUndoStack stack;
    const QByteArray before = aslText(*doc);
    const QVector<Id> ids = allIds(*doc);
    const Id a2 = doc->stateNamed(QStringLiteral("A2"))->id;
    const Id p1 = doc->stateNamed(QStringLiteral("P1"))->id;
    QVERIFY(doc->parentNode(a2) != NoId);
    stack.push(new DeleteCommand(doc.get(), {a2, p1}, {}));
    QCOMPARE(stack.undoText(), QStringLiteral("Delete 2 states"));
    QVERIFY(!doc->node(a2) && !doc->node(p1));
    // The references the deleted states' incoming edges drew went with them.
    const OrderedJson def = aslOf(*doc);
    const auto &branch = def["States"]["Fan"]["Branches"][0];
    QVERIFY(!branch["States"].contains("A2"));
    QVERIFY(!branch["States"]["A1"].contains("Next"));
    QCOMPARE(def["States"]["Each"]["ItemProcessor"]["StartAt"].get<std::string>(), std::string());
    stack.undo();
    QCOMPARE(aslText(*doc), before);
    QCOMPARE(allIds(*doc), ids);
    QCOMPARE(doc->node(a2)->asl.name, QStringLiteral("A2"));
    QVERIFY(doc->machineOf(a2) && doc->machineOf(a2)->container != NoId);
    stack.redo();
    QVERIFY(!doc->node(a2));
    stack.undo();
    QCOMPARE(aslText(*doc), before);
}

void TestCommands::deleteContainerRestoresItsBranches()
{
    auto doc = readAsl();
    QVERIFY(doc);
    QUndoStack stack;
    const QByteArray before = aslText(*doc);
    const QVector<Id> ids = allIds(*doc);
    const Id fan = doc->stateNamed(QStringLiteral("Fan"))->id;
    const Id a1 = doc->stateNamed(QStringLiteral("A1"))->id;
    // A1 goes with its container: one operation, not two.
    stack.push(new DeleteCommand(doc.get(), {fan, a1}, {}));
    QCOMPARE(stack.undoText(), QStringLiteral("Delete \"Fan\""));
    QVERIFY(!doc->node(fan) && !doc->node(a1));
    const OrderedJson def = aslOf(*doc);
    QVERIFY(!def["States"].contains("Fan"));
    // The rule that led to Fan went with it; Default still leads to Oops.
    const std::string dump = def["States"]["Check"].dump();
    QVERIFY2(dump.find("\"Fan\"") == std::string::npos, dump.c_str());
    QCOMPARE(def["States"]["Check"]["Default"].get<std::string>(), std::string("Oops"));
    stack.undo();
    QCOMPARE(aslText(*doc), before);
    QCOMPARE(allIds(*doc), ids);
}

void TestCommands::connectFromChoiceAddsRuleDeleteRemovesIt()
{
    auto doc = readAsl();
    QVERIFY(doc);
    QUndoStack stack;
    const QByteArray before = aslText(*doc);
    const Id check = doc->stateNamed(QStringLiteral("Check"))->id;
    const Id each = doc->stateNamed(QStringLiteral("Each"))->id;
    auto *connect = new ConnectCommand(doc.get(), check, Side::Bottom, each, Side::Top);
    const Id edge = connect->edgeId();
    stack.push(connect);
    QCOMPARE(stack.undoText(), QStringLiteral("Connect Check \u2192 Each"));
    const Edge *e = doc->edge(edge);
    QVERIFY(e);
    QCOMPARE(int(e->meaning.kind), int(EdgeMeaning::Kind::Choice));
    QCOMPARE(e->meaning.index, 1);
    OrderedJson def = aslOf(*doc);
    QCOMPARE(def["States"]["Check"]["Choices"].size(), size_t(2));
    QCOMPARE(def["States"]["Check"]["Choices"][1]["Next"].get<std::string>(), std::string("Each"));
    // The validator sees the rule the canvas shows: no error about it.
    for (const Diagnostic &d : AslValidator::validate(def))
        QVERIFY2(!d.isError(), qPrintable(d.message));
    // Deleting the edge removes the rule, and only it.
    stack.push(new DeleteCommand(doc.get(), {}, {edge}));
    def = aslOf(*doc);
    QCOMPARE(def["States"]["Check"]["Choices"].size(), size_t(1));
    QCOMPARE(aslText(*doc), before);
    stack.undo();
    QCOMPARE(aslOf(*doc)["States"]["Check"]["Choices"].size(), size_t(2));
    stack.undo();
    QCOMPARE(aslText(*doc), before);
}

void TestCommands::reconnectCatchMovesItsNext()
{
    auto doc = readAsl();
    QVERIFY(doc);
    QUndoStack stack;
    const QByteArray before = aslText(*doc);
    const Id fan = doc->stateNamed(QStringLiteral("Fan"))->id;
    const Id each = doc->stateNamed(QStringLiteral("Each"))->id;
    Id catchEdge = NoId;
    for (Id e : doc->data().edgesFrom(fan))
        if (doc->edge(e)->meaning.kind == EdgeMeaning::Kind::Catch)
            catchEdge = e;
    QVERIFY(catchEdge != NoId);
    const Edge old = *doc->edge(catchEdge);
    stack.push(new ReconnectEdgeCommand(doc.get(), catchEdge, fan, old.fromSide, each, Side::Top));
    const OrderedJson def = aslOf(*doc);
    QCOMPARE(def["States"]["Fan"]["Catch"][0]["Next"].get<std::string>(), std::string("Each"));
    QCOMPARE(def["States"]["Fan"]["Next"].get<std::string>(), std::string("Each"));
    QCOMPARE(int(doc->edge(catchEdge)->meaning.kind), int(EdgeMeaning::Kind::Catch));
    stack.undo();
    QCOMPARE(aslText(*doc), before);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
