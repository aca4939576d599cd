// Each operation that keeps ASL fields and edges in step: push, check, revert, check.
#include "workflowcheck.h"

#include <QSignalSpy>

#include <QtTest>
#include <functional>

using namespace stepwise;
using namespace stepwise::test;

Q_DECLARE_METATYPE(stepwise::Workflow::Aspect)

namespace {

using Kind = EdgeMeaning::Kind;

WorkflowData diagram()
{
    const auto r = DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json"));
    return *r.document;
}

const Node *state(const Workflow &wf, const char *name)
{
    return wf.stateNamed(QString::fromUtf8(name));
}

Id stateId(const Workflow &wf, const char *name)
{
    const Node *n = state(wf, name);
    return n ? n->id : NoId;
}

OrderedJson fields(const Workflow &wf, const char *name)
{
    return state(wf, name)->asl.fields;
}

// The edge leaving `from` with this meaning, or nullptr.
const Edge *edgeOf(const Workflow &wf, const char *from, EdgeMeaning meaning)
{
    const auto m = wf.machineOf(stateId(wf, from));
    for (const Edge &e : wf.machine(*m)->edges)
        if (e.from == stateId(wf, from) && e.meaning == meaning)
            return &e;
    return nullptr;
}

} // namespace

class TestWorkflowTransitions : public QObject
{
    Q_OBJECT
private:
    // Applies edits (one mutation each), checks that edges and ASL agree after each, reverts
    // them in reverse, checks the bytes are back, reapplies them and checks the edited bytes.
    template <typename Check>
    void roundTrip(Workflow &wf, const std::vector<std::function<bool()>> &edits, Check check)
    {
        QVERIFY2(disagreement(wf.data()).isEmpty(), qPrintable(disagreement(wf.data())));
        const Bytes before = written(wf.data());
        std::vector<WorkflowChange> changes;
        for (const auto &edit : edits) {
            QVERIFY2(edit(), qPrintable(wf.lastError()));
            changes.push_back(wf.lastChange());
            QVERIFY(!changes.back().isEmpty());
            QVERIFY2(disagreement(wf.data()).isEmpty(), qPrintable(disagreement(wf.data())));
        }
        check();
        const Bytes after = written(wf.data());
        for (auto it = changes.rbegin(); it != changes.rend(); ++it)
            wf.revert(*it);
        QVERIFY2(disagreement(wf.data()).isEmpty(), qPrintable(disagreement(wf.data())));
        QVERIFY(written(wf.data()) == before);
        for (const WorkflowChange &c : changes)
            wf.reapply(c);
        QVERIFY(written(wf.data()) == after);
        for (auto it = changes.rbegin(); it != changes.rend(); ++it)
            wf.revert(*it);
    }
    template <typename Edit, typename Check> void roundTrip(Workflow &wf, Edit edit, Check check)
    {
        roundTrip(wf, std::vector<std::function<bool()>>{edit}, check);
    }

private slots:
    void initTestCase() { qRegisterMetaType<stepwise::Workflow::Aspect>(); }

    void readerDrawsEveryReferenceWithItsMeaning()
    {
        Workflow wf(diagram());
        QVERIFY(disagreement(wf.data()).isEmpty());
        QCOMPARE(edgeOf(wf, "Check type", {Kind::Choice, 0})->to, stateId(wf, "Ship"));
        QCOMPARE(edgeOf(wf, "Check type", {Kind::Choice, 1})->to, stateId(wf, "Approve"));
        QCOMPARE(edgeOf(wf, "Check type", {Kind::Default, -1})->to, stateId(wf, "Ship"));
        QCOMPARE(edgeOf(wf, "Approve", {Kind::Catch, 0})->to, stateId(wf, "Failed"));
        QVERIFY(edgeOf(wf, "Each", {Kind::End, -1}));
    }

    void nestedEntitiesHaveDocumentWideIds()
    {
        Workflow wf(diagram());
        QSet<Id> seen;
        int machines = 0;
        for (const MachineRef &ref : wf.machines()) {
            ++machines;
            const WorkflowData *m = wf.machine(ref);
            for (const Node &n : m->nodes) {
                QVERIFY(!seen.contains(n.id));
                seen.insert(n.id);
                QCOMPARE(wf.node(n.id), &n);
                QCOMPARE(wf.parentNode(n.id), ref.container);
            }
            for (const Edge &e : m->edges) {
                QVERIFY(!seen.contains(e.id));
                seen.insert(e.id);
            }
        }
        QCOMPARE(machines, 4); // the root, two branches of Ship, the processor of Each
        QCOMPARE(wf.parentNode(stateId(wf, "Notify")), stateId(wf, "Ship"));
        QCOMPARE(wf.machineOf(stateId(wf, "Item"))->container, stateId(wf, "Each"));
        QVERIFY(wf.data().nextId > *std::max_element(seen.begin(), seen.end()));
    }

    void renameRewritesEveryReference()
    {
        Workflow wf(diagram());
        QSignalSpy changed(&wf, &Workflow::nodeChanged);
        roundTrip(
            wf, [&] { return wf.renameState(stateId(wf, "Ship"), QStringLiteral("Deliver")); },
            [&] {
                QVERIFY(fields(wf, "Approve")["Next"] == "Deliver");
                QVERIFY(fields(wf, "Check type")["Choices"][0]["Next"] == "Deliver");
                QVERIFY(fields(wf, "Check type")["Default"] == "Deliver");
                QCOMPARE(state(wf, "Deliver")->label, QStringLiteral("Deliver"));
                QVERIFY(!state(wf, "Ship"));
            });
        QVERIFY(changed.count() >= 3);
        // StartAt follows the state it names.
        roundTrip(
            wf, [&] { return wf.renameState(stateId(wf, "Check type"), QStringLiteral("Route")); },
            [&] { QVERIFY(wf.data().aslTop["StartAt"] == "Route"); });
    }

    void renameMovesBreakpoints()
    {
        // Breakpoints name states by path; a rename (of the state, or of a container on the way
        // to a nested one) takes them along in the same undo step, and leaves others alone.
        Workflow wf(diagram());
        const auto paths = [](std::initializer_list<OrderedJson> list) {
            OrderedJson out = OrderedJson::array();
            for (const OrderedJson &p : list)
                out.push_back(p);
            return out;
        };
        wf.setBreakpoints(paths({{"Ship"}, {"Ship", 0u, "Notify"}, {"Approve"}}));
        roundTrip(
            wf, [&] { return wf.renameState(stateId(wf, "Ship"), QStringLiteral("Deliver")); },
            [&] {
                QCOMPARE(wf.data().breakpoints,
                         paths({{"Deliver"}, {"Deliver", 0u, "Notify"}, {"Approve"}}));
            });
        QCOMPARE(wf.data().breakpoints, paths({{"Ship"}, {"Ship", 0u, "Notify"}, {"Approve"}}));
        roundTrip(
            wf, [&] { return wf.renameState(stateId(wf, "Notify"), QStringLiteral("Tell")); },
            [&] {
                QCOMPARE(wf.data().breakpoints,
                         paths({{"Ship"}, {"Ship", 0u, "Tell"}, {"Approve"}}));
            });
    }

    void renameRefusesANameInUseAnywhere_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("same machine") << QStringLiteral("Approve");
        QTest::newRow("in a Parallel branch") << QStringLiteral("Notify");
        QTest::newRow("in a Map processor") << QStringLiteral("Item");
        QTest::newRow("empty") << QString();
        QTest::newRow("too long") << QString(81, QLatin1Char('x'));
    }

    void renameRefusesANameInUseAnywhere()
    {
        QFETCH(QString, name);
        Workflow wf(diagram());
        const Bytes before = written(wf.data());
        QVERIFY(!wf.renameState(stateId(wf, "Ship"), name));
        QVERIFY(!wf.lastError().isEmpty());
        QVERIFY(written(wf.data()) == before);
        // A nested state is refused a top-level name too.
        QVERIFY(!wf.renameState(stateId(wf, "Label"), QStringLiteral("Failed")));
        QVERIFY(written(wf.data()) == before);
    }

    void drawingAnEdgeWritesTheReference()
    {
        Workflow wf(diagram());
        Id added = NoId;
        // From a Choice that has a Default: a new rule with a placeholder condition.
        roundTrip(
            wf,
            [&] {
                added = wf.addEdge(stateId(wf, "Check type"), Side::Bottom, stateId(wf, "Failed"),
                                   Side::Top);
                return added != NoId;
            },
            [&] {
                const OrderedJson rule = fields(wf, "Check type")["Choices"][2];
                QVERIFY(rule["Next"] == "Failed");
                QVERIFY(rule["Variable"] == "$.choice");
                QVERIFY(rule["StringEquals"] == "Failed");
                QCOMPARE(wf.edge(added)->meaning, (EdgeMeaning{Kind::Choice, 2}));
            });
        // An explicit Catch appends a catcher.
        roundTrip(
            wf,
            [&] {
                added = wf.addEdge(stateId(wf, "Approve"), Side::Bottom, stateId(wf, "Check type"),
                                   Side::Top, {}, false, EdgeMeaning{Kind::Catch, -1});
                return added != NoId;
            },
            [&] {
                const OrderedJson c = fields(wf, "Approve")["Catch"][1];
                QVERIFY(c["ErrorEquals"][0] == "States.ALL");
                QVERIFY(c["Next"] == "Check type");
            });
        // Approve has a Next: an unqualified second edge is refused, nothing changes.
        const Bytes before = written(wf.data());
        QCOMPARE(wf.addEdge(stateId(wf, "Approve"), Side::Right, stateId(wf, "Failed"), Side::Left),
                 NoId);
        QVERIFY(wf.lastError().contains(QStringLiteral("Next")));
        QVERIFY(written(wf.data()) == before);
        // A transition cannot leave its machine.
        QCOMPARE(wf.addEdge(stateId(wf, "Label"), Side::Right, stateId(wf, "Failed"), Side::Left),
                 NoId);
        QVERIFY(written(wf.data()) == before);
    }

    void aNewEdgeFromAChoiceIsARuleOrTheDefault_data()
    {
        QTest::addColumn<QByteArray>("choice");
        QTest::addColumn<QString>("meaning");
        QTest::addColumn<QString>("field");
        QTest::newRow("no rules: a rule")
            << QByteArray(R"({"Type":"Choice","Choices":[]})") << QStringLiteral("choice:0")
            << QStringLiteral("/Choices/0/Next");
        QTest::newRow("rules, no Default: the Default")
            << QByteArray(R"({"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,)"
                          R"("Next":"B"}]})")
            << QStringLiteral("default") << QStringLiteral("/Default");
        QTest::newRow("rules and a Default: a rule")
            << QByteArray(R"({"Type":"Choice","Choices":[{"Variable":"$.a","IsPresent":true,)"
                          R"("Next":"B"}],"Default":"B"})")
            << QStringLiteral("choice:1") << QStringLiteral("/Choices/1/Next");
        QTest::newRow("JSONata: a Condition")
            << QByteArray(R"({"Type":"Choice","QueryLanguage":"JSONata","Choices":[],)"
                          R"("Default":"B"})")
            << QStringLiteral("choice:0") << QStringLiteral("/Choices/0/Condition");
    }

    void aNewEdgeFromAChoiceIsARuleOrTheDefault()
    {
        QFETCH(QByteArray, choice);
        QFETCH(QString, meaning);
        QFETCH(QString, field);
        Workflow wf;
        const Id lane = wf.addLane(QStringLiteral("m"), QStringLiteral("M"));
        const Id b = wf.addState(lane,
                                 AslState{QStringLiteral("B"), QStringLiteral("Succeed"),
                                          OrderedJson{{"Type", "Succeed"}}},
                                 Shape::Circle);
        const Id c = wf.addState(lane,
                                 AslState{QStringLiteral("C"), QStringLiteral("Succeed"),
                                          OrderedJson{{"Type", "Succeed"}}},
                                 Shape::Circle);
        const Id a = wf.addState(
            lane,
            AslState{QStringLiteral("A"), QStringLiteral("Choice"), OrderedJson::parse(choice)},
            Shape::Diamond);
        QVERIFY(a && b && c);
        Id e = NoId;
        roundTrip(
            wf,
            [&] {
                e = wf.addEdge(a, Side::Bottom, c, Side::Top);
                return e != NoId;
            },
            [&] {
                QCOMPARE(wf.edge(e)->meaning.toString(), meaning);
                const OrderedJson::json_pointer at(field.toStdString());
                const OrderedJson &value = state(wf, "A")->asl.fields.at(at);
                QVERIFY(value.is_string());
                if (field.endsWith(QLatin1String("Next")) || field == QLatin1String("/Default"))
                    QVERIFY(value == "C");
            });
    }

    void removingAnEdgeRemovesTheReference()
    {
        Workflow wf(diagram());
        const Id rule1 = edgeOf(wf, "Check type", {Kind::Choice, 1})->id;
        roundTrip(
            wf,
            [&] {
                return wf.removeEdge(edgeOf(wf, "Check type", {Kind::Choice, 0})->id);
            },
            [&] {
                QCOMPARE(fields(wf, "Check type")["Choices"].size(), size_t(1));
                QVERIFY(fields(wf, "Check type")["Choices"][0].contains("And"));
                QCOMPARE(wf.edge(rule1)->meaning, (EdgeMeaning{Kind::Choice, 0}));
            });
        roundTrip(
            wf,
            [&] {
                return wf.removeEdge(edgeOf(wf, "Approve", {Kind::Next, -1})->id);
            },
            [&] { QVERIFY(!fields(wf, "Approve").contains("Next")); });
        roundTrip(
            wf,
            [&] {
                return wf.removeEdge(edgeOf(wf, "Each", {Kind::End, -1})->id);
            },
            [&] { QVERIFY(!fields(wf, "Each").contains("End")); });
    }

    void reconnectingAnEdgeMovesTheReference()
    {
        Workflow wf(diagram());
        const Id catchEdge = edgeOf(wf, "Approve", {Kind::Catch, 0})->id;
        roundTrip(
            wf,
            [&] {
                return wf.setEdgeEnds(catchEdge, stateId(wf, "Approve"), Side::Bottom,
                                      stateId(wf, "Each"), Side::Top);
            },
            [&] {
                QVERIFY(fields(wf, "Approve")["Catch"][0]["Next"] == "Each");
                QCOMPARE(wf.edge(catchEdge)->to, stateId(wf, "Each"));
            });
        // Moving the end of Each's End edge to a state turns End into Next.
        const Id endEdge = edgeOf(wf, "Each", {Kind::End, -1})->id;
        roundTrip(
            wf,
            [&] {
                return wf.setEdgeEnds(endEdge, stateId(wf, "Each"), Side::Right,
                                      stateId(wf, "Failed"), Side::Left);
            },
            [&] {
                QVERIFY(fields(wf, "Each")["Next"] == "Failed");
                QVERIFY(!fields(wf, "Each").contains("End"));
            });
        // A new source: the Next moves from Approve to Failed's... refused (Fail ends).
        const Id next = edgeOf(wf, "Approve", {Kind::Next, -1})->id;
        const Bytes before = written(wf.data());
        QVERIFY(!wf.setEdgeEnds(next, stateId(wf, "Failed"), Side::Right, stateId(wf, "Ship"),
                                Side::Left));
        QVERIFY(written(wf.data()) == before);
        // The start edge retargets StartAt.
        Id start = NoId;
        for (const Edge &e : wf.data().edges)
            if (e.meaning.kind == Kind::StartAt)
                start = e.id;
        roundTrip(
            wf,
            [&] {
                return wf.setEdgeEnds(start, wf.edge(start)->from, Side::Right,
                                      stateId(wf, "Approve"), Side::Left);
            },
            [&] { QVERIFY(wf.data().aslTop["StartAt"] == "Approve"); });
    }

    void fieldEditsRedrawTheEdges()
    {
        Workflow wf(diagram());
        roundTrip(
            wf,
            [&] {
                AslState asl = state(wf, "Approve")->asl;
                asl.fields.erase("Catch");
                asl.fields["Next"] = "Each";
                return wf.setNodeAsl(stateId(wf, "Approve"), asl);
            },
            [&] {
                QVERIFY(!edgeOf(wf, "Approve", {Kind::Catch, 0}));
                QCOMPARE(edgeOf(wf, "Approve", {Kind::Next, -1})->to, stateId(wf, "Each"));
            });
        // A reference to no state draws nothing; naming a state later draws it.
        roundTrip(wf,
                  {[&] {
                       AslState asl = state(wf, "Approve")->asl;
                       asl.fields["Next"] = "Later";
                       return wf.setNodeAsl(stateId(wf, "Approve"), asl);
                   },
                   [&] { return wf.renameState(stateId(wf, "Failed"), QStringLiteral("Later")); }},
                  [&] {
                      QCOMPARE(edgeOf(wf, "Approve", {Kind::Next, -1})->to, stateId(wf, "Later"));
                  });
    }

    void deletingAStateRemovesItsReferencesAndUndoRestoresThem()
    {
        Workflow wf(diagram());
        const Id ship = stateId(wf, "Ship");
        const QVector<Id> nested{stateId(wf, "Label"), stateId(wf, "Notify")};
        roundTrip(
            wf, [&] { return wf.removeState(ship); },
            [&] {
                QVERIFY(!wf.node(ship));
                for (Id n : nested)
                    QVERIFY(!wf.node(n));
                QVERIFY(!fields(wf, "Approve").contains("Next"));
                QVERIFY(!fields(wf, "Check type").contains("Default"));
                QCOMPARE(fields(wf, "Check type")["Choices"].size(), size_t(1));
            });
        QCOMPARE(wf.node(ship)->asl.name, QStringLiteral("Ship"));
        QCOMPARE(wf.node(nested[1])->asl.name, QStringLiteral("Notify"));
        // Deleting the StartAt state empties StartAt.
        roundTrip(
            wf, [&] { return wf.removeState(stateId(wf, "Check type")); },
            [&] { QVERIFY(wf.data().aslTop["StartAt"] == ""); });
    }

    void nestedMachinesUseTheSameOperations()
    {
        Workflow wf(diagram());
        const Id label = stateId(wf, "Label");
        const Id branchLane = wf.node(label)->lane;
        Id added = NoId;
        roundTrip(wf,
                  {[&] {
                       AslState asl{QStringLiteral("Stamp"), QStringLiteral("Pass"),
                                    OrderedJson{{"Type", "Pass"}, {"End", true}}};
                       added = wf.addState(branchLane, asl, Shape::Rectangle);
                       return added != NoId;
                   },
                   [&] { return wf.addEdge(label, Side::Right, added, Side::Left) != NoId; }},
                  [&] {
                      QCOMPARE(wf.parentNode(added), stateId(wf, "Ship"));
                      QVERIFY(fields(wf, "Label")["Next"] == "Stamp");
                      QVERIFY(!fields(wf, "Label").contains("End"));
                      const OrderedJson branch =
                          AslWriter::toJson(wf.data())["States"]["Ship"]["Branches"][0];
                      QVERIFY(branch["States"]["Label"]["Next"] == "Stamp");
                  });
        // Nested entities are signalled by their own ids.
        QSignalSpy changed(&wf, &Workflow::nodeChanged);
        QSignalSpy addedSpy(&wf, &Workflow::nodeAdded);
        QVERIFY(wf.renameState(stateId(wf, "Notify"), QStringLiteral("Tell")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<Id>(), stateId(wf, "Tell"));
        wf.revert(wf.lastChange());
        const Id item = stateId(wf, "Item");
        QVERIFY(wf.removeState(item));
        QVERIFY(!wf.node(item));
        wf.revert(wf.lastChange());
        QCOMPARE(addedSpy.count(), 1);
        QCOMPARE(addedSpy.first().first().value<Id>(), item);
        QCOMPARE(wf.parentNode(item), stateId(wf, "Each"));
        roundTrip(
            wf, [&] { return wf.addBranch(stateId(wf, "Ship")) != NoId; },
            [&] { QCOMPARE(state(wf, "Ship")->subMachines.size(), size_t(3)); });
        // A state cannot move into a lane of another machine.
        QVERIFY(!wf.setNodeLane(label, wf.node(stateId(wf, "Approve"))->lane));
    }

    void lanesMoveDeleteAndRenameWithTheirStates()
    {
        Workflow wf(diagram());
        const Id main = wf.node(stateId(wf, "Approve"))->lane;
        Id other = NoId;
        roundTrip(wf,
                  {[&] {
                       other = wf.addLane(QStringLiteral("review"), QStringLiteral("Review"));
                       return other != NoId;
                   },
                   [&] { return wf.setNodeLane(stateId(wf, "Approve"), other); },
                   [&] { return wf.setLaneKey(other, QStringLiteral("checks")); }},
                  [&] {
                      QCOMPARE(wf.node(stateId(wf, "Approve"))->lane, other);
                      const QByteArray fz = written(wf.data()).fz;
                      QVERIFY(fz.contains("checks {"));
                      QVERIFY(fz.contains("checks.n"));
                  });
        roundTrip(
            wf, [&] { return wf.removeLaneWithNodes(main); },
            [&] {
                QVERIFY(!wf.lane(main));
                QVERIFY(wf.data().nodes.empty());
                QVERIFY(wf.data().edges.empty());
            });
    }

    void refusedMutationsChangeNothing()
    {
        Workflow wf(diagram());
        const Bytes before = written(wf.data());
        QVERIFY(!wf.setNodeAsl(stateId(wf, "Approve"),
                               AslState{QStringLiteral("Item"), QStringLiteral("Task"), {}}));
        QVERIFY(!wf.removeLane(wf.node(stateId(wf, "Approve"))->lane));
        QVERIFY(!wf.addEdge(stateId(wf, "Failed"), Side::Right, stateId(wf, "Ship"), Side::Left));
        QVERIFY(!wf.setEdgeMeaning(edgeOf(wf, "Approve", {Kind::Next, -1})->id,
                                   EdgeMeaning{Kind::Default, -1}));
        QVERIFY(!wf.removeBranch(stateId(wf, "Ship"), 5));
        QVERIFY(written(wf.data()) == before);
        QVERIFY(disagreement(wf.data()).isEmpty());
    }

    void oldProjectFilesGetUniqueIdsAndMeanings()
    {
        const auto r =
            DocumentIo::readFile(QStringLiteral(STEPWISE_TEST_DATA "/project/diagram-v1.stepwise"));
        QVERIFY(r.document);
        Workflow wf(*r.document);
        QVERIFY2(disagreement(wf.data()).isEmpty(), qPrintable(disagreement(wf.data())));
        QCOMPARE(edgeOf(wf, "Check type", {Kind::Default, -1})->to, stateId(wf, "Ship"));
        QVERIFY(wf.renameState(stateId(wf, "Ship"), QStringLiteral("Deliver")));
        QVERIFY(fields(wf, "Approve")["Next"] == "Deliver");
    }
};

QTEST_GUILESS_MAIN(TestWorkflowTransitions)
#include "tst_workflowtransitions.moc"
