#include "fzemitter.h"

#include "fzsyntax.h"

namespace stepwise {

FzEmitter::FzEmitter(const WorkflowData &doc) : m_doc(doc)
{
    m_lanes.build(doc.lanes, doc.nextId);
    m_nodes.build(doc.nodes, doc.nextId);
    m_edges.build(doc.edges, doc.nextId);
    m_loops.build(doc.loops, doc.nextId);
}

bool FzEmitter::run()
{
    checkIdentities();
    findUnstated();
    qsizetype estimate = 0;
    for (const Node &n : m_doc.nodes)
        estimate += n.source.isEmpty() ? 80 : n.source.size();
    for (const Edge &e : m_doc.edges)
        estimate += e.source.isEmpty() ? 80 : e.source.size();
    m_text.reserve(estimate + 64 * qsizetype(m_doc.lanes.size() + m_doc.topLevel.size()));

    const QString topIndent = indentOf(m_doc.topLevel, QString());
    for (size_t i = 1; i < m_doc.topLevel.size() && !m_blankBetweenLanes; ++i)
        m_blankBetweenLanes = m_doc.topLevel[i].kind == Statement::Kind::Lane &&
                              m_doc.topLevel[i - 1].kind == Statement::Kind::Blank;
    for (const Statement &s : m_doc.topLevel) {
        int i = -1;
        switch (s.kind) {
        case Statement::Kind::Lane:
            if ((i = laneIndex(s.ref)) >= 0 && !m_laneDone[size_t(i)])
                emitLane(size_t(i));
            break;
        case Statement::Kind::Edge:
            if ((i = edgeIndex(s.ref)) >= 0 && !m_edgeDone[size_t(i)])
                emitEdge(size_t(i), NoId, topIndent);
            break;
        case Statement::Kind::Loop:
            if ((i = loopIndex(s.ref)) >= 0 && !m_loopDone[size_t(i)])
                emitLoop(size_t(i), NoId, topIndent);
            break;
        case Statement::Kind::Node: // a node is written in its lane (see findUnstated)
            break;
        case Statement::Kind::Comment:
        case Statement::Kind::Blank:
        case Statement::Kind::Raw:
            append(s.text);
            break;
        }
    }
    for (size_t i = 0; i < m_doc.lanes.size(); ++i)
        if (!m_laneDone[i])
            emitLane(i);

    if (!m_doc.fz.finalNewline) {
        if (m_text.endsWith(u'\n'))
            m_text.chop(m_text.endsWith(QLatin1String("\r\n")) ? 2 : 1);
    } else if (!m_text.isEmpty() && !m_text.endsWith(u'\n')) {
        m_text += eol();
    }
    if (!m_ok)
        m_text.clear();
    return m_ok;
}

void FzEmitter::checkIdentities()
{
    QHash<QStringView, int> &keys = m_laneKeys;
    for (size_t i = 0; i < m_doc.lanes.size(); ++i) {
        const QString &key = m_doc.lanes[i].key;
        if (!FzSyntax::isLaneKey(key))
            fail(tr("The lane \"%1\" cannot be written: a lane key is a letter or _ followed by "
                    "letters, digits, _ or -.")
                     .arg(key),
                 QStringLiteral("FZ_WRITE_BAD_LANE_KEY"));
        else if (keys.contains(key))
            fail(tr("Two lanes share the key \"%1\".").arg(key),
                 QStringLiteral("FZ_WRITE_DUPLICATE_LANE_KEY"));
        keys.insert(key, int(i));
    }

    // Duplicates are found by number for plain ids (n<digits> without a leading zero), which
    // is much faster than hashing every id; other spellings go through the hash.
    std::vector<int> byNumber(2 * m_doc.nodes.size() + 1024, -1);
    QHash<QStringView, int> ids;
    qulonglong highest = 0;
    for (size_t i = 0; i < m_doc.nodes.size(); ++i) {
        const Node &n = m_doc.nodes[i];
        if (n.fzId.isEmpty())
            continue;
        if (!FzSyntax::isNodeId(n.fzId)) {
            fail(tr("Node \"%1\" in lane \"%2\" cannot be written: a node id is n followed by "
                    "digits.")
                     .arg(n.fzId, laneKeyOf(n.lane)),
                 QStringLiteral("FZ_WRITE_BAD_NODE_ID"));
            continue;
        }
        const qulonglong number = FzSyntax::nodeNumber(n.fzId);
        const bool plain = n.fzId[1] != u'0' && number < byNumber.size();
        const int known = plain ? byNumber[size_t(number)] : ids.value(n.fzId, -1);
        if (known >= 0) {
            fail(tr("Node %1 in lane \"%2\" has the same id as a node in lane \"%3\".")
                     .arg(n.fzId, laneKeyOf(n.lane), laneKeyOf(m_doc.nodes[size_t(known)].lane)),
                 QStringLiteral("FZ_WRITE_DUPLICATE_NODE_ID"));
            continue;
        }
        if (plain)
            byNumber[size_t(number)] = int(i);
        else
            ids.insert(n.fzId, int(i));
        highest = std::max(highest, number);
    }
    // Nodes made without a FlowZap id (from ASL, say) get fresh ones after the highest.
    for (size_t i = 0; i < m_doc.nodes.size(); ++i) {
        if (m_doc.nodes[i].fzId.isEmpty())
            m_freshIds.insert(i, QLatin1Char('n') + QString::number(++highest));
        if (laneIndex(m_doc.nodes[i].lane) < 0)
            fail(tr("Node %1 (%2) belongs to no lane.").arg(fzIdOf(i), m_doc.nodes[i].label),
                 QStringLiteral("FZ_WRITE_DANGLING"));
    }

    for (const Edge &e : m_doc.edges)
        if (nodeIndex(e.from) < 0 || nodeIndex(e.to) < 0)
            fail(tr("An edge refers to a node that does not exist."),
                 QStringLiteral("FZ_WRITE_DANGLING"));
    for (const Loop &l : m_doc.loops) {
        bool dangling = false;
        for (Id n : l.nodes)
            dangling = dangling || nodeIndex(n) < 0;
        if (dangling)
            fail(tr("A loop refers to a node that does not exist."),
                 QStringLiteral("FZ_WRITE_DANGLING"));
        else if (l.nodes.size() < 2)
            fail(tr("The loop [%1] names fewer than two nodes.").arg(l.condition),
                 QStringLiteral("FZ_WRITE_LOOP_TOO_SHORT"));
    }
}

void FzEmitter::findUnstated()
{
    m_laneDone.assign(m_doc.lanes.size(), 0);
    m_nodeDone.assign(m_doc.nodes.size(), 0);
    m_edgeDone.assign(m_doc.edges.size(), 0);
    m_loopDone.assign(m_doc.loops.size(), 0);
    std::vector<char> nodeStated(m_doc.nodes.size(), 0), edgeStated(m_doc.edges.size(), 0),
        loopStated(m_doc.loops.size(), 0);
    auto note = [&](const Statement &s, Id lane) {
        int i = -1;
        if (s.kind == Statement::Kind::Node && lane != NoId && (i = nodeIndex(s.ref)) >= 0 &&
            m_doc.nodes[size_t(i)].lane == lane)
            nodeStated[size_t(i)] = 1;
        else if (s.kind == Statement::Kind::Edge && (i = edgeIndex(s.ref)) >= 0)
            edgeStated[size_t(i)] = 1;
        else if (s.kind == Statement::Kind::Loop && (i = loopIndex(s.ref)) >= 0)
            loopStated[size_t(i)] = 1;
    };
    for (const Statement &s : m_doc.topLevel)
        note(s, NoId);
    for (const Lane &lane : m_doc.lanes)
        for (const Statement &s : lane.body)
            note(s, lane.id);

    m_extra.assign(m_doc.lanes.size(), {});
    auto place = [&](Statement::Kind kind, Id id, Id homeNode) {
        const int node = nodeIndex(homeNode);
        const int lane = node < 0 ? -1 : laneIndex(m_doc.nodes[size_t(node)].lane);
        if (lane >= 0) // otherwise checkIdentities() has reported it
            m_extra[size_t(lane)].push_back(Statement{kind, id, {}});
    };
    for (size_t i = 0; i < m_doc.nodes.size(); ++i)
        if (!nodeStated[i])
            place(Statement::Kind::Node, m_doc.nodes[i].id, m_doc.nodes[i].id);
    for (size_t i = 0; i < m_doc.edges.size(); ++i)
        if (!edgeStated[i])
            place(Statement::Kind::Edge, m_doc.edges[i].id, m_doc.edges[i].from);
    for (size_t i = 0; i < m_doc.loops.size(); ++i)
        if (!loopStated[i] && !m_doc.loops[i].nodes.isEmpty())
            place(Statement::Kind::Loop, m_doc.loops[i].id, m_doc.loops[i].nodes.first());
}

void FzEmitter::emitLane(size_t index)
{
    m_laneDone[index] = 1;
    const Lane &lane = m_doc.lanes[index];
    if (!lane.headerSource.isEmpty()) {
        append(lane.headerSource);
    } else {
        const bool added = lane.closeSource.isEmpty();
        if (added && m_blankBetweenLanes && !m_text.isEmpty() &&
            !m_text.endsWith(QLatin1String("\n\n")) && !m_text.endsWith(QLatin1String("\n\r\n")))
            append(eol());
        writable(lane.title, Text::Title, tr("The lane \"%1\": its title").arg(lane.key));
        append(lane.key + QStringLiteral(" { #") +
               (lane.title.isEmpty() ? QString() : QLatin1Char(' ') + lane.title) + eol());
    }
    const QString indent = indentOf(lane.body, m_doc.fz.indent);
    auto writeStatement = [&](const Statement &s) {
        int i = -1;
        switch (s.kind) {
        case Statement::Kind::Node:
            if ((i = nodeIndex(s.ref)) >= 0 && !m_nodeDone[size_t(i)] &&
                m_doc.nodes[size_t(i)].lane == lane.id)
                emitNode(size_t(i), indent);
            break;
        case Statement::Kind::Edge:
            if ((i = edgeIndex(s.ref)) >= 0 && !m_edgeDone[size_t(i)])
                emitEdge(size_t(i), lane.id, indent);
            break;
        case Statement::Kind::Loop:
            if ((i = loopIndex(s.ref)) >= 0 && !m_loopDone[size_t(i)])
                emitLoop(size_t(i), lane.id, indent);
            break;
        case Statement::Kind::Lane: // lanes do not nest
            break;
        case Statement::Kind::Comment:
        case Statement::Kind::Blank:
        case Statement::Kind::Raw:
            append(s.text);
            break;
        }
    };
    for (const Statement &s : lane.body)
        writeStatement(s);
    for (const Statement &s : m_extra[index])
        writeStatement(s);
    append(lane.closeSource.isEmpty() ? QStringLiteral("}") + eol() : lane.closeSource);
}

int FzEmitter::nodeIndex(Id id) const
{
    return m_nodes.find(id);
}

int FzEmitter::edgeIndex(Id id) const
{
    return m_edges.find(id);
}

int FzEmitter::loopIndex(Id id) const
{
    return m_loops.find(id);
}

int FzEmitter::laneIndex(Id id) const
{
    return m_lanes.find(id);
}

void FzEmitter::fail(const QString &message, const QString &code)
{
    m_ok = false;
    m_diags.append(makeError(0, 0, message, code));
}

} // namespace stepwise
