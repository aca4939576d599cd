// transitionProblems(): the check that the drawn edges and the ASL fields agree.
#include "transitions.h"

#include <QHash>
#include <QSet>

namespace stepwise {

namespace {

using Kind = EdgeMeaning::Kind;

QString where(const WorkflowData &m, Id id)
{
    const Node *n = m.node(id);
    if (!n)
        return QStringLiteral("#%1").arg(id);
    return n->asl.name.isEmpty() ? n->fzId : QLatin1Char('"') + n->asl.name + QLatin1Char('"');
}

void checkMachine(const WorkflowData &m, const QString &path, QSet<Id> &ids,
                  QHash<QString, QString> &names, QStringList &out)
{
    auto note = [&](const QString &text) { out << path + QStringLiteral(": ") + text; };
    auto claim = [&](Id id) {
        if (id == NoId || ids.contains(id))
            note(QStringLiteral("id %1 is zero or used twice in the document").arg(id));
        ids.insert(id);
    };
    for (const Lane &l : m.lanes)
        claim(l.id);
    for (const Node &n : m.nodes) {
        claim(n.id);
        if (!m.lane(n.lane))
            note(QStringLiteral("node %1 names a lane of another machine").arg(n.id));
        if (!n.asl.type.isEmpty()) {
            if (names.contains(n.asl.name))
                note(QStringLiteral("state name \"%1\" is used twice").arg(n.asl.name));
            names.insert(n.asl.name, path);
        }
    }
    for (const Loop &l : m.loops)
        claim(l.id);
    const Id end = Transitions::endMarker(m, false);
    QHash<Id, QHash<QString, Id>> drawn; // state -> meaning -> target
    int starts = 0;
    for (const Edge &e : m.edges) {
        claim(e.id);
        const Node *from = m.node(e.from);
        const Node *to = m.node(e.to);
        if (!from || !to) {
            note(QStringLiteral("edge %1 joins a node of another machine").arg(e.id));
            continue;
        }
        const bool stateFrom = !from->asl.type.isEmpty(), stateTo = !to->asl.type.isEmpty();
        if (e.meaning.isPlain()) {
            if (stateFrom && stateTo)
                note(QStringLiteral("edge %1 from %2 to %3 joins two states without a meaning")
                         .arg(e.id)
                         .arg(where(m, e.from), where(m, e.to)));
            continue;
        }
        if (e.meaning.kind == Kind::StartAt) {
            ++starts;
            const QString start = QString::fromStdString(m.aslTop.value("StartAt", std::string()));
            if (stateFrom || !stateTo || to->asl.name != start)
                note(QStringLiteral("the start edge %1 leads to %2, StartAt is \"%3\"")
                         .arg(e.id)
                         .arg(where(m, e.to), start));
            continue;
        }
        if (!stateFrom) {
            note(QStringLiteral("edge %1 has the meaning %2 but leaves a FlowZap-only node")
                     .arg(e.id)
                     .arg(e.meaning.toString()));
            continue;
        }
        const QString key = e.meaning.toString();
        if (drawn[e.from].contains(key))
            note(QStringLiteral("%1 has two edges for %2").arg(where(m, e.from), key));
        drawn[e.from].insert(key, e.to);
    }
    if (starts > 1)
        note(QStringLiteral("%1 start edges").arg(starts));

    for (const Node &n : m.nodes) {
        if (n.asl.type.isEmpty())
            continue;
        QHash<QString, Id> edges = drawn.take(n.id);
        for (const Transitions::Reference &r : Transitions::references(n.asl.fields)) {
            const Id target = Transitions::resolve(m, r, end);
            const QString key = r.meaning.toString();
            const Id shown = edges.take(key);
            if (target != shown)
                note(QStringLiteral("%1: %2 names %3 but the edge leads to %4")
                         .arg(where(m, n.id), key)
                         .arg(target == NoId ? QStringLiteral("no node") : where(m, target),
                              shown == NoId ? QStringLiteral("nothing") : where(m, shown)));
        }
        for (auto it = edges.cbegin(); it != edges.cend(); ++it)
            note(QStringLiteral("%1: an edge for %2 has no reference in the fields")
                     .arg(where(m, n.id), it.key()));
    }
    for (const Node &n : m.nodes)
        for (int i = 0; i < int(n.subMachines.size()); ++i)
            checkMachine(n.subMachines[size_t(i)],
                         path + QLatin1Char('/') + where(m, n.id) + QLatin1Char('[') +
                             QString::number(i) + QLatin1Char(']'),
                         ids, names, out);
}

} // namespace

QStringList transitionProblems(const WorkflowData &root)
{
    QStringList out;
    QSet<Id> ids;
    QHash<QString, QString> names;
    checkMachine(root, QStringLiteral("root"), ids, names, out);
    return out;
}

} // namespace stepwise
