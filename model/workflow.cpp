#include "workflow.h"

#include "transitions.h"
#include "workflowids.h"
#include "workflowtransaction.h"

#include <algorithm>

namespace stepwise {

Workflow::Workflow(QObject *parent) : QObject(parent) {}

Workflow::Workflow(WorkflowData data, QObject *parent) : QObject(parent), m_data(std::move(data))
{
    WorkflowIds::unify(m_data);
    Transitions::deriveMissingMeanings(m_data);
}

bool Workflow::fail(const QString &message)
{
    m_lastError = message;
    return false;
}

void Workflow::reset(WorkflowData data)
{
    emit aboutToReset();
    m_data = std::move(data);
    WorkflowIds::unify(m_data);
    Transitions::deriveMissingMeanings(m_data);
    m_where.clear();
    m_lastChange = {};
    emit documentReset();
}

// ---- statements -------------------------------------------------------------------------

std::vector<Statement> *Workflow::bodyOf(WorkflowData &m, Id laneId)
{
    if (laneId == NoId)
        return &m.topLevel;
    Lane *l = m.lane(laneId);
    return l ? &l->body : nullptr;
}

void Workflow::placeStatement(WorkflowData &m, Statement statement, StatementPlace place,
                              Id naturalLane)
{
    place = WorkflowIds::exactPlace(m, statement.kind, place, naturalLane);
    std::vector<Statement> *body = bodyOf(m, place.lane);
    if (!body)
        body = &m.topLevel;
    const int index = std::clamp(place.index, 0, int(body->size()));
    body->insert(body->begin() + index, std::move(statement));
}

void Workflow::dropStatement(WorkflowData &m, Statement::Kind kind, Id id)
{
    auto drop = [&](std::vector<Statement> &body) {
        auto it = std::find_if(body.begin(), body.end(),
                               [&](const Statement &s) { return s.kind == kind && s.ref == id; });
        if (it == body.end())
            return false;
        body.erase(it);
        return true;
    };
    if (drop(m.topLevel))
        return;
    for (Lane &l : m.lanes)
        if (drop(l.body))
            return;
}

StatementPlace Workflow::placeIn(const WorkflowData &m, Statement::Kind kind, Id id)
{
    auto find = [&](const std::vector<Statement> &body) {
        for (int i = 0; i < int(body.size()); ++i)
            if (body[size_t(i)].kind == kind && body[size_t(i)].ref == id)
                return i;
        return -1;
    };
    int i = find(m.topLevel);
    if (i >= 0)
        return {NoId, i};
    for (const Lane &l : m.lanes)
        if ((i = find(l.body)) >= 0)
            return {l.id, i};
    return {};
}

StatementPlace Workflow::placeOf(Statement::Kind kind, Id id) const
{
    Where w;
    const WorkflowData *m = findWhere(id, &w);
    return m ? placeIn(*m, kind, id) : StatementPlace{};
}

// ---- lanes --------------------------------------------------------------------------------

Id Workflow::addLane(const QString &key, const QString &title, int index, MachineRef machine)
{
    Lane lane;
    lane.id = m_data.nextId;
    lane.key = key;
    lane.title = title;
    return insertLane(lane, index, machine) ? lane.id : NoId;
}

bool Workflow::insertLane(const Lane &lane, int index, MachineRef machine)
{
    Transaction t(this);
    WorkflowData *m = machineData(machine);
    if (!m)
        return fail(tr("There is no such branch."));
    if (lane.key.isEmpty() || lane.key.contains(QLatin1Char(' ')))
        return fail(tr("A lane needs an identifier without spaces."));
    if (m->laneByKey(lane.key))
        return fail(tr("A lane named \"%1\" already exists.").arg(lane.key));
    Where w;
    if (lane.id == NoId || findWhere(lane.id, &w))
        return fail(tr("The lane id is already in use."));
    m_data.nextId = std::max(m_data.nextId, lane.id + 1);
    if (index < 0 || index > int(m->lanes.size()))
        index = int(m->lanes.size());
    // The lane's place at top level follows the lane before it, so trivia stays where it was.
    int top = int(m->topLevel.size());
    if (index < int(m->lanes.size())) {
        const Id before = m->lanes[size_t(index)].id;
        for (int i = 0; i < int(m->topLevel.size()); ++i)
            if (m->topLevel[size_t(i)].kind == Statement::Kind::Lane &&
                m->topLevel[size_t(i)].ref == before)
                top = i;
    }
    putLane(machine, lane, index, top);
    return t.commit();
}

bool Workflow::removeLane(Id id)
{
    Transaction t(this);
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    if (!m || !m->lane(id))
        return fail(tr("There is no such lane."));
    if (!m->nodesInLane(id).isEmpty())
        return fail(tr("Only an empty lane can be removed; move or delete its nodes first."));
    // Edges written at top level never live in a lane body; any other statement goes with it.
    eraseLane(id);
    return t.commit();
}

bool Workflow::removeLaneWithNodes(Id id)
{
    Transaction t(this);
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    if (!m || !m->lane(id))
        return fail(tr("There is no such lane."));
    for (Id n : m->nodesInLane(id))
        if (!removeStateSteps(n))
            return false;
    // An edge between two other lanes' nodes may be written in this lane: it moves to the
    // top level rather than going with the lane.
    m = machineData(ref);
    std::vector<Edge> stranded;
    for (const Statement &s : m->lane(id)->body) {
        if (s.kind == Statement::Kind::Loop)
            return fail(tr("The lane holds a loop of other lanes' nodes; remove it first."));
        if (s.kind == Statement::Kind::Edge)
            stranded.push_back(*m->edge(s.ref));
    }
    for (Edge &e : stranded) {
        e.source.clear();
        changeEdge(e, Aspect::Ends, WorkflowIds::exactPlace(*m, Statement::Kind::Edge, {}, NoId));
    }
    eraseLane(id);
    return t.commit();
}

bool Workflow::setLaneTitle(Id id, const QString &title)
{
    Transaction t(this);
    const Lane *l = lane(id);
    if (!l)
        return fail(tr("There is no such lane."));
    if (l->title == title)
        return t.commit();
    Lane after = *l;
    after.title = title;
    after.headerSource.clear();
    changeLane(after, Aspect::Title);
    return t.commit();
}

bool Workflow::setLaneKey(Id id, const QString &key)
{
    Transaction t(this);
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    const Lane *l = m ? m->lane(id) : nullptr;
    if (!l)
        return fail(tr("There is no such lane."));
    if (key.isEmpty() || key.contains(QLatin1Char(' ')))
        return fail(tr("A lane needs an identifier without spaces."));
    if (l->key == key)
        return t.commit();
    if (m->laneByKey(key))
        return fail(tr("A lane named \"%1\" already exists.").arg(key));
    Lane after = *l;
    after.key = key;
    after.headerSource.clear();
    changeLane(after, Aspect::Key);
    // Cross-lane edges spell the key of their target's lane, and edges written at top level
    // also spell their source's: their text is written again.
    std::vector<Edge> touched;
    for (const Edge &e : machineData(ref)->edges) {
        const Node *from = m->node(e.from);
        const Node *to = m->node(e.to);
        if (!from || !to || (from->lane != id && to->lane != id) || e.source.isEmpty())
            continue;
        const bool crossLane = from->lane != to->lane;
        if (crossLane || placeIn(*m, Statement::Kind::Edge, e.id).lane == NoId)
            touched.push_back(e);
    }
    for (Edge &e : touched) {
        e.source.clear();
        changeEdge(e, Aspect::Ends);
    }
    return t.commit();
}

bool Workflow::moveLane(Id id, int index)
{
    Transaction t(this);
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    const int from = m ? m->laneIndex(id) : -1;
    if (from < 0)
        return fail(tr("There is no such lane."));
    if (index < 0 || index >= int(m->lanes.size()))
        return fail(tr("The lane cannot move there."));
    if (from == index)
        return t.commit();
    std::vector<Id> order;
    for (const Lane &l : m->lanes)
        order.push_back(l.id);
    order.erase(order.begin() + from);
    order.insert(order.begin() + index, id);
    // Keep the top-level statement order in step with the lane order.
    std::vector<Statement> top = m->topLevel;
    size_t k = 0;
    for (Statement &s : top)
        if (s.kind == Statement::Kind::Lane && k < order.size())
            s.ref = order[k++];
    changeLaneOrder(ref, id, std::move(order), std::move(top));
    return t.commit();
}

// ---- machine-wide -------------------------------------------------------------------------

void Workflow::setSavedInputs(const OrderedJson &inputs)
{
    Transaction t(this);
    Step s{Step::Kind::Inputs, {}, NoId, int(Aspect::SavedInputs)};
    s.before = m_data.savedInputs;
    s.after = inputs;
    record(std::move(s));
    t.commit();
}

void Workflow::setBreakpoints(const OrderedJson &paths)
{
    Transaction t(this);
    Step s{Step::Kind::Breakpoints, {}, NoId, int(Aspect::Breakpoints)};
    s.before = m_data.breakpoints;
    s.after = paths;
    record(std::move(s));
    t.commit();
}

} // namespace stepwise
