#include "flowranking.h"

#include <algorithm>

namespace stepwise {

namespace {

bool vertical(Side side)
{
    return side == Side::Top || side == Side::Bottom;
}

} // namespace

FlowRanking::FlowRanking(const WorkflowData &doc)
{
    findBackEdges(doc);
    rank(doc);
}

int FlowRanking::step(const Edge &edge)
{
    return vertical(edge.fromSide) && vertical(edge.toSide) ? 0 : 1;
}

void FlowRanking::findBackEdges(const WorkflowData &doc)
{
    // Iterative DFS (documents converted from large ASL files can be deep). Roots are the nodes
    // nothing points at, in declaration order, then whatever a cycle left unvisited.
    enum class Mark { White, Grey, Black };
    QHash<Id, Mark> mark;
    QHash<Id, int> inDegree;
    for (const Node &n : doc.nodes)
        mark.insert(n.id, Mark::White);
    for (const Edge &e : doc.edges)
        if (mark.contains(e.from) && mark.contains(e.to) && e.from != e.to)
            ++inDegree[e.to];

    QVector<Id> roots;
    for (const Node &n : doc.nodes)
        if (inDegree.value(n.id) == 0)
            roots.append(n.id);
    for (const Node &n : doc.nodes)
        if (inDegree.value(n.id) != 0)
            roots.append(n.id);

    struct Frame
    {
        Id node;
        QVector<Id> out;
        int next = 0;
    };
    QHash<Id, QVector<Id>> outgoing; // once, not a scan of all edges per node
    for (const Edge &e : doc.edges)
        outgoing[e.from].append(e.id);
    for (Id root : roots) {
        if (mark.value(root) != Mark::White)
            continue;
        QVector<Frame> stack;
        stack.append({root, outgoing.value(root), 0});
        mark[root] = Mark::Grey;
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            if (top.next >= top.out.size()) {
                mark[top.node] = Mark::Black;
                stack.removeLast();
                continue;
            }
            const Edge *e = doc.edge(top.out[top.next++]);
            if (!e || !mark.contains(e->to))
                continue;
            const Mark m = mark.value(e->to);
            if (m == Mark::Grey) {
                m_backEdges.insert(e->id);
            } else if (m == Mark::White) {
                mark[e->to] = Mark::Grey;
                const Id to = e->to;
                stack.append({to, outgoing.value(to), 0});
            }
        }
    }
}

void FlowRanking::rank(const WorkflowData &doc)
{
    // Kahn's order over the forward edges keeps declaration order among equals, so the result
    // does not depend on hashing.
    QHash<Id, int> inDegree;
    QHash<Id, QVector<const Edge *>> outgoing, incoming;
    for (const Edge &e : doc.edges) {
        if (m_backEdges.contains(e.id) || !doc.node(e.from) || !doc.node(e.to) || e.from == e.to)
            continue;
        ++inDegree[e.to];
        outgoing[e.from].append(&e);
        incoming[e.to].append(&e);
    }
    QVector<Id> ready;
    for (const Node &n : doc.nodes)
        if (inDegree.value(n.id) == 0)
            ready.append(n.id);
    QHash<Id, int> declIndex;
    for (int i = 0; i < int(doc.nodes.size()); ++i)
        declIndex.insert(doc.nodes[size_t(i)].id, i);
    while (!ready.isEmpty()) {
        const Id id = ready.takeFirst();
        m_order.append(id);
        int col = 0;
        for (const Edge *e : incoming.value(id))
            col = std::max(col, m_columns.value(e->from) + step(*e));
        m_columns.insert(id, col);
        for (const Edge *e : outgoing.value(id)) {
            if (--inDegree[e->to] == 0) {
                // Insert by declaration order to stay deterministic and close to the file.
                auto pos = std::lower_bound(ready.begin(), ready.end(), e->to, [&](Id a, Id b) {
                    return declIndex.value(a) < declIndex.value(b);
                });
                ready.insert(pos, e->to);
            }
        }
    }
    // Sources that only feed something far to the right move next to it (an error handler in a
    // lower lane belongs under the step it reports to, not at the start of the row).
    for (int i = m_order.size() - 1; i >= 0; --i) {
        const Id id = m_order[i];
        if (!incoming.value(id).isEmpty() || outgoing.value(id).isEmpty())
            continue;
        int col = INT_MAX;
        for (const Edge *e : outgoing.value(id))
            col = std::min(col, m_columns.value(e->to) - step(*e));
        m_columns[id] = std::max(m_columns.value(id), col);
    }
}

} // namespace stepwise
