// A seeded random walk of model edits of every kind: after each edit the edges and the ASL
// agree; reverting every change in reverse gives back the bytes of every format, and
// reapplying them gives back the edited bytes.
#include "workflowcheck.h"

#include <QDir>
#include <QRandomGenerator>
#include <QtTest>

using namespace stepwise;
using namespace stepwise::test;

namespace {

using Kind = EdgeMeaning::Kind;

class Walker
{
public:
    Walker(Workflow &wf, quint32 seed) : m_wf(wf), m_rng(seed) {}

    // One random edit; returns its name (for messages) and whether it applied.
    QString step(bool *applied)
    {
        const int kind = int(m_rng.bounded(22));
        QString name;
        *applied = apply(kind, &name);
        return name;
    }

private:
    int pick(int n) { return n <= 0 ? -1 : int(m_rng.bounded(n)); }

    // Every entity of a kind; half of the time only those of one machine picked at random, so
    // that branches get their share of the edits however small they are.
    QVector<Id> all(Statement::Kind kind, bool statesOnly = false)
    {
        QVector<Id> out;
        QVector<MachineRef> machines = m_wf.machines();
        if (pick(2) == 0)
            machines = {machines[pick(int(machines.size()))]};
        for (const MachineRef &ref : machines) {
            const WorkflowData *m = m_wf.machine(ref);
            if (kind == Statement::Kind::Lane)
                for (const Lane &l : m->lanes)
                    out.append(l.id);
            if (kind == Statement::Kind::Node)
                for (const Node &n : m->nodes)
                    if (!statesOnly || !n.asl.type.isEmpty())
                        out.append(n.id);
            if (kind == Statement::Kind::Edge)
                for (const Edge &e : m->edges)
                    out.append(e.id);
        }
        return out;
    }
    Id any(Statement::Kind kind, bool statesOnly = false)
    {
        const QVector<Id> ids = all(kind, statesOnly);
        return ids.isEmpty() ? NoId : ids[pick(int(ids.size()))];
    }
    // A node of the same machine as `id` (or of any machine, now and then, to be refused).
    Id near(Id id, bool statesOnly = false)
    {
        if (pick(10) == 0)
            return any(Statement::Kind::Node, statesOnly);
        const WorkflowData *m = m_wf.machine(*m_wf.machineOf(id));
        QVector<Id> ids;
        for (const Node &n : m->nodes)
            if (!statesOnly || !n.asl.type.isEmpty())
                ids.append(n.id);
        return ids.isEmpty() ? NoId : ids[pick(int(ids.size()))];
    }
    QString freshName() { return QStringLiteral("S%1").arg(++m_names); }
    QString someName()
    {
        const Id s = any(Statement::Kind::Node, true);
        return pick(4) == 0 || s == NoId ? freshName() : m_wf.node(s)->asl.name;
    }
    EdgeMeaning someMeaning()
    {
        static const Kind kinds[] = {Kind::Next,  Kind::Choice, Kind::Default,
                                     Kind::Catch, Kind::End,    Kind::StartAt};
        const Kind k = kinds[pick(6)];
        const bool listed = k == Kind::Choice || k == Kind::Catch;
        return EdgeMeaning{k, listed ? pick(3) - 1 : -1};
    }
    AslState newState()
    {
        static const char *types[] = {"Pass",    "Task", "Choice",   "Wait",
                                      "Succeed", "Fail", "Parallel", "Map"};
        const QString type = QString::fromLatin1(types[pick(8)]);
        OrderedJson f{{"Type", type.toStdString()}};
        if (type == QLatin1String("Task"))
            f["Resource"] = "arn:aws:states:::lambda:invoke";
        if (type == QLatin1String("Wait"))
            f["Seconds"] = 1;
        if (type == QLatin1String("Choice"))
            f["Choices"] = OrderedJson::array();
        else if (type != QLatin1String("Succeed") && type != QLatin1String("Fail"))
            f["End"] = true;
        return AslState{freshName(), type, f};
    }
    AslState editedFields(const Node &n)
    {
        AslState asl = n.asl;
        OrderedJson &f = asl.fields;
        switch (pick(6)) {
        case 0:
            f["Comment"] = "edited " + std::to_string(pick(1000));
            break;
        case 1:
            if (f.contains("Next") || pick(2) == 0) {
                f.erase("End");
                f["Next"] = someName().toStdString();
            }
            break;
        case 2:
            if (f.contains("Choices") && f["Choices"].is_array() && !f["Choices"].empty())
                f["Choices"].erase(size_t(pick(int(f["Choices"].size()))));
            else
                f.erase("Default");
            break;
        case 3:
            f.erase("Next");
            f["End"] = true;
            break;
        case 4:
            if (f.contains("Catch") && f["Catch"].is_array() && !f["Catch"].empty())
                f["Catch"].erase(size_t(0));
            else
                f["Catch"] = OrderedJson::array(
                    {{{"ErrorEquals", {"States.ALL"}}, {"Next", someName().toStdString()}}});
            break;
        default:
            if (f.contains("Choices") && f["Choices"].is_array())
                f["Choices"].push_back({{"Variable", "$.x"},
                                        {"NumericEquals", pick(9)},
                                        {"Next", someName().toStdString()}});
            else
                asl.name = someName();
            break;
        }
        return asl;
    }

    bool apply(int kind, QString *name)
    {
        const Side r = Side::Right, l = Side::Left;
        switch (kind) {
        case 0: {
            *name = QStringLiteral("addState");
            const Id lane = any(Statement::Kind::Lane);
            return lane && m_wf.addState(lane, newState(), Shape::Rectangle) != NoId;
        }
        case 1: {
            *name = QStringLiteral("addNode");
            const Id lane = any(Statement::Kind::Lane);
            return lane && m_wf.addNode(lane, Shape::Circle, QStringLiteral("note")) != NoId;
        }
        case 2:
        case 3: {
            *name = QStringLiteral("addEdge");
            const Id from = any(Statement::Kind::Node);
            return from && m_wf.addEdge(from, r, near(from), l) != NoId;
        }
        case 4: {
            *name = QStringLiteral("addEdge with meaning");
            const Id from = any(Statement::Kind::Node);
            return from && m_wf.addEdge(from, r, near(from), l, {}, false, someMeaning()) != NoId;
        }
        case 5:
        case 6: {
            *name = QStringLiteral("removeEdge");
            const Id e = any(Statement::Kind::Edge);
            return e && m_wf.removeEdge(e);
        }
        case 7: {
            *name = QStringLiteral("removeState");
            const Id n = any(Statement::Kind::Node);
            return n && m_wf.removeState(n);
        }
        case 8:
        case 9: {
            *name = QStringLiteral("renameState");
            const Id n = any(Statement::Kind::Node, true);
            return n && m_wf.renameState(n, pick(3) == 0 ? someName() : freshName());
        }
        case 10: {
            *name = QStringLiteral("setEdgeEnds");
            const Id e = any(Statement::Kind::Edge);
            if (!e)
                return false;
            const Edge edge = *m_wf.edge(e);
            const Id from = pick(3) == 0 ? near(edge.from) : edge.from;
            return m_wf.setEdgeEnds(e, from, edge.fromSide, near(edge.from), edge.toSide);
        }
        case 11: {
            *name = QStringLiteral("setEdgeMeaning");
            const Id e = any(Statement::Kind::Edge);
            return e && m_wf.setEdgeMeaning(e, someMeaning());
        }
        case 12:
        case 13: {
            *name = QStringLiteral("setNodeAsl");
            const Id n = any(Statement::Kind::Node, true);
            return n && m_wf.setNodeAsl(n, editedFields(*m_wf.node(n)));
        }
        case 14: {
            *name = QStringLiteral("setLaneKey");
            const Id lane = any(Statement::Kind::Lane);
            return lane &&
                   m_wf.setLaneKey(lane, pick(3) == 0 ? QStringLiteral("StateMachine")
                                                      : QStringLiteral("lane%1").arg(pick(50)));
        }
        case 15: {
            *name = QStringLiteral("setNodeLane");
            const Id n = any(Statement::Kind::Node);
            return n && m_wf.setNodeLane(n, any(Statement::Kind::Lane));
        }
        case 16: {
            *name = QStringLiteral("addLane/moveLane");
            const Id lane = any(Statement::Kind::Lane);
            if (!lane)
                return false;
            if (pick(2) == 0)
                return m_wf.moveLane(lane, pick(3));
            return m_wf.addLane(QStringLiteral("extra%1").arg(pick(50)), QStringLiteral("Extra"),
                                -1, *m_wf.machineOf(lane)) != NoId;
        }
        case 17: {
            *name = QStringLiteral("removeLaneWithNodes");
            // Only where another lane stays, so that the walk keeps something to edit.
            const Id lane = any(Statement::Kind::Lane);
            return lane && m_wf.machine(*m_wf.machineOf(lane))->lanes.size() > 1 &&
                   m_wf.removeLaneWithNodes(lane);
        }
        case 18: {
            *name = QStringLiteral("addBranch/removeBranch");
            const Id n = any(Statement::Kind::Node, true);
            if (!n)
                return false;
            if (pick(3) == 0)
                return m_wf.removeBranch(n, pick(2));
            return m_wf.addBranch(n) != NoId;
        }
        case 19: {
            *name = QStringLiteral("setAslTop");
            const Id n = any(Statement::Kind::Node, true);
            if (!n)
                return false;
            const MachineRef ref = *m_wf.machineOf(n);
            OrderedJson top = m_wf.machine(ref)->aslTop;
            top["StartAt"] = pick(5) == 0 ? "Nowhere" : m_wf.node(n)->asl.name.toStdString();
            return m_wf.setAslTop(top, ref);
        }
        case 20: {
            *name = QStringLiteral("label/position");
            const Id n = any(Statement::Kind::Node);
            if (!n)
                return false;
            if (pick(2) == 0)
                return m_wf.setNodePosition(n, QPointF(pick(500), pick(500)));
            return m_wf.setNodeLabel(n, QStringLiteral("label %1").arg(pick(100)));
        }
        default: {
            *name = QStringLiteral("setEdgeLabel/setLaneTitle");
            const Id e = any(Statement::Kind::Edge);
            if (e && pick(2) == 0)
                return m_wf.setEdgeLabel(e, QStringLiteral("x%1").arg(pick(100)));
            const Id lane = any(Statement::Kind::Lane);
            return lane && m_wf.setLaneTitle(lane, QStringLiteral("Title %1").arg(pick(100)));
        }
        }
    }

    Workflow &m_wf;
    QRandomGenerator m_rng;
    int m_names = 0;
};

QByteArray load(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestWorkflowRandom : public QObject
{
    Q_OBJECT
private slots:
    void randomEditsKeepTransitionsAndUndoExactly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("edits");
        for (const char *seed : {"seed-step-functions-orchestration", "seed-multi-cloud-serverless",
                                 "seed-serverless-event-processing"})
            QTest::newRow(seed) << QStringLiteral(STEPWISE_TEST_DATA
                                                  "/../../resources/templates/") +
                                       QLatin1String(seed) + QStringLiteral(".fz")
                                << 1000;
        QTest::newRow("own ASL with Parallel and Map")
            << QStringLiteral(STEPWISE_TEST_DATA "/asl/diagram.asl.json") << 1000;
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        if (shared.isEmpty())
            return;
        const QDir corpus(shared + QStringLiteral("/corpus/asl"));
        int taken = 0;
        for (const QString &file :
             corpus.entryList({QStringLiteral("*.asl.json")}, QDir::Files, QDir::Name)) {
            const QByteArray text = load(corpus.filePath(file));
            if (!text.contains("\"Parallel\"") && !text.contains("\"Map\""))
                continue;
            QTest::newRow(qPrintable(file)) << corpus.filePath(file) << 1000;
            if (++taken == 4)
                break;
        }
    }

    void randomEditsKeepTransitionsAndUndoExactly()
    {
        QFETCH(QString, path);
        QFETCH(int, edits);
        const auto read = DocumentIo::readFile(path);
        QVERIFY2(read.document, qPrintable(path));
        Workflow wf(*read.document);
        QVERIFY2(disagreement(wf.data()).isEmpty(), qPrintable(disagreement(wf.data())));
        const Bytes original = written(wf.data());
        Walker walk(wf, 20261130);
        std::vector<WorkflowChange> changes;
        QMap<QString, int> appliedByKind;
        int applied = 0, nested = 0;
        for (int i = 0; i < edits; ++i) {
            const QByteArray before = written(wf.data()).project;
            bool ok = false;
            const QString what = walk.step(&ok);
            const QString why = disagreement(wf.data());
            QVERIFY2(why.isEmpty(),
                     qPrintable(QStringLiteral("edit %1 (%2): %3").arg(i).arg(what, why)));
            if (!ok) {
                QVERIFY2(written(wf.data()).project == before,
                         qPrintable(QStringLiteral("refused edit %1 (%2) changed the document")
                                        .arg(i)
                                        .arg(what)));
                continue;
            }
            ++applied;
            ++appliedByKind[what];
            changes.push_back(wf.lastChange());
            for (const WorkflowChange::Step &st : changes.back().steps)
                if (!st.machine.isRoot()) {
                    ++nested;
                    break;
                }
        }
        QVERIFY2(applied > edits / 5, qPrintable(QString::number(applied)));
        // Every kind of edit happened (the walk is seeded, so this is a fixed fact of it).
        QStringList kinds;
        for (auto it = appliedByKind.cbegin(); it != appliedByKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        const bool asl = path.endsWith(QLatin1String(".json"));
        // (A FlowZap template has few states, so some of their edits may not come up.)
        QVERIFY2(appliedByKind.size() >= (asl ? 18 : 15),
                 qPrintable(kinds.join(QStringLiteral(", "))));
        if (asl)
            QVERIFY2(nested > 50, qPrintable(QString::number(nested)));
        const Bytes edited = written(wf.data());
        for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
            wf.revert(*it);
            QVERIFY(disagreement(wf.data()).isEmpty());
        }
        const Bytes back = written(wf.data());
        QCOMPARE(back.fz, original.fz);
        QCOMPARE(back.asl, original.asl);
        QCOMPARE(back.project, original.project);
        for (const WorkflowChange &c : changes)
            wf.reapply(c);
        QVERIFY(written(wf.data()) == edited);
        qInfo("%s: %d of %d edits applied, %d inside branches; %s",
              qPrintable(QFileInfo(path).fileName()), applied, edits, nested,
              qPrintable(kinds.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowRandom)
#include "tst_workflowrandom.moc"
