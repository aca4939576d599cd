#include "workflowids.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace stepwise {

namespace {

Id highestId(const WorkflowData &m)
{
    Id top = 0;
    for (const Lane &l : m.lanes)
        top = std::max(top, l.id);
    for (const Edge &e : m.edges)
        top = std::max(top, e.id);
    for (const Loop &l : m.loops)
        top = std::max(top, l.id);
    for (const Node &n : m.nodes) {
        top = std::max(top, n.id);
        for (const WorkflowData &sub : n.subMachines)
            top = std::max(top, highestId(sub));
    }
    return top;
}

template <typename F> void forOwnIds(const WorkflowData &m, F f)
{
    for (const Lane &l : m.lanes)
        f(l.id);
    for (const Node &n : m.nodes)
        f(n.id);
    for (const Edge &e : m.edges)
        f(e.id);
    for (const Loop &l : m.loops)
        f(l.id);
}

// Gives every entity of `m` (not of its nested machines) a fresh id from `next`.
void remapOwn(WorkflowData &m, Id &next)
{
    QHash<Id, Id> map;
    forOwnIds(m, [&](Id id) { map.insert(id, next++); });
    auto to = [&](Id id) { return map.value(id, id); };
    for (Lane &l : m.lanes) {
        l.id = to(l.id);
        for (Statement &s : l.body)
            s.ref = to(s.ref);
    }
    for (Statement &s : m.topLevel)
        s.ref = to(s.ref);
    for (Node &n : m.nodes) {
        n.id = to(n.id);
        n.lane = to(n.lane);
    }
    for (Edge &e : m.edges) {
        e.id = to(e.id);
        e.from = to(e.from);
        e.to = to(e.to);
    }
    for (Loop &l : m.loops) {
        l.id = to(l.id);
        for (Id &n : l.nodes)
            n = to(n);
    }
    m.nodeIndex.clear();
    m.edgeIndex.clear();
    m.laneIndexCache.clear();
}

// A nested machine allocates nothing (the root does); its counter only says, as the project
// file's reader checks, that it is above the machine's own ids.
void settleCounter(WorkflowData &m)
{
    Id top = 0;
    forOwnIds(m, [&](Id id) { top = std::max(top, id); });
    m.nextId = top + 1;
}

void unifyNested(WorkflowData &m, QSet<Id> &seen, Id &next)
{
    for (Node &n : m.nodes)
        for (WorkflowData &sub : n.subMachines) {
            bool clash = false;
            QSet<Id> own;
            forOwnIds(sub, [&](Id id) {
                clash = clash || seen.contains(id) || own.contains(id);
                own.insert(id);
            });
            if (clash)
                remapOwn(sub, next);
            settleCounter(sub);
            forOwnIds(sub, [&](Id id) { seen.insert(id); });
            unifyNested(sub, seen, next);
        }
}

void renumberAll(WorkflowData &m, Id &next)
{
    remapOwn(m, next);
    settleCounter(m);
    for (Node &n : m.nodes)
        for (WorkflowData &sub : n.subMachines)
            renumberAll(sub, next);
}

} // namespace

void WorkflowIds::unify(WorkflowData &root)
{
    Id next = std::max(root.nextId, highestId(root) + 1);
    QSet<Id> seen;
    forOwnIds(root, [&](Id id) { seen.insert(id); });
    unifyNested(root, seen, next);
    root.nextId = next;
}

void WorkflowIds::renumber(WorkflowData &machine, WorkflowData &root)
{
    Id next = std::max(root.nextId, highestId(root) + 1);
    renumberAll(machine, next);
    root.nextId = next;
}

StatementPlace WorkflowIds::exactPlace(const WorkflowData &m, Statement::Kind kind,
                                       StatementPlace wanted, Id naturalLane)
{
    if (wanted.index >= 0)
        return wanted;
    const Lane *lane = naturalLane == NoId ? nullptr : m.lane(naturalLane);
    const std::vector<Statement> &body = lane ? lane->body : m.topLevel;
    StatementPlace out{lane ? naturalLane : NoId, -1};
    if (kind == Statement::Kind::Node && !lane) {
        out.index = int(body.size());
        return out;
    }
    // The natural place: after the last statement of the same kind, else after the last node
    // (edges follow nodes in hand-written files), else at the end (a node: at the start).
    for (int i = int(body.size()) - 1; i >= 0 && out.index < 0; --i)
        if (body[size_t(i)].kind == kind)
            out.index = i + 1;
    for (int i = int(body.size()) - 1; i >= 0 && out.index < 0; --i)
        if (body[size_t(i)].kind == Statement::Kind::Node)
            out.index = i + 1;
    if (out.index < 0)
        out.index = kind == Statement::Kind::Node ? 0 : int(body.size());
    return out;
}

} // namespace stepwise
