// Workflow's primitive steps: every mutation is made of these, so each change is recorded once
// and can be reverted and reapplied exactly.
#include "workflow.h"
#include "workflowtransaction.h"

#include <algorithm>

namespace stepwise {

namespace {

template <typename T> const T *valueOf(const WorkflowChange::Step::Value &v)
{
    return std::get_if<T>(&v);
}

template <typename Vec> int indexOfId(const Vec &items, Id id)
{
    for (int i = 0; i < int(items.size()); ++i)
        if (items[size_t(i)].id == id)
            return i;
    return -1;
}

} // namespace

// ---- steps --------------------------------------------------------------------------------

void Workflow::record(Step step)
{
    apply(step, true);
    m_pending.steps.push_back(std::move(step));
}

void Workflow::apply(const Step &step, bool forward)
{
    const Step::Value &from = forward ? step.before : step.after;
    const Step::Value &to = forward ? step.after : step.before;
    const int index = forward ? step.indexAfter : step.indexBefore;
    const StatementPlace place = forward ? step.placeAfter : step.placeBefore;
    const bool had = !std::holds_alternative<std::monostate>(from);
    const bool has = !std::holds_alternative<std::monostate>(to);
    const Aspect aspect = Aspect(step.aspect);
    WorkflowData *m = machineData(step.machine);
    if (!m)
        return; // only a change applied out of order can get here
    switch (step.kind) {
    case Step::Kind::Lane: {
        if (!has) {
            m->lanes.erase(m->lanes.begin() + m->laneIndex(step.id));
            dropStatement(*m, Statement::Kind::Lane, step.id);
            emit laneRemoved(step.id);
        } else if (!had) {
            m->lanes.insert(m->lanes.begin() + index, *valueOf<Lane>(to));
            m->topLevel.insert(m->topLevel.begin() + place.index,
                               Statement{Statement::Kind::Lane, step.id, {}});
            m_where.insert(step.id, Where{Statement::Kind::Lane, step.machine});
            emit laneAdded(step.id);
        } else {
            Lane *l = m->lane(step.id);
            const Lane &v = *valueOf<Lane>(to);
            l->key = v.key;
            l->title = v.title;
            l->headerSource = v.headerSource;
            l->closeSource = v.closeSource;
            emit laneChanged(step.id, aspect);
        }
        break;
    }
    case Step::Kind::Node: {
        if (!has) {
            dropStatement(*m, Statement::Kind::Node, step.id);
            m->nodes.erase(m->nodes.begin() + indexOfId(m->nodes, step.id));
            emit nodeRemoved(step.id);
        } else if (!had) {
            const Node &v = *valueOf<Node>(to);
            m->nodes.insert(m->nodes.begin() + index, v);
            placeStatement(*m, Statement{Statement::Kind::Node, step.id, {}}, place, v.lane);
            if (v.subMachines.empty())
                m_where.insert(step.id, Where{Statement::Kind::Node, step.machine});
            else
                m_where.clear();
            emit nodeAdded(step.id);
        } else {
            Node *n = m->node(step.id);
            std::vector<WorkflowData> keep = std::move(n->subMachines);
            *n = *valueOf<Node>(to);
            n->subMachines = std::move(keep);
            if (!(step.placeBefore == step.placeAfter)) {
                dropStatement(*m, Statement::Kind::Node, step.id);
                placeStatement(*m, Statement{Statement::Kind::Node, step.id, {}}, place, n->lane);
            }
            emit nodeChanged(step.id, aspect);
        }
        break;
    }
    case Step::Kind::Edge: {
        if (!has) {
            dropStatement(*m, Statement::Kind::Edge, step.id);
            m->edges.erase(m->edges.begin() + indexOfId(m->edges, step.id));
            emit edgeRemoved(step.id);
        } else if (!had) {
            m->edges.insert(m->edges.begin() + index, *valueOf<Edge>(to));
            placeStatement(*m, Statement{Statement::Kind::Edge, step.id, {}}, place, NoId);
            m_where.insert(step.id, Where{Statement::Kind::Edge, step.machine});
            emit edgeAdded(step.id);
        } else {
            *m->edge(step.id) = *valueOf<Edge>(to);
            if (!(step.placeBefore == step.placeAfter)) {
                dropStatement(*m, Statement::Kind::Edge, step.id);
                placeStatement(*m, Statement{Statement::Kind::Edge, step.id, {}}, place, NoId);
            }
            emit edgeChanged(step.id, aspect);
        }
        break;
    }
    case Step::Kind::Loop: {
        if (!has) {
            dropStatement(*m, Statement::Kind::Loop, step.id);
            m->loops.erase(m->loops.begin() + indexOfId(m->loops, step.id));
            emit loopRemoved(step.id);
        } else if (!had) {
            m->loops.insert(m->loops.begin() + index, *valueOf<Loop>(to));
            placeStatement(*m, Statement{Statement::Kind::Loop, step.id, {}}, place, NoId);
            m_where.insert(step.id, Where{Statement::Kind::Loop, step.machine});
            emit loopAdded(step.id);
        } else {
            *m->loop(step.id) = *valueOf<Loop>(to);
            emit loopChanged(step.id, aspect);
        }
        break;
    }
    case Step::Kind::MachineTop:
        m->aslTop = *valueOf<OrderedJson>(to);
        emit machineChanged(step.machine.container, step.machine.branch, Aspect::AslTop);
        if (step.machine.isRoot())
            emit documentChanged(Aspect::AslTop);
        break;
    case Step::Kind::Counter:
        m_data.nextId = valueOf<OrderedJson>(to)->get<Id>();
        break;
    case Step::Kind::Inputs:
        m->savedInputs = *valueOf<OrderedJson>(to);
        emit documentChanged(Aspect::SavedInputs);
        break;
    case Step::Kind::Breakpoints:
        m->breakpoints = *valueOf<OrderedJson>(to);
        emit documentChanged(Aspect::Breakpoints);
        break;
    case Step::Kind::LaneOrder: {
        const std::vector<Id> &order = forward ? step.orderAfter : step.orderBefore;
        std::vector<Lane> lanes;
        lanes.reserve(m->lanes.size());
        for (Id id : order)
            lanes.push_back(std::move(*m->lane(id)));
        m->lanes = std::move(lanes);
        m->topLevel = forward ? step.topAfter : step.topBefore;
        emit laneChanged(step.id, Aspect::Order);
        break;
    }
    case Step::Kind::SubMachines: {
        m->node(step.id)->subMachines = *valueOf<std::vector<WorkflowData>>(to);
        m_where.clear();
        emit nodeChanged(step.id, Aspect::SubMachines);
        break;
    }
    }
}

void Workflow::revert(const WorkflowChange &change)
{
    WorkflowChange inverse;
    for (auto it = change.steps.rbegin(); it != change.steps.rend(); ++it) {
        apply(*it, false);
        Step back = *it;
        std::swap(back.before, back.after);
        std::swap(back.indexBefore, back.indexAfter);
        std::swap(back.placeBefore, back.placeAfter);
        std::swap(back.orderBefore, back.orderAfter);
        std::swap(back.topBefore, back.topAfter);
        inverse.steps.push_back(std::move(back));
    }
    m_lastChange = std::move(inverse);
}

void Workflow::reapply(const WorkflowChange &change)
{
    for (const Step &s : change.steps)
        apply(s, true);
    m_lastChange = change;
}

// ---- primitive edits ----------------------------------------------------------------------

void Workflow::putLane(MachineRef m, const Lane &lane, int index, int topIndex)
{
    Step s{Step::Kind::Lane, m, lane.id};
    s.after = lane;
    s.indexAfter = index;
    s.placeAfter = StatementPlace{NoId, topIndex};
    record(std::move(s));
}

void Workflow::eraseLane(Id id)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    Step s{Step::Kind::Lane, ref, id};
    s.before = *m->lane(id);
    s.indexBefore = m->laneIndex(id);
    s.placeBefore = placeIn(*m, Statement::Kind::Lane, id);
    record(std::move(s));
}

void Workflow::changeLane(const Lane &after, Aspect what)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(after.id, &ref);
    Step s{Step::Kind::Lane, ref, after.id, int(what)};
    Lane before = *m->lane(after.id);
    before.body.clear();
    Lane a = after;
    a.body.clear();
    s.before = std::move(before);
    s.after = std::move(a);
    record(std::move(s));
}

void Workflow::putNode(MachineRef m, const Node &node, int index, StatementPlace place)
{
    Step s{Step::Kind::Node, m, node.id};
    s.after = node;
    s.indexAfter = index;
    s.placeAfter = place;
    record(std::move(s));
}

void Workflow::eraseNode(Id id)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    Step s{Step::Kind::Node, ref, id};
    s.before = *m->node(id);
    s.indexBefore = indexOfId(m->nodes, id);
    s.placeBefore = placeIn(*m, Statement::Kind::Node, id);
    record(std::move(s));
}

void Workflow::changeNode(const Node &after, Aspect what, std::optional<StatementPlace> place)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(after.id, &ref);
    Step s{Step::Kind::Node, ref, after.id, int(what)};
    Node before = *m->node(after.id);
    before.subMachines.clear();
    Node a = after;
    a.subMachines.clear();
    s.before = std::move(before);
    s.after = std::move(a);
    s.placeBefore = placeIn(*m, Statement::Kind::Node, after.id);
    s.placeAfter = place ? *place : s.placeBefore;
    record(std::move(s));
}

void Workflow::putEdge(MachineRef m, const Edge &edge, int index, StatementPlace place)
{
    Step s{Step::Kind::Edge, m, edge.id};
    s.after = edge;
    s.indexAfter = index;
    s.placeAfter = place;
    record(std::move(s));
}

void Workflow::eraseEdge(Id id)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    Step s{Step::Kind::Edge, ref, id};
    s.before = *m->edge(id);
    s.indexBefore = indexOfId(m->edges, id);
    s.placeBefore = placeIn(*m, Statement::Kind::Edge, id);
    record(std::move(s));
}

void Workflow::changeEdge(const Edge &after, Aspect what, std::optional<StatementPlace> place)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(after.id, &ref);
    Step s{Step::Kind::Edge, ref, after.id, int(what)};
    s.before = *m->edge(after.id);
    s.after = after;
    s.placeBefore = placeIn(*m, Statement::Kind::Edge, after.id);
    s.placeAfter = place ? *place : s.placeBefore;
    record(std::move(s));
}

void Workflow::putLoop(MachineRef m, const Loop &loop, int index, StatementPlace place)
{
    Step s{Step::Kind::Loop, m, loop.id};
    s.after = loop;
    s.indexAfter = index;
    s.placeAfter = place;
    record(std::move(s));
}

void Workflow::eraseLoop(Id id)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(id, &ref);
    Step s{Step::Kind::Loop, ref, id};
    s.before = *m->loop(id);
    s.indexBefore = indexOfId(m->loops, id);
    s.placeBefore = placeIn(*m, Statement::Kind::Loop, id);
    record(std::move(s));
}

void Workflow::changeLoop(const Loop &after, Aspect what)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(after.id, &ref);
    Step s{Step::Kind::Loop, ref, after.id, int(what)};
    s.before = *m->loop(after.id);
    s.after = after;
    record(std::move(s));
}

void Workflow::changeLaneOrder(MachineRef ref, Id moved, std::vector<Id> order,
                               std::vector<Statement> top)
{
    WorkflowData *m = machineData(ref);
    Step s{Step::Kind::LaneOrder, ref, moved, int(Aspect::Order)};
    for (const Lane &l : m->lanes)
        s.orderBefore.push_back(l.id);
    s.orderAfter = std::move(order);
    s.topBefore = m->topLevel;
    s.topAfter = std::move(top);
    record(std::move(s));
}

void Workflow::changeTop(MachineRef ref, OrderedJson top)
{
    Step s{Step::Kind::MachineTop, ref, ref.container, int(Aspect::AslTop)};
    s.before = machineData(ref)->aslTop;
    s.after = std::move(top);
    record(std::move(s));
}

void Workflow::changeSubMachines(Id node, std::vector<WorkflowData> machines)
{
    MachineRef ref;
    WorkflowData *m = machineOfEntity(node, &ref);
    Step s{Step::Kind::SubMachines, ref, node, int(Aspect::SubMachines)};
    s.before = m->node(node)->subMachines;
    s.after = std::move(machines);
    record(std::move(s));
}

} // namespace stepwise
