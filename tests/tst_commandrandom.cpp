// Issue 7, point 9: a seeded random sequence of 1,000 edits of every command kind in
// editor/commands/, pushed through a QUndoStack onto the seed orchestration template (its .fz
// and its ASL form). Undoing all gives back the original's written bytes (.fz, ASL, .stepwise),
// redoing all gives back the edited document's bytes, and after every edit the model's edges
// and the ASL it writes agree.
//
// Each kind is one entry in kinds(): a name and a function that builds a command from the
// document as it is now (nullptr when the document offers nothing to apply it to). A new
// command is covered by adding one entry.
#include "commands/addlanecommand.h"
#include "commands/addstatecommand.h"
#include "commands/connectcommand.h"
#include "commands/deletecommand.h"
#include "commands/edgelabelcommand.h"
#include "commands/editfielddocumentcommand.h"
#include "commands/editfieldedgecommand.h"
#include "commands/editfieldlanecommand.h"
#include "commands/editfieldworkflowcommand.h"
#include "commands/editstatecommand.h"
#include "commands/movelanecommand.h"
#include "commands/movestatescommand.h"
#include "commands/reconnectedgecommand.h"
#include "commands/renamelanecommand.h"
#include "commands/renamestatecommand.h"
#include "commands/tidyupcommand.h"
#include "palette/statetemplates.h"
#include "scene/diagramscene.h"
#include "workflowcheck.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace stepwise;

namespace {

struct Context
{
    Workflow *doc;
    DiagramScene *scene;
    QRandomGenerator rng;
    DocumentIo::Format format; // the template's own format, for the code-view edit
    int serial = 0;            // makes names and labels unique across the run

    int below(int n) { return n <= 0 ? 0 : int(rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T *pick(const std::vector<T> &v)
    {
        return v.empty() ? nullptr : &v[size_t(below(int(v.size())))];
    }
    QString fresh(const char *prefix)
    {
        return QString::fromLatin1(prefix) + QString::number(++serial);
    }
    const WorkflowData &root() const { return doc->data(); }

    // Entities at any depth (Parallel branches, Map processors), for the field edits.
    std::vector<Id> allNodes() const
    {
        std::vector<Id> ids;
        for (const MachineRef &m : doc->machines())
            for (const Node &n : doc->machine(m)->nodes)
                ids.push_back(n.id);
        return ids;
    }
    std::vector<Id> allLanes() const
    {
        std::vector<Id> ids;
        for (const MachineRef &m : doc->machines())
            for (const Lane &l : doc->machine(m)->lanes)
                ids.push_back(l.id);
        return ids;
    }
    Id anyOf(const std::vector<Id> &ids)
    {
        return ids.empty() ? NoId : ids[size_t(below(int(ids.size())))];
    }
    Side side() { return Side(below(4)); }
};

// Where two written documents first differ: the format, the line and both texts of it.
QString difference(const test::Bytes &got, const test::Bytes &want)
{
    const std::pair<const char *, std::pair<QByteArray, QByteArray>> parts[] = {
        {"fz", {got.fz, want.fz}},
        {"asl", {got.asl, want.asl}},
        {"stepwise", {got.project, want.project}}};
    for (const auto &[name, texts] : parts) {
        if (texts.first == texts.second)
            continue;
        const QList<QByteArray> a = texts.first.split('\n'), b = texts.second.split('\n');
        int i = 0;
        while (i < a.size() && i < b.size() && a[i] == b[i])
            ++i;
        return QStringLiteral("%1 line %2: got \"%3\", want \"%4\"")
            .arg(QLatin1String(name))
            .arg(i + 1)
            .arg(QString::fromUtf8(a.value(i)).trimmed(), QString::fromUtf8(b.value(i)).trimmed());
    }
    return {};
}

// A state name used twice anywhere in the definition (AWS wants them unique document-wide).
QString duplicateName(const Workflow &doc)
{
    QSet<QString> seen;
    for (const MachineRef &m : doc.machines())
        for (const Node &n : doc.machine(m)->nodes) {
            if (n.asl.name.isEmpty())
                continue;
            if (seen.contains(n.asl.name))
                return n.asl.name;
            seen.insert(n.asl.name);
        }
    return {};
}

struct Kind
{
    const char *name;
    std::function<QUndoCommand *(Context &)> make;
};

QUndoCommand *stateField(Context &c)
{
    const Id id = c.anyOf(c.allNodes());
    const Node *n = c.doc->node(id);
    if (!n)
        return nullptr;
    EditStateCommand::Facets f = EditStateCommand::facetsOf(*n);
    QString field;
    switch (c.below(5)) {
    case 0:
        f.label = c.fresh("Label ");
        field = QStringLiteral("label");
        break;
    case 1:
        f.shape = Shape(c.below(4));
        field = QStringLiteral("shape");
        break;
    case 2: { // another lane of the same machine
        const WorkflowData *m = c.doc->machine(*c.doc->machineOf(id));
        f.lane = c.pick(m->lanes)->id;
        field = QStringLiteral("lane");
        break;
    }
    case 3:
        if (f.asl.type.isEmpty())
            return nullptr;
        f.asl.fields["Comment"] = c.fresh("comment ").toStdString();
        field = QStringLiteral("/Comment");
        break;
    default:
        if (f.asl.type != QLatin1String("Task"))
            return nullptr;
        f.asl.fields["TimeoutSeconds"] = 1 + c.below(300);
        field = QStringLiteral("/TimeoutSeconds");
        break;
    }
    return new EditStateCommand(c.doc, id, f, field);
}

QUndoCommand *workflowField(Context &c)
{
    const QVector<MachineRef> machines = c.doc->machines();
    const MachineRef m = c.chance(70) ? MachineRef{} : machines[c.below(int(machines.size()))];
    OrderedJson top = c.doc->machine(m)->aslTop;
    QString field;
    if (c.chance(50)) {
        top["Comment"] = c.fresh("about ").toStdString();
        field = QStringLiteral("Comment");
    } else {
        top["TimeoutSeconds"] = 60 + c.below(3600);
        field = QStringLiteral("TimeoutSeconds");
    }
    return new EditFieldWorkflowCommand(c.doc, top, field, m);
}

// What the code view pushes after a valid text edit: the whole document read from new text.
QUndoCommand *documentText(Context &c)
{
    QByteArray text = DocumentIo::write(c.root(), c.format).bytes;
    if (c.format == DocumentIo::Format::FlowZap) {
        text += "// " + c.fresh("note ").toUtf8() + '\n';
    } else {
        OrderedJson j = OrderedJson::parse(text.toStdString(), nullptr, false);
        if (j.is_discarded())
            return nullptr;
        j["Comment"] = c.fresh("from the code view ").toStdString();
        text = QByteArray::fromStdString(j.dump(2));
    }
    DocumentIo::ReadResult r = DocumentIo::read(text, c.format);
    if (!r.document)
        return nullptr;
    // Open finding (model/asl, not a command): the ASL written for a document with a
    // palette-made Parallel or Map can read back with one nested state name twice. Such a
    // text is left out here, as the code view should refuse it; see the report of issue 7.
    Workflow read(*r.document);
    if (!duplicateName(read).isEmpty())
        return nullptr;
    return new EditFieldDocumentCommand(c.doc, *r.document, DocumentIo::formatName(c.format));
}

QUndoCommand *moveStates(Context &c, bool nudge)
{
    QVector<StateMove> moves;
    const int count = 1 + c.below(3);
    const Lane *lane = c.pick(c.root().lanes);
    const QPointF delta(c.below(5) * 10 - 20, c.below(5) * 10 - 20);
    for (int i = 0; i < count; ++i) {
        const Node *n = c.pick(c.root().nodes);
        if (!n || !lane)
            return nullptr;
        bool seen = false;
        for (const StateMove &m : moves)
            seen = seen || m.node == n->id;
        if (seen)
            continue;
        StateMove m;
        m.node = n->id;
        m.fromLane = n->lane;
        m.from = n->position;
        m.toLane = nudge ? n->lane : lane->id;
        m.to = nudge ? n->position.value_or(QPointF(40, 20)) + delta
                     : QPointF(20 + c.below(60) * 10, 10 + c.below(8) * 10);
        moves.append(m);
    }
    return new MoveStatesCommand(c.doc, moves, nudge);
}

const QVector<Kind> &kinds()
{
    static const QVector<Kind> all{
        {"add state",
         [](Context &c) -> QUndoCommand * {
             static const char *keys[] = {"task",     "callback", "pass",    "choice", "wait",
                                          "parallel", "map",      "succeed", "fail"};
             const Lane *lane = c.pick(c.root().lanes);
             if (!lane)
                 return nullptr;
             const Node node =
                 StateTemplates::makeNode(c.root(), QLatin1String(keys[c.below(9)]), lane->id);
             const Node *after = c.chance(50) ? c.pick(c.root().nodes) : nullptr;
             return new AddStateCommand(c.doc, node, after ? after->id : NoId);
         }},
        {"delete states",
         [](Context &c) -> QUndoCommand * {
             QVector<Id> nodes;
             for (int i = c.below(2); i >= 0; --i)
                 if (const Node *n = c.pick(c.root().nodes))
                     nodes.append(n->id);
             return new DeleteCommand(c.doc, nodes, {});
         }},
        {"delete edge",
         [](Context &c) -> QUndoCommand * {
             const Edge *e = c.pick(c.root().edges);
             return e ? new DeleteCommand(c.doc, {}, {e->id}) : nullptr;
         }},
        {"delete lane",
         [](Context &c) -> QUndoCommand * {
             // Rarely: a lane takes its states with it, and the run should keep some.
             const Lane *l =
                 c.root().lanes.size() > 2 && c.chance(20) ? c.pick(c.root().lanes) : nullptr;
             return l ? new DeleteCommand(c.doc, {}, {}, {l->id}) : nullptr;
         }},
        {"move states", [](Context &c) { return moveStates(c, false); }},
        {"nudge states", [](Context &c) { return moveStates(c, true); }},
        {"rename state",
         [](Context &c) -> QUndoCommand * {
             const Node *n = c.pick(c.root().nodes);
             return n ? new RenameStateCommand(c.doc, n->id, c.fresh("State ")) : nullptr;
         }},
        {"connect",
         [](Context &c) -> QUndoCommand * {
             const Node *a = c.pick(c.root().nodes);
             const Node *b = c.pick(c.root().nodes);
             if (!a || !b)
                 return nullptr;
             return new ConnectCommand(c.doc, a->id, c.side(), b->id, c.side(),
                                       c.chance(30) ? c.fresh("go ") : QString());
         }},
        {"reconnect edge",
         [](Context &c) -> QUndoCommand * {
             const Edge *e = c.pick(c.root().edges);
             const Node *n = c.pick(c.root().nodes);
             if (!e || !n)
                 return nullptr;
             const bool target = c.chance(60);
             return new ReconnectEdgeCommand(c.doc, e->id, target ? e->from : n->id, e->fromSide,
                                             target ? n->id : e->to, c.side());
         }},
        {"label edge",
         [](Context &c) -> QUndoCommand * {
             const Edge *e = c.pick(c.root().edges);
             return e ? new EdgeLabelCommand(c.doc, e->id, c.fresh("label ")) : nullptr;
         }},
        {"edge field label",
         [](Context &c) -> QUndoCommand * {
             const Edge *e = c.pick(c.root().edges);
             return e ? new EditFieldEdgeCommand(c.doc, e->id, c.fresh("via ")) : nullptr;
         }},
        {"edge meaning",
         [](Context &c) -> QUndoCommand * {
             const Edge *e = c.pick(c.root().edges);
             using K = EdgeMeaning::Kind;
             static const K meanings[] = {K::Next, K::Default, K::Choice, K::Catch};
             if (!e)
                 return nullptr;
             // -1: a new Choice rule or catcher, as the edge form offers.
             const EdgeMeaning m{meanings[c.below(4)], -1};
             return new EditFieldEdgeCommand(c.doc, e->id, m);
         }},
        {"add lane",
         [](Context &c) -> QUndoCommand * {
             const QString title = c.fresh("Team ");
             return new AddLaneCommand(c.doc, AddLaneCommand::uniqueKey(c.root(), title), title,
                                       c.below(int(c.root().lanes.size()) + 1));
         }},
        {"rename lane",
         [](Context &c) -> QUndoCommand * {
             const Lane *l = c.pick(c.root().lanes);
             if (!l)
                 return nullptr;
             const QString title = c.fresh("Group ");
             return new RenameLaneCommand(c.doc, l->id, title,
                                          c.chance(50) ? AddLaneCommand::uniqueKey(c.root(), title)
                                                       : l->key);
         }},
        {"move lane",
         [](Context &c) -> QUndoCommand * {
             const Id lane = c.anyOf(c.allLanes());
             const WorkflowData *m = c.doc->machine(*c.doc->machineOf(lane));
             return new MoveLaneCommand(c.doc, lane, c.below(int(m->lanes.size())));
         }},
        {"lane field",
         [](Context &c) -> QUndoCommand * {
             const Id lane = c.anyOf(c.allLanes());
             const WorkflowData *m = c.doc->machine(*c.doc->machineOf(lane));
             const bool key = c.chance(40);
             const QString value =
                 key ? AddLaneCommand::uniqueKey(*m, c.fresh("k")) : c.fresh("Lane title ");
             return new EditFieldLaneCommand(c.doc, lane,
                                             key ? EditFieldLaneCommand::Field::Key
                                                 : EditFieldLaneCommand::Field::Title,
                                             value);
         }},
        {"state field", stateField},
        {"workflow field", workflowField},
        {"code view text", documentText},
        {"tidy up",
         [](Context &c) -> QUndoCommand * {
             c.scene->flush();
             QVector<Id> some;
             if (c.chance(50))
                 for (int i = 0; i < 3; ++i)
                     if (const Node *n = c.pick(c.root().nodes))
                         some.append(n->id);
             return new TidyUpCommand(c.scene, some);
         }},
    };
    return all;
}

} // namespace

class TstCommandRandom : public QObject
{
    Q_OBJECT
private slots:
    void undoAllRedoAll_data();
    void undoAllRedoAll();
};

void TstCommandRandom::undoAllRedoAll_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<quint32>("seed");
    const QString dir = QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates/");
    for (quint32 seed : {7u, 2024u}) {
        QTest::addRow("fz-%u", seed)
            << dir + QStringLiteral("seed-step-functions-orchestration.fz") << seed;
        QTest::addRow("asl-%u", seed)
            << dir + QStringLiteral("seed-step-functions-orchestration.asl.json") << seed;
    }
}

void TstCommandRandom::undoAllRedoAll()
{
    QFETCH(QString, file);
    QFETCH(quint32, seed);
    DocumentIo::ReadResult r = DocumentIo::readFile(file);
    QVERIFY2(r.document, qPrintable(file));
    Workflow doc(*r.document);
    DiagramScene scene(&doc);
    QUndoStack stack;
    Context c{&doc, &scene, QRandomGenerator(seed), DocumentIo::formatForPath(file)};
    QVERIFY(test::disagreement(doc.data()).isEmpty());
    const test::Bytes original = test::written(doc.data());

    const QVector<Kind> &all = kinds();
    QMap<QString, int> applied, refused, broken;
    int edits = 0;
    for (int attempt = 0; edits < 1000 && attempt < 20000; ++attempt) {
        const Kind &kind = all[c.below(int(all.size()))];
        const test::Bytes before = test::written(doc.data());
        QUndoCommand *command = kind.make(c);
        if (!command || command->isObsolete()) {
            delete command;
            ++refused[QLatin1String(kind.name)];
            // Refused when built: nothing changed.
            QVERIFY2(test::written(doc.data()) == before, kind.name);
            continue;
        }
        const int index = stack.index();
        const QString label = command->text();
        stack.push(command);
        QVERIFY2(!label.isEmpty(), kind.name);
        const bool newStep = stack.count() > index;
        const test::Bytes after = test::written(doc.data());
        if (!newStep && after == before) {
            // Dropped by the stack (obsolete after redo, or merged back to nothing).
            ++refused[QLatin1String(kind.name)];
            continue;
        }
        ++applied[QLatin1String(kind.name)];
        ++edits;
        // Each step on its own: undo gives back the bytes before it, redo the bytes after it
        // (an edit merged into the step before is checked with it at the end).
        if (newStep) {
            stack.undo();
            const QString undoDiff = difference(test::written(doc.data()), before);
            stack.redo();
            const QString redoDiff = difference(test::written(doc.data()), after);
            for (const QString &diff : {undoDiff, redoDiff})
                if (!diff.isEmpty() && broken[QLatin1String(kind.name)]++ == 0)
                    qWarning("%s: %s (#%d): %s", kind.name, qPrintable(label), edits,
                             qPrintable(diff));
        }
        const QString problem = test::disagreement(doc.data());
        QVERIFY2(duplicateName(doc).isEmpty(),
                 qPrintable(QStringLiteral("after %1 #%2: \"%3\" names two states")
                                .arg(label)
                                .arg(edits)
                                .arg(duplicateName(doc))));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after %1 #%2: %3").arg(label).arg(edits).arg(problem)));
    }
    QCOMPARE(edits, 1000);
    for (const Kind &k : all) {
        qInfo("%-18s applied %4d  refused %4d", k.name, applied.value(QLatin1String(k.name)),
              refused.value(QLatin1String(k.name)));
        // Every kind was exercised (an edge has an ASL meaning only between ASL states).
        const bool applies = AslWriter::hasAslStates(*r.document) ||
                             QLatin1String(k.name) != QLatin1String("edge meaning");
        QVERIFY2(!applies || applied.value(QLatin1String(k.name)) > 0, k.name);
    }
    qInfo("%d edits in %d undo steps", edits, stack.count());
    QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("undo or redo of one step gave other "
                                                         "bytes: %1")
                                              .arg(broken.keys().join(QStringLiteral(", ")))));

    const test::Bytes edited = test::written(doc.data());
    QVERIFY(!(edited == original));
    stack.setIndex(0);
    const test::Bytes undone = test::written(doc.data());
    QCOMPARE(undone.fz, original.fz);
    QCOMPARE(undone.asl, original.asl);
    QCOMPARE(undone.project, original.project);
    stack.setIndex(stack.count());
    const test::Bytes redone = test::written(doc.data());
    QCOMPARE(redone.fz, edited.fz);
    QCOMPARE(redone.asl, edited.asl);
    QCOMPARE(redone.project, edited.project);
}

QTEST_MAIN(TstCommandRandom)
#include "tst_commandrandom.moc"
