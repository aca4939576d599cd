#include "workflow.h"

#include <algorithm>

namespace stepwise {

Workflow::Workflow(QObject *parent) : QObject(parent) {}

Workflow::Workflow(WorkflowData data, QObject *parent) : QObject(parent), m_data(std::move(data)) {}

bool Workflow::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

void Workflow::reset(WorkflowData data)
{
    emit aboutToReset();
    m_data = std::move(data);
    emit documentReset();
}

// ---- statements -------------------------------------------------------------------------

std::vector<Statement> *Workflow::bodyOf(Id laneId)
{
    if (laneId == NoId)
        return &m_data.topLevel;
    Lane *l = m_data.lane(laneId);
    return l ? &l->body : nullptr;
}

void Workflow::placeStatement(Statement statement, StatementPlace place, Id naturalLane)
{
    std::vector<Statement> *body = bodyOf(place.index >= 0 ? place.lane : naturalLane);
    if (!body)
        body = &m_data.topLevel;
    int index = place.index;
    if (index < 0 || index > int(body->size())) {
        // The natural place: after the last statement of the same kind, else after the last
        // node (edges follow nodes in hand-written files), else at the end.
        index = -1;
        for (int i = int(body->size()) - 1; i >= 0 && index < 0; --i)
            if ((*body)[size_t(i)].kind == statement.kind)
                index = i + 1;
        for (int i = int(body->size()) - 1; i >= 0 && index < 0; --i)
            if ((*body)[size_t(i)].kind == Statement::Kind::Node)
                index = i + 1;
        if (index < 0)
            index = statement.kind == Statement::Kind::Node ? 0 : int(body->size());
        if (statement.kind == Statement::Kind::Node && body == &m_data.topLevel)
            index = int(body->size());
    }
    body->insert(body->begin() + index, std::move(statement));
}

void Workflow::dropStatement(Statement::Kind kind, Id id)
{
    auto drop = [&](std::vector<Statement> &body) {
        auto it = std::find_if(body.begin(), body.end(),
                               [&](const Statement &s) { return s.kind == kind && s.ref == id; });
        if (it == body.end())
            return false;
        body.erase(it);
        return true;
    };
    if (drop(m_data.topLevel))
        return;
    for (Lane &l : m_data.lanes)
        if (drop(l.body))
            return;
}

StatementPlace Workflow::placeOf(Statement::Kind kind, Id id) const
{
    auto find = [&](const std::vector<Statement> &body) {
        for (int i = 0; i < int(body.size()); ++i)
            if (body[size_t(i)].kind == kind && body[size_t(i)].ref == id)
                return i;
        return -1;
    };
    int i = find(m_data.topLevel);
    if (i >= 0)
        return {NoId, i};
    for (const Lane &l : m_data.lanes)
        if ((i = find(l.body)) >= 0)
            return {l.id, i};
    return {};
}

// ---- lanes --------------------------------------------------------------------------------

Id Workflow::addLane(const QString &key, const QString &title, int index)
{
    Lane lane;
    lane.id = m_data.allocateId();
    lane.key = key;
    lane.title = title;
    return insertLane(lane, index) ? lane.id : NoId;
}

bool Workflow::insertLane(const Lane &lane, int index)
{
    if (lane.key.isEmpty() || lane.key.contains(QLatin1Char(' ')))
        return fail(tr("A lane needs an identifier without spaces."));
    if (m_data.laneByKey(lane.key))
        return fail(tr("A lane named \"%1\" already exists.").arg(lane.key));
    if (lane.id == NoId || m_data.lane(lane.id))
        return fail(tr("The lane id is already in use."));
    m_data.nextId = std::max(m_data.nextId, lane.id + 1);
    if (index < 0 || index > int(m_data.lanes.size()))
        index = int(m_data.lanes.size());
    // The lane's place at top level follows the lane before it, so trivia stays where it was.
    int top = int(m_data.topLevel.size());
    if (index < int(m_data.lanes.size())) {
        const Id before = m_data.lanes[size_t(index)].id;
        for (int i = 0; i < int(m_data.topLevel.size()); ++i)
            if (m_data.topLevel[size_t(i)].kind == Statement::Kind::Lane &&
                m_data.topLevel[size_t(i)].ref == before)
                top = i;
    }
    m_data.lanes.insert(m_data.lanes.begin() + index, lane);
    m_data.topLevel.insert(m_data.topLevel.begin() + top,
                           Statement{Statement::Kind::Lane, lane.id, {}});
    emit laneAdded(lane.id);
    return true;
}

bool Workflow::removeLane(Id id)
{
    if (!m_data.lane(id))
        return fail(tr("There is no such lane."));
    if (!m_data.nodesInLane(id).isEmpty())
        return fail(tr("Only an empty lane can be removed; move or delete its nodes first."));
    const int i = m_data.laneIndex(id);
    m_data.lanes.erase(m_data.lanes.begin() + i);
    dropStatement(Statement::Kind::Lane, id);
    emit laneRemoved(id);
    return true;
}

bool Workflow::setLaneTitle(Id id, const QString &title)
{
    Lane *l = m_data.lane(id);
    if (!l)
        return fail(tr("There is no such lane."));
    if (l->title == title)
        return true;
    l->title = title;
    l->headerSource.clear();
    emit laneChanged(id, Aspect::Title);
    return true;
}

bool Workflow::setLaneKey(Id id, const QString &key)
{
    Lane *l = m_data.lane(id);
    if (!l)
        return fail(tr("There is no such lane."));
    if (key.isEmpty() || key.contains(QLatin1Char(' ')))
        return fail(tr("A lane needs an identifier without spaces."));
    if (l->key == key)
        return true;
    if (m_data.laneByKey(key))
        return fail(tr("A lane named \"%1\" already exists.").arg(key));
    l->key = key;
    l->headerSource.clear();
    // Cross-lane edges spell the key of their target's lane, and edges written at top level
    // also spell their source's.
    for (Edge &e : m_data.edges) {
        const Node *from = m_data.node(e.from);
        const Node *to = m_data.node(e.to);
        if (!from || !to || (from->lane != id && to->lane != id))
            continue;
        const bool crossLane = from->lane != to->lane;
        if (crossLane || placeOf(Statement::Kind::Edge, e.id).lane == NoId)
            e.source.clear();
    }
    emit laneChanged(id, Aspect::Key);
    return true;
}

bool Workflow::moveLane(Id id, int index)
{
    const int from = m_data.laneIndex(id);
    if (from < 0)
        return fail(tr("There is no such lane."));
    if (index < 0 || index >= int(m_data.lanes.size()))
        return fail(tr("The lane cannot move there."));
    if (from == index)
        return true;
    Lane lane = std::move(m_data.lanes[size_t(from)]);
    m_data.lanes.erase(m_data.lanes.begin() + from);
    m_data.lanes.insert(m_data.lanes.begin() + index, std::move(lane));
    // Keep the top-level statement order in step with the lane order.
    std::vector<int> laneSlots;
    for (int i = 0; i < int(m_data.topLevel.size()); ++i)
        if (m_data.topLevel[size_t(i)].kind == Statement::Kind::Lane)
            laneSlots.push_back(i);
    for (size_t k = 0; k < laneSlots.size() && k < m_data.lanes.size(); ++k)
        m_data.topLevel[size_t(laneSlots[k])].ref = m_data.lanes[k].id;
    emit laneChanged(id, Aspect::Order);
    return true;
}

} // namespace stepwise
