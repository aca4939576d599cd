#pragma once

#include "workflow.h"

#include <vector>

namespace stepwise {

/// What a command's mutations changed, as the model recorded it (Workflow::lastChange()). The
/// first redo runs the mutations and keeps each record; undo reverts them, later redos reapply
/// them. Setting a value back by hand would lose the statement's source text, so undo would give
/// other bytes than the file had; the model's record gives back the same ids and bytes.
class ModelChanges
{
public:
    /// Keeps the change of the mutation that just succeeded.
    void keep(const Workflow &doc) { m_changes.push_back(doc.lastChange()); }
    /// After the first redo: later ones replay the record instead of running the mutations.
    void setRecorded() { m_recorded = true; }
    bool isRecorded() const { return m_recorded; }
    /// Replays the record (false, and nothing done, before the first redo).
    bool reapply(Workflow *doc) const
    {
        if (!m_recorded)
            return false;
        for (const WorkflowChange &c : m_changes)
            doc->reapply(c);
        return true;
    }
    void revert(Workflow *doc) const
    {
        for (auto it = m_changes.rbegin(); it != m_changes.rend(); ++it)
            doc->revert(*it);
    }
    /// A merged command's changes come after this one's.
    void append(const ModelChanges &later)
    {
        m_changes.insert(m_changes.end(), later.m_changes.begin(), later.m_changes.end());
    }

private:
    std::vector<WorkflowChange> m_changes;
    bool m_recorded = false;
};

} // namespace stepwise
