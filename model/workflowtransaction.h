#pragma once

#include "workflow.h"

namespace stepwise {

/// Groups the steps of one public mutation: the outermost transaction hands them to
/// lastChange() on commit, and undoes them if the mutation is refused half-way, so a refused
/// mutation changes nothing. Inner transactions (a mutation calling another) only join.
class Workflow::Transaction
{
public:
    explicit Transaction(Workflow *wf)
        : m_wf(wf), m_outer(!wf->m_recording), m_nextId(wf->m_data.nextId)
    {
        if (m_outer) {
            wf->m_recording = true;
            wf->m_pending = {};
        }
    }
    ~Transaction()
    {
        if (!m_outer)
            return;
        if (!m_done) {
            const WorkflowChange undo = std::move(m_wf->m_pending);
            for (auto it = undo.steps.rbegin(); it != undo.steps.rend(); ++it)
                m_wf->apply(*it, false);
            m_wf->m_data.nextId = m_nextId;
        }
        m_wf->m_pending = {};
        m_wf->m_recording = false;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool commit()
    {
        if (m_outer) {
            if (m_wf->m_data.nextId != m_nextId) {
                WorkflowChange::Step s{WorkflowChange::Step::Kind::Counter, {}, NoId};
                s.before = OrderedJson(m_nextId);
                s.after = OrderedJson(m_wf->m_data.nextId);
                m_wf->m_pending.steps.push_back(std::move(s));
            }
            m_wf->m_lastChange = std::move(m_wf->m_pending);
        }
        m_done = true;
        return true;
    }

private:
    Workflow *m_wf;
    bool m_outer;
    Id m_nextId;
    bool m_done = false;
};

} // namespace stepwise
