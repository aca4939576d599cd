// Workflow's lookup at any depth: an index id -> (kind, machine), checked on every use and
// rebuilt when stale, so that nested entities are found by their id alone.
#include "workflow.h"

#include <functional>

namespace stepwise {

// ---- lookup -------------------------------------------------------------------------------

void Workflow::indexMachine(const WorkflowData &m, MachineRef ref) const
{
    for (const Lane &l : m.lanes)
        m_where.insert(l.id, Where{Statement::Kind::Lane, ref});
    for (const Edge &e : m.edges)
        m_where.insert(e.id, Where{Statement::Kind::Edge, ref});
    for (const Loop &l : m.loops)
        m_where.insert(l.id, Where{Statement::Kind::Loop, ref});
    for (const Node &n : m.nodes) {
        m_where.insert(n.id, Where{Statement::Kind::Node, ref});
        for (int i = 0; i < int(n.subMachines.size()); ++i)
            indexMachine(n.subMachines[size_t(i)], MachineRef{n.id, i});
    }
}

void Workflow::rebuildIndex() const
{
    m_where.clear();
    indexMachine(m_data, {});
}

WorkflowData *Workflow::machineData(MachineRef ref)
{
    if (ref.isRoot())
        return &m_data;
    Where w;
    WorkflowData *outer = const_cast<WorkflowData *>(findWhere(ref.container, &w));
    if (!outer || w.kind != Statement::Kind::Node)
        return nullptr;
    Node *n = outer->node(ref.container);
    if (!n || ref.branch < 0 || ref.branch >= int(n->subMachines.size()))
        return nullptr;
    return &n->subMachines[size_t(ref.branch)];
}

const WorkflowData *Workflow::machine(MachineRef ref) const
{
    return const_cast<Workflow *>(this)->machineData(ref);
}

const WorkflowData *Workflow::findWhere(Id id, Where *where) const
{
    if (id == NoId)
        return nullptr;
    auto holds = [&](const Where &w) -> const WorkflowData * {
        const WorkflowData *m = machine(w.machine);
        if (!m)
            return nullptr;
        switch (w.kind) {
        case Statement::Kind::Lane:
            return m->lane(id) ? m : nullptr;
        case Statement::Kind::Node:
            return m->node(id) ? m : nullptr;
        case Statement::Kind::Edge:
            return m->edge(id) ? m : nullptr;
        case Statement::Kind::Loop:
            return m->loop(id) ? m : nullptr;
        default:
            return nullptr;
        }
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto it = m_where.constFind(id);
        if (it != m_where.constEnd())
            if (const WorkflowData *m = holds(*it)) {
                *where = *it;
                return m;
            }
        if (attempt == 0)
            rebuildIndex();
    }
    return nullptr;
}

WorkflowData *Workflow::machineOfEntity(Id id, MachineRef *ref)
{
    Where w;
    const WorkflowData *m = findWhere(id, &w);
    if (m && ref)
        *ref = w.machine;
    return const_cast<WorkflowData *>(m);
}

const Lane *Workflow::lane(Id id) const
{
    Where w;
    const WorkflowData *m = findWhere(id, &w);
    return m && w.kind == Statement::Kind::Lane ? m->lane(id) : nullptr;
}

const Node *Workflow::node(Id id) const
{
    Where w;
    const WorkflowData *m = findWhere(id, &w);
    return m && w.kind == Statement::Kind::Node ? m->node(id) : nullptr;
}

const Edge *Workflow::edge(Id id) const
{
    Where w;
    const WorkflowData *m = findWhere(id, &w);
    return m && w.kind == Statement::Kind::Edge ? m->edge(id) : nullptr;
}

const Loop *Workflow::loop(Id id) const
{
    Where w;
    const WorkflowData *m = findWhere(id, &w);
    return m && w.kind == Statement::Kind::Loop ? m->loop(id) : nullptr;
}

std::optional<MachineRef> Workflow::machineOf(Id id) const
{
    Where w;
    if (!findWhere(id, &w))
        return std::nullopt;
    return w.machine;
}

Id Workflow::parentNode(Id id) const
{
    const auto m = machineOf(id);
    return m ? m->container : NoId;
}

QVector<MachineRef> Workflow::machines() const
{
    QVector<MachineRef> out;
    std::function<void(const WorkflowData &, MachineRef)> walk = [&](const WorkflowData &m,
                                                                     MachineRef ref) {
        out.append(ref);
        for (const Node &n : m.nodes)
            for (int i = 0; i < int(n.subMachines.size()); ++i)
                walk(n.subMachines[size_t(i)], MachineRef{n.id, i});
    };
    walk(m_data, {});
    return out;
}

const Node *Workflow::stateNamed(const QString &name) const
{
    for (const MachineRef &ref : machines()) {
        const WorkflowData *m = machine(ref);
        for (const Node &n : m->nodes)
            if (!n.asl.type.isEmpty() && n.asl.name == name)
                return &n;
    }
    return nullptr;
}

QString Workflow::uniqueStateName(const QString &base) const
{
    QString name = base;
    for (int k = 2; stateNamed(name); ++k)
        name = base + QLatin1Char(' ') + QString::number(k);
    return name;
}

Node *Workflow::editableNode(Id id)
{
    Node *n = const_cast<Node *>(node(id));
    if (!n)
        fail(tr("There is no such node."));
    return n;
}

Edge *Workflow::editableEdge(Id id)
{
    Edge *e = const_cast<Edge *>(edge(id));
    if (!e)
        fail(tr("There is no such edge."));
    return e;
}

Loop *Workflow::editableLoop(Id id)
{
    Loop *l = const_cast<Loop *>(loop(id));
    if (!l)
        fail(tr("There is no such loop."));
    return l;
}

} // namespace stepwise
