#include "pastecommand.h"

#include "transitions.h"
#include "workflow.h"

#include <QRegularExpression>
#include <QSet>

namespace stepwise {

namespace {

void collectNames(const WorkflowData &m, QStringList &names)
{
    for (const Node &n : m.nodes) {
        if (!n.asl.name.isEmpty())
            names.append(n.asl.name);
        for (const WorkflowData &sub : n.subMachines)
            collectNames(sub, names);
    }
}

// Renames states at every depth of a machine: names, labels that showed them, references in
// fields and the machine's StartAt. Through placeholders, so that A->B, B->C cannot chain.
void renameAll(WorkflowData &m, const QHash<QString, QString> &names)
{
    auto placeholder = [](int i) { return QStringLiteral("\x01%1").arg(i); };
    const QStringList olds = names.keys();
    auto rewrite = [&](OrderedJson &fields) {
        for (int i = 0; i < olds.size(); ++i)
            Transitions::renameReferences(fields, olds[i], placeholder(i));
        for (int i = 0; i < olds.size(); ++i)
            Transitions::renameReferences(fields, placeholder(i), names.value(olds[i]));
    };
    if (m.aslTop.contains("StartAt") && m.aslTop["StartAt"].is_string()) {
        const QString start = QString::fromStdString(m.aslTop["StartAt"].get<std::string>());
        if (names.contains(start))
            m.aslTop["StartAt"] = names.value(start).toStdString();
    }
    for (Node &n : m.nodes) {
        n.source.clear();
        if (names.contains(n.asl.name)) {
            const QString fresh = names.value(n.asl.name);
            if (n.label == n.asl.name)
                n.label = fresh;
            n.asl.name = fresh;
        }
        rewrite(n.asl.fields);
        for (WorkflowData &sub : n.subMachines)
            renameAll(sub, names);
    }
}

} // namespace

QString PasteCommand::freshName(const Workflow &doc, const QString &name,
                                const QSet<QString> &taken)
{
    if (!doc.stateNamed(name) && !taken.contains(name))
        return name;
    // "Task 2" copied gives "Task 3", not "Task 2 2".
    static const QRegularExpression numbered(QStringLiteral("^(.*\\S) (\\d+)$"));
    const QRegularExpressionMatch m = numbered.match(name);
    const QString base = m.hasMatch() ? m.captured(1) : name;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 %2").arg(base).arg(i);
        if (!doc.stateNamed(candidate) && !taken.contains(candidate) && candidate.size() <= 80)
            return candidate;
    }
}

PasteCommand::PasteCommand(Workflow *doc, WorkflowData fragment, const QVector<Id> &nodes, Id lane,
                           QPointF shift, Verb verb, QUndoCommand *parent)
    : ModelCommand(doc, parent), m_pasted(std::make_shared<QHash<Id, Id>>())
{
    const auto machine = doc->machineOf(lane);
    QVector<Id> chosen;
    for (Id id : nodes)
        if (fragment.node(id))
            chosen.append(id);
    const int count = int(chosen.size());
    if (verb == Verb::Duplicate)
        setText(count == 1 ? tr("Duplicate 1 state") : tr("Duplicate %1 states").arg(count));
    else
        setText(count == 1 ? tr("Paste 1 state") : tr("Paste %1 states").arg(count));
    if (!doc->lane(lane) || !machine || chosen.isEmpty()) {
        setObsolete(true);
        return;
    }

    // Names unique in the whole definition, nested states included.
    QStringList names;
    collectNames(fragment, names);
    QSet<QString> taken;
    QHash<QString, QString> renames;
    for (const QString &name : std::as_const(names)) {
        const QString fresh = freshName(*doc, name, taken);
        taken.insert(fresh);
        if (fresh != name)
            renames.insert(name, fresh);
    }
    if (!renames.isEmpty())
        renameAll(fragment, renames);

    const WorkflowData *target = doc->machine(*machine);
    const bool oneLane = fragment.lanes.size() <= 1;
    int unplaced = 0;
    for (Id id : std::as_const(chosen)) {
        Node n = *fragment.node(id);
        const Lane *from = fragment.lane(n.lane);
        const Lane *same = !oneLane && from ? target->laneByKey(from->key) : nullptr;
        n.lane = same ? same->id : lane;
        if (n.position)
            n.position = *n.position + shift;
        else
            n.position = shift + QPointF(200 * unplaced++, 0);
        n.position->setY(std::max<qreal>(8, n.position->y()));
        std::vector<WorkflowData> branches = std::move(n.subMachines);
        n.subMachines.clear();
        auto pasted = m_pasted;
        addOperation([n, id, pasted](Workflow *d) mutable {
            n.id = d->data().nextId;
            const auto ref = d->machineOf(n.lane);
            n.fzId = ref ? d->machine(*ref)->nextFzId() : QString();
            if (!d->insertNode(n))
                return Result::Refused;
            pasted->insert(id, n.id);
            return Result::Done;
        });
        if (!branches.empty())
            addOperation([id, branches, pasted](Workflow *d) {
                return of(d->setNodeSubMachines(pasted->value(id), branches));
            });
    }
    // The drawn edges of FlowZap-only nodes; ASL edges came with their states' fields.
    for (const Edge &e : fragment.edges) {
        if (!e.meaning.isPlain() || !chosen.contains(e.from) || !chosen.contains(e.to))
            continue;
        auto pasted = m_pasted;
        addOperation([e, pasted](Workflow *d) {
            return of(d->addEdge(pasted->value(e.from), e.fromSide, pasted->value(e.to), e.toSide,
                                 e.label, e.hasLabel) != NoId);
        });
    }
}

} // namespace stepwise
