#include "runtrace.h"

#include <algorithm>

namespace stepwise {

using runtime::CompiledState;
using runtime::HistoryEvent;
using Type = runtime::HistoryEvent::Type;

namespace {

const CompiledState *findIn(const runtime::Machine &m, const std::string &name)
{
    if (auto it = m.index.find(name); it != m.index.end())
        return &m.states[size_t(it->second)];
    for (const auto &s : m.states) {
        for (const auto &b : s.branches)
            if (const CompiledState *c = findIn(*b, name))
                return c;
        if (s.processor)
            if (const CompiledState *c = findIn(*s.processor, name))
                return c;
    }
    return nullptr;
}

// AWS: States.ALL matches every error but States.Runtime; States.TaskFailed every error a
// task raises but States.Timeout.
bool matches(const std::vector<std::string> &errors, const std::string &error)
{
    for (const auto &e : errors) {
        if (e == error || (e == "States.ALL" && error != "States.Runtime") ||
            (e == "States.TaskFailed" && error != "States.Timeout" && error != "States.Runtime"))
            return true;
    }
    return false;
}

} // namespace

RunTrace::RunTrace(const RunEntityMap *map, std::shared_ptr<const runtime::Definition> definition)
    : m_map(map), m_definition(std::move(definition))
{
}

const CompiledState *RunTrace::compiled(const std::string &name) const
{
    if (auto it = m_compiled.find(name); it != m_compiled.end())
        return it->second;
    const CompiledState *c = m_definition ? findIn(m_definition->root(), name) : nullptr;
    m_compiled[name] = c;
    return c;
}

void RunTrace::set(const RunEntity &node, RunStatus status)
{
    if (!node.isValid())
        return;
    if (m_status.value(node, RunStatus::Idle) != status)
        m_dirty.insert(node);
    m_status.insert(node, status);
    const int levels = std::min(int(node.container.size()), int(m_eventChain.size()));
    for (int level = 0; level < levels; ++level)
        m_byIndex[node].insert(qMakePair(level, m_eventChain[size_t(level)]), status);
}

bool RunTrace::followed(const RunEntity &node) const
{
    const int depth = int(m_follow.container.size());
    return m_follow.isValid() && m_followIndex >= 0 && node.container.size() > depth &&
           node.container[depth].first == m_follow.id &&
           node.container.mid(0, depth) == m_follow.container;
}

void RunTrace::follow(const RunEntity &container, int index)
{
    if (container == m_follow && index == m_followIndex)
        return;
    // Every node under the old and the new container is looked at again.
    for (auto it = m_byIndex.cbegin(); it != m_byIndex.cend(); ++it)
        if (followed(it.key()))
            m_dirty.insert(it.key());
    m_follow = container;
    m_followIndex = index;
    for (auto it = m_byIndex.cbegin(); it != m_byIndex.cend(); ++it)
        if (followed(it.key()))
            m_dirty.insert(it.key());
}

std::string RunTrace::parentPath(const HistoryEvent &event) const
{
    const std::string &path = event.state->path;
    const std::string &name = event.state->name;
    // Graph mode keeps every token in one machine and names states by FlowZap id.
    if (path.size() > name.size() &&
        path.compare(path.size() - name.size(), name.size(), name) == 0)
        return path.substr(0, path.size() - name.size() - 1);
    return {};
}

void RunTrace::apply(const HistoryEvent &event)
{
    m_eventChain.clear();
    if (event.outerIndices)
        m_eventChain = *event.outerIndices;
    if (event.index >= 0)
        m_eventChain.push_back(event.index);
    m_eventThread.clear();
    for (const int i : m_eventChain)
        m_eventThread += std::to_string(i) + '/';
    if (!event.state) {
        if (event.type == Type::ExecutionFailed || event.type == Type::ExecutionAborted ||
            event.type == Type::ExecutionTimedOut)
            cancelRunning({});
        return;
    }
    const RunEntity node = m_map->nodeOf(event.state->name, event.state->path);
    // What is kept per state and thread (retries, a failure waiting for its exit).
    const std::string path = m_eventThread + event.state->path;
    switch (event.type) {
    case Type::StateEntered:
        entered(event, node);
        break;
    case Type::FailStateEntered:
        entered(event, node);
        set(node, RunStatus::Failed);
        branchEnded(event, true);
        break;
    case Type::StateExited:
        exited(event, node);
        break;
    case Type::TaskScheduled:
        set(node, m_failedLast.count(path) ? RunStatus::Retrying : RunStatus::Running);
        m_failedLast.erase(path);
        break;
    case Type::TaskSucceeded:
        m_failedLast.erase(path);
        break;
    case Type::TaskFailed:
    case Type::TaskTimedOut:
    case Type::ParallelStateFailed:
    case Type::MapStateFailed: {
        m_failedLast.insert(path);
        const RunStatus s = afterFailure(event);
        set(node, s);
        if (event.type == Type::ParallelStateFailed || event.type == Type::MapStateFailed) {
            cancelRunning(event.state->path);
            stopCounting(node);
        }
        if (s == RunStatus::Failed)
            branchEnded(event, true);
        break;
    }
    case Type::ParallelStateStarted: {
        const CompiledState *c = compiled(event.state->name);
        const int n = c ? int(c->branches.size()) : 0;
        m_counts.insert(node, RunCounts{n, 0, 0, n});
        m_dirty.insert(node);
        break;
    }
    case Type::MapStateStarted:
        m_counts.insert(node, RunCounts{});
        m_dirty.insert(node);
        break;
    case Type::MapIterationStarted: {
        RunCounts &c = m_counts[node];
        ++c.running;
        ++c.total;
        m_dirty.insert(node);
        break;
    }
    case Type::MapIterationSucceeded:
    case Type::MapIterationFailed:
    case Type::MapIterationAborted: {
        RunCounts &c = m_counts[node];
        c.running = std::max(0, c.running - 1);
        ++(event.type == Type::MapIterationSucceeded ? c.done : c.failed);
        m_dirty.insert(node);
        break;
    }
    case Type::WaitStateAborted:
        set(node, RunStatus::Cancelled);
        break;
    default:
        break;
    }
}

void RunTrace::entered(const HistoryEvent &event, const RunEntity &node)
{
    m_pathEntity[event.state->path] = Entered{node, event.state->name};
    const std::string path = m_eventThread + event.state->path;
    m_attempts.erase(path);
    m_failedLast.erase(path);
    set(node, RunStatus::Running);
    const auto thread = std::make_pair(parentPath(event), m_eventThread);
    if (auto it = m_lastExited.find(thread); it != m_lastExited.end()) {
        const RunEntity edge = m_map->edgeBetween(it->second, node);
        if (edge.isValid()) {
            if (!m_edges.contains(edge))
                m_dirty.insert(edge);
            m_edges.insert(edge);
            m_lastEdge = edge;
        }
        m_lastExited.erase(it);
    }
}

void RunTrace::exited(const HistoryEvent &event, const RunEntity &node)
{
    const std::string path = m_eventThread + event.state->path;
    set(node, m_failedLast.count(path) ? RunStatus::Caught : RunStatus::Succeeded);
    m_failedLast.erase(path);
    m_lastExited[std::make_pair(parentPath(event), m_eventThread)] = node;
    const CompiledState *c = compiled(event.state->name);
    if (c && c->next < 0 && (c->end || c->type == CompiledState::Type::Succeed))
        branchEnded(event, false);
}

// A Parallel branch has no events of its own: it ends with its last state's exit, or fails.
void RunTrace::branchEnded(const HistoryEvent &event, bool failed)
{
    // A branch's states sit under "Parallel/<branch index>/".
    std::string parent = parentPath(event);
    const std::size_t slash = parent.rfind('/');
    if (slash == std::string::npos ||
        parent.find_first_not_of("0123456789", slash + 1) != std::string::npos)
        return;
    parent.resize(slash);
    auto it = m_pathEntity.find(parent);
    if (it == m_pathEntity.end())
        return;
    const CompiledState *c = compiled(it->second.name);
    if (!c || c->type != CompiledState::Type::Parallel)
        return;
    RunCounts &counts = m_counts[it->second.node];
    counts.running = std::max(0, counts.running - 1);
    ++(failed ? counts.failed : counts.done);
    m_dirty.insert(it->second.node);
}

RunStatus RunTrace::afterFailure(const HistoryEvent &event)
{
    const CompiledState *c = compiled(event.state->name);
    if (!c)
        return RunStatus::Failed;
    const std::string &error = event.error();
    for (size_t i = 0; i < c->retriers.size(); ++i) {
        if (!matches(c->retriers[i].errors, error))
            continue;
        int &attempts = m_attempts[m_eventThread + event.state->path][int(i)];
        if (attempts < c->retriers[i].maxAttempts) {
            ++attempts;
            return RunStatus::Retrying;
        }
        break; // the first matching retrier decides, even when it is spent
    }
    for (const auto &catcher : c->catchers)
        if (matches(catcher.errors, error))
            return RunStatus::Caught;
    return RunStatus::Failed;
}

void RunTrace::cancelRunning(const std::string &underPath)
{
    for (const auto &[path, entered] : m_pathEntity) {
        const RunEntity &node = entered.node;
        if (!underPath.empty() &&
            (path.size() <= underPath.size() || path.compare(0, underPath.size(), underPath) != 0 ||
             path[underPath.size()] != '/'))
            continue;
        const RunStatus s = m_status.value(node, RunStatus::Idle);
        if (s == RunStatus::Running || s == RunStatus::Retrying || m_waiting.contains(node))
            set(node, RunStatus::Cancelled);
        stopCounting(node);
    }
}

// Branches or iterations still running when their container (or the execution) fails are
// stopped, not running: AWS writes no event for each, so the counts say it here.
void RunTrace::stopCounting(const RunEntity &node)
{
    auto it = m_counts.find(node);
    if (it == m_counts.end() || it->running == 0)
        return;
    it->running = 0;
    m_dirty.insert(node);
}

void RunTrace::setWaiting(const QSet<RunEntity> &nodes)
{
    if (nodes == m_waiting)
        return;
    m_dirty += nodes;
    m_dirty += m_waiting;
    m_waiting = nodes;
}

RunStatus RunTrace::status(const RunEntity &node) const
{
    const RunStatus s =
        followed(node)
            ? m_byIndex.value(node).value(qMakePair(int(m_follow.container.size()), m_followIndex),
                                          RunStatus::Idle)
            : m_status.value(node, RunStatus::Idle);
    if (m_waiting.contains(node) && (s == RunStatus::Running || s == RunStatus::Retrying))
        return RunStatus::Waiting;
    return s;
}

QSet<RunEntity> RunTrace::takeDirty()
{
    QSet<RunEntity> out;
    out.swap(m_dirty);
    return out;
}

} // namespace stepwise
