#include "stateclipboard.h"

#include "asl/aslreader.h"
#include "asl/aslwriter.h"
#include "fz/fzreader.h"
#include "fz/fzwriter.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "transitions.h"
#include "workflow.h"

#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace stepwise {

namespace {

// Drops the references of a state that name states outside `kept` (later indexes first, so
// the ones still to drop keep theirs).
void dropOutsideReferences(OrderedJson &fields, const QSet<QString> &kept)
{
    const QVector<Transitions::Reference> refs = Transitions::references(fields);
    for (auto it = refs.crbegin(); it != refs.crend(); ++it)
        if (!it->target.isEmpty() && !kept.contains(it->target))
            Transitions::removeReference(fields, it->meaning);
}

QVector<Id> allNodes(const WorkflowData &m)
{
    QVector<Id> ids;
    for (const Node &n : m.nodes)
        ids.append(n.id);
    return ids;
}

} // namespace

WorkflowData StateClipboard::fragment(const Workflow &doc, const QVector<Id> &nodes,
                                      const std::function<std::optional<QPointF>(Id)> &place)
{
    // A state whose container is copied goes inside it, not beside it.
    QSet<Id> chosen;
    for (Id id : nodes)
        if (doc.node(id))
            chosen.insert(id);
    QVector<Id> roots;
    for (Id id : nodes) {
        bool inside = false;
        for (Id up = doc.parentNode(id); up != NoId && !inside; up = doc.parentNode(up))
            inside = chosen.contains(up);
        if (chosen.contains(id) && !inside && !roots.contains(id))
            roots.append(id);
    }
    // Document order, whatever order the selection was made in.
    QHash<Id, int> order;
    for (const MachineRef &ref : doc.machines())
        for (const Node &n : doc.machine(ref)->nodes)
            order.insert(n.id, int(order.size()));
    std::sort(roots.begin(), roots.end(),
              [&](Id a, Id b) { return order.value(a) < order.value(b); });
    QSet<QString> names;
    for (Id id : std::as_const(roots))
        if (!doc.node(id)->asl.name.isEmpty())
            names.insert(doc.node(id)->asl.name);

    Workflow frag;
    QHash<Id, Id> lanes; // the source lane -> the fragment's
    QString first;
    for (Id id : std::as_const(roots)) {
        Node n = *doc.node(id);
        const Lane *lane = doc.lane(n.lane);
        if (!lanes.contains(n.lane)) {
            QString key = lane ? lane->key : QStringLiteral("lane");
            for (int i = 2; frag.data().laneByKey(key); ++i)
                key = (lane ? lane->key : QStringLiteral("lane")) + QString::number(i);
            lanes.insert(n.lane, frag.addLane(key, lane ? lane->title : QString()));
        }
        n.lane = lanes.value(n.lane);
        n.source.clear();
        n.fzId = frag.data().nextFzId(); // copied from several machines, they may clash
        dropOutsideReferences(n.asl.fields, names);
        if (place)
            n.position = place(id);
        frag.insertNode(n);
    }
    // ASL edges came with the fields; FlowZap-only ones are copied.
    for (const MachineRef &ref : doc.machines())
        for (const Edge &e : doc.machine(ref)->edges)
            if (e.meaning.isPlain() && frag.data().node(e.from) && frag.data().node(e.to) &&
                !frag.data().edge(e.id)) {
                Edge copy = e;
                copy.source.clear();
                frag.insertEdge(copy);
            }
    // The machine starts at the first state nothing copied leads to.
    for (const Node &n : frag.data().nodes)
        if (!n.asl.name.isEmpty() && first.isEmpty() && frag.data().edgesTo(n.id).isEmpty())
            first = n.asl.name;
    for (const Node &n : frag.data().nodes)
        if (!n.asl.name.isEmpty() && first.isEmpty())
            first = n.asl.name;
    if (!first.isEmpty()) {
        OrderedJson top = frag.data().aslTop;
        top["StartAt"] = first.toStdString();
        frag.setAslTop(top);
    }
    return frag.data();
}

QMimeData *StateClipboard::toMime(const WorkflowData &fragment)
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ProjectWriter::write(fragment));
    mime->setText(QString::fromUtf8(FzWriter::write(fragment).bytes));
    if (AslWriter::hasAslStates(fragment)) {
        const AslWriter::Result asl = AslWriter::writeJson(fragment);
        if (asl.ok)
            mime->setData(QStringLiteral("application/json"), asl.bytes);
    }
    return mime;
}

std::optional<StateClipboard::Contents> StateClipboard::fromMime(const QMimeData *mime,
                                                                 QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<Contents> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!mime)
        return fail(tr("The clipboard is empty."));
    if (mime->hasFormat(mimeType())) {
        ProjectReader::Result r = ProjectReader::read(mime->data(mimeType()));
        if (r.document)
            return Contents{*r.document, allNodes(*r.document)};
    }
    QByteArray text = mime->data(QStringLiteral("application/json"));
    if (text.isEmpty())
        text = mime->text().toUtf8();
    if (text.trimmed().isEmpty())
        return fail(tr("The clipboard holds no states."));
    if (text.trimmed().startsWith('{')) {
        AslReader::Result r = AslReader::readJson(text);
        if (!r.document)
            return fail(r.diagnostics.isEmpty() ? tr("The clipboard's JSON is not a state machine.")
                                                : tr("The clipboard's ASL does not parse: %1")
                                                      .arg(r.diagnostics.front().message));
        // The drawing's start and end markers belong to the machine, not to the states.
        const Id start = Transitions::startMarker(*r.document);
        const Id end = Transitions::endMarker(*r.document, false);
        QVector<Id> nodes;
        for (const Node &n : r.document->nodes)
            if (n.id != start && n.id != end)
                nodes.append(n.id);
        return Contents{*r.document, nodes};
    }
    FzReader::Result r = FzReader::read(text);
    if (!r.document || r.document->nodes.empty())
        return fail(r.diagnostics.isEmpty() ? tr("The clipboard holds no states.")
                                            : tr("The clipboard's FlowZap Code does not parse: %1")
                                                  .arg(r.diagnostics.front().message));
    return Contents{*r.document, allNodes(*r.document)};
}

} // namespace stepwise
