#include "graphspec.h"

#include <algorithm>
#include <deque>
#include <set>

namespace stepwise::runtime {

namespace {

using Type = CompiledState::Type;

/// Builds the one machine of a diagram: every node a state, forks and choices among them.
class GraphBuilder
{
public:
    explicit GraphBuilder(const GraphSpec &g) : m_g(g), m_out(g.nodes.size()), m_in(g.nodes.size())
    {
        for (const auto &e : g.edges) {
            m_out[static_cast<std::size_t>(e.from)].push_back(&e);
            ++m_in[static_cast<std::size_t>(e.to)];
        }
    }

    std::vector<std::string> errors;

    // A diagram in which every node has an outgoing edge (a request/response cycle) would
    // never end: there, a token that comes back to the start node ends the run.
    void prepareStart(int start)
    {
        m_start = start;
        m_cycleEnds =
            std::none_of(m_out.begin(), m_out.end(), [](const auto &out) { return out.empty(); });
    }

    int start() const
    {
        for (std::size_t i = 0; i < m_g.nodes.size(); ++i)
            if (m_g.nodes[i].shape == GraphSpec::Shape::Circle && m_in[i] == 0)
                return static_cast<int>(i);
        for (std::size_t i = 0; i < m_g.nodes.size(); ++i)
            if (m_in[i] == 0)
                return static_cast<int>(i);
        return 0;
    }

    // One machine holds every node the start reaches: forks spawn tokens inside it, so a loop
    // back above a fork is just another edge.
    std::shared_ptr<const Machine> machine(int from)
    {
        auto m = std::make_shared<Machine>();
        std::vector<int> order = reach(from);
        std::vector<int> stateOf(m_g.nodes.size(), -1);
        for (int n : order) {
            stateOf[static_cast<std::size_t>(n)] = static_cast<int>(m->states.size());
            m->states.emplace_back();
        }
        int backAtStart = -1; // a Succeed standing for "the token came back to the start"
        auto toward = [&](int target) {
            if (!(m_cycleEnds && target == m_start))
                return stateOf[static_cast<std::size_t>(target)];
            if (backAtStart < 0) {
                backAtStart = static_cast<int>(m->states.size());
                CompiledState s;
                s.type = Type::Succeed;
                s.end = true;
                const auto &at = m_g.nodes[std::size_t(target)];
                s.info = info(unique(*m, at.label + " (back at start)"), "Succeed", at.id + "/end");
                m->states.push_back(std::move(s));
            }
            return backAtStart;
        };
        for (int n : order) {
            const auto &node = m_g.nodes[static_cast<std::size_t>(n)];
            const auto &out = m_out[static_cast<std::size_t>(n)];
            const bool labelled = std::any_of(out.begin(), out.end(),
                                              [](const GEdge *e) { return !e->label.empty(); });
            const bool choice =
                out.size() > 1 && (node.shape == GraphSpec::Shape::Diamond || labelled);
            CompiledState s;
            std::string type = "Pass";
            if (node.shape == GraphSpec::Shape::Taskbox) {
                s.type = Type::Task;
                type = "Task";
                s.resource = "stepwise:callback.waitForTaskToken";
                s.waitForToken = true;
            } else if (choice) {
                branch(s, type, n, out, true, toward);
            } else if (out.size() > 1) {
                branch(s, type, n, out, false, toward);
            } else if (out.empty() && node.shape == GraphSpec::Shape::Circle) {
                s.type = Type::Succeed;
                type = "Succeed";
            }
            s.info = info(unique(*m, node.label), type, node.id);
            if (out.empty()) {
                s.end = true;
            } else if (out.size() == 1) {
                s.next = toward(out[0]->to);
            } else if (s.type == Type::Task) {
                // A taskbox with several ways out decides (or forks) after its callback.
                CompiledState after;
                std::string afterType = "Pass";
                branch(after, afterType, n, out, labelled, toward);
                after.info = info(unique(*m, node.label + (labelled ? " (choice)" : " (fork)")),
                                  afterType, node.id + (labelled ? "/choice" : "/fork"));
                s.next = static_cast<int>(m->states.size());
                m->states.push_back(std::move(after));
            }
            m->states[static_cast<std::size_t>(stateOf[static_cast<std::size_t>(n)])] =
                std::move(s);
        }
        m->start = stateOf[static_cast<std::size_t>(from)];
        for (std::size_t i = 0; i < m->states.size(); ++i)
            m->index[m->states[i].info->name] = static_cast<int>(i);
        return m;
    }

private:
    using GEdge = GraphSpec::Edge;

    std::shared_ptr<const StateInfo> info(const std::string &name, const std::string &type,
                                          const std::string &path)
    {
        auto i = std::make_shared<StateInfo>();
        i->name = name;
        i->type = type;
        i->path = path;
        return i;
    }

    std::string unique(const Machine &m, std::string name)
    {
        if (name.empty())
            name = "node";
        std::string candidate = name;
        for (int k = 2; std::any_of(
                 m.states.begin(), m.states.end(),
                 [&](const CompiledState &s) { return s.info && s.info->name == candidate; });
             ++k)
            candidate = name + " (" + std::to_string(k) + ")";
        return candidate;
    }

    // A manual choice among the edges' labels (the target's label for an unlabelled edge), or a
    // fork that sends one token down each edge; tokens meet again at the fork's join.
    template <class Toward>
    void branch(CompiledState &s, std::string &type, int node,
                const std::vector<const GEdge *> &out, bool choice, Toward toward)
    {
        if (choice) {
            s.type = Type::ManualChoice;
            type = "Choice";
            for (const GEdge *e : out) {
                std::string label =
                    e->label.empty() ? m_g.nodes[std::size_t(e->to)].label : e->label;
                s.options.emplace_back(label, toward(e->to));
            }
            return;
        }
        s.type = Type::Parallel;
        type = "Parallel";
        s.resultMode = CompiledState::ResultMode::Discard; // tokens carry the input on
        int join = joinOf(out, node);
        s.join = join < 0 || (m_cycleEnds && join == m_start) ? -1 : toward(join);
        for (const GEdge *e : out)
            s.forkTargets.push_back(toward(e->to));
    }

    std::vector<int> reach(int from) const
    {
        std::vector<int> order;
        std::vector<bool> seen(m_g.nodes.size(), false);
        std::deque<int> work{from};
        seen[static_cast<std::size_t>(from)] = true;
        while (!work.empty()) {
            int n = work.front();
            work.pop_front();
            order.push_back(n);
            for (const GEdge *e : m_out[static_cast<std::size_t>(n)])
                if (!(m_cycleEnds && e->to == m_start) && !seen[static_cast<std::size_t>(e->to)]) {
                    seen[static_cast<std::size_t>(e->to)] = true;
                    work.push_back(e->to);
                }
        }
        return order;
    }

    // Paths through `blocked` (the fork itself) do not count: tokens that come back to the
    // fork fork again, they do not meet there.
    std::vector<int> distances(int from, int blocked) const
    {
        std::vector<int> d(m_g.nodes.size(), -1);
        if (from == blocked)
            return d;
        std::deque<int> work{from};
        d[static_cast<std::size_t>(from)] = 0;
        while (!work.empty()) {
            int n = work.front();
            work.pop_front();
            for (const GEdge *e : m_out[static_cast<std::size_t>(n)])
                if (e->to != blocked && d[static_cast<std::size_t>(e->to)] < 0) {
                    d[static_cast<std::size_t>(e->to)] = d[static_cast<std::size_t>(n)] + 1;
                    work.push_back(e->to);
                }
        }
        return d;
    }

    // The first node every branch reaches (smallest worst distance), or -1 when none does.
    int joinOf(const std::vector<const GEdge *> &out, int fork) const
    {
        std::vector<std::vector<int>> dist;
        for (const GEdge *e : out)
            dist.push_back(distances(e->to, fork));
        int best = -1, bestCost = 0;
        for (std::size_t n = 0; n < m_g.nodes.size(); ++n) {
            int worst = 0;
            bool all = true;
            for (const auto &d : dist) {
                if (d[n] < 0) {
                    all = false;
                    break;
                }
                worst = std::max(worst, d[n]);
            }
            if (all && (best < 0 || worst < bestCost)) {
                best = static_cast<int>(n);
                bestCost = worst;
            }
        }
        return best;
    }

    const GraphSpec &m_g;
    std::vector<std::vector<const GEdge *>> m_out;
    std::vector<int> m_in;
    int m_start = 0;
    bool m_cycleEnds = false;
};

} // namespace

Definition::CompileResult GraphSpec::compile(const GraphSpec &graph)
{
    Definition::CompileResult r;
    if (graph.nodes.empty()) {
        r.errors.push_back("the diagram has no nodes");
        return r;
    }
    for (const auto &e : graph.edges)
        if (e.from < 0 || e.to < 0 || std::size_t(e.from) >= graph.nodes.size() ||
            std::size_t(e.to) >= graph.nodes.size()) {
            r.errors.push_back("an edge refers to a node that does not exist");
            return r;
        }
    GraphBuilder builder(graph);
    builder.prepareStart(builder.start());
    auto root = builder.machine(builder.start());
    r.errors = std::move(builder.errors);
    if (r.errors.empty())
        r.definition = Definition::fromMachine(std::move(root), "Diagram");
    return r;
}

} // namespace stepwise::runtime
