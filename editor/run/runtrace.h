#pragma once

#include "runentitymap.h"
#include "runstatus.h"

#include "definition.h"
#include "historyevent.h"

#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace stepwise {

/// How many Parallel branches or Map iterations of a container are running, done and failed.
struct RunCounts
{
    int running = 0;
    int done = 0;
    int failed = 0;
    int total = 0;
    bool operator==(const RunCounts &o) const
    {
        return running == o.running && done == o.done && failed == o.failed && total == o.total;
    }
};

/// The run state of the document's entities folded from history events: a pure function of
/// the events applied, so stepping back is "build a new trace from the rebuilt history".
/// Statuses come from AWS's event names; retrying and caught are decided from the state's
/// Retry and Catch when the failure is written (later events correct a wrong guess).
class RunTrace
{
public:
    RunTrace(const RunEntityMap *map, std::shared_ptr<const runtime::Definition> definition);

    void apply(const runtime::HistoryEvent &event);
    /// States that wait for an answer now (callbacks, manual choices): shown as waiting.
    void setWaiting(const QSet<RunEntity> &nodes);

    RunStatus status(const RunEntity &node) const;
    /// Shows, inside `container`, the states of one Map iteration (or Parallel branch) only;
    /// index -1 (or an invalid container) shows every iteration folded together again.
    void follow(const RunEntity &container, int index);
    bool edgeTaken(const RunEntity &edge) const { return m_edges.contains(edge); }
    RunCounts counts(const RunEntity &container) const { return m_counts.value(container); }
    /// The edge taken by the latest transition (the token's way), or invalid.
    RunEntity lastEdge() const { return m_lastEdge; }
    QList<RunEntity> touchedNodes() const { return m_status.keys(); }
    QList<RunEntity> takenEdges() const { return m_edges.values(); }
    QList<RunEntity> containers() const { return m_counts.keys(); }
    /// Entities changed since the last call (nodes, edges and containers alike).
    QSet<RunEntity> takeDirty();

private:
    const runtime::CompiledState *compiled(const std::string &name) const;
    RunStatus afterFailure(const runtime::HistoryEvent &event);
    void entered(const runtime::HistoryEvent &event, const RunEntity &node);
    void exited(const runtime::HistoryEvent &event, const RunEntity &node);
    void branchEnded(const runtime::HistoryEvent &event, bool failed);
    void cancelRunning(const std::string &underPath);
    void stopCounting(const RunEntity &node);
    void set(const RunEntity &node, RunStatus status);
    std::string parentPath(const runtime::HistoryEvent &event) const;
    bool followed(const RunEntity &node) const;

    const RunEntityMap *m_map;
    std::shared_ptr<const runtime::Definition> m_definition;
    mutable std::map<std::string, const runtime::CompiledState *> m_compiled;
    QHash<RunEntity, RunStatus> m_status;
    QSet<RunEntity> m_waiting;
    QSet<RunEntity> m_edges;
    QHash<RunEntity, RunCounts> m_counts;
    RunEntity m_lastEdge;
    QSet<RunEntity> m_dirty;
    // For following one iteration (or branch): node -> (nesting level, index at that level) ->
    // the status the node last had in that iteration. A state in a Map inside a Map is kept
    // under its outer iteration (level 0) and its inner one (level 1).
    QHash<RunEntity, QHash<QPair<int, int>, RunStatus>> m_byIndex;
    // The event being applied: its branch/iteration indices, outermost first, and the same as
    // a key ("0/3/") for what is kept per running thread.
    std::vector<int> m_eventChain;
    std::string m_eventThread;
    RunEntity m_follow;
    int m_followIndex = -1;
    struct Entered
    {
        RunEntity node;
        std::string name;
    };
    std::map<std::string, Entered> m_pathEntity; // state path -> node and name, as entered
    // Keyed by thread + state path: iterations of one Map retry and fail apart.
    std::map<std::string, std::map<int, int>> m_attempts; // -> retrier -> attempts
    std::set<std::string> m_failedLast; // failed since entered: an exit means caught
    /// (machine path, thread) -> the state that thread last left.
    std::map<std::pair<std::string, std::string>, RunEntity> m_lastExited;
};

} // namespace stepwise
