#include "movelanecommand.h"

#include "workflow.h"

namespace stepwise {

MoveLaneCommand::MoveLaneCommand(Workflow *doc, Id lane, int index, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_lane(lane), m_from(-1), m_to(index)
{
    // A lane of a Parallel branch or Map processor moves among the lanes of its own machine.
    const auto where = doc->machineOf(lane);
    const WorkflowData *machine = where ? doc->machine(*where) : nullptr;
    const Lane *l = doc->lane(lane);
    if (machine)
        m_from = machine->laneIndex(lane);
    setText(tr("Move lane \"%1\"").arg(l ? (l->title.isEmpty() ? l->key : l->title) : QString()));
    if (!l || !machine || index < 0 || index >= int(machine->lanes.size()) || index == m_from)
        setObsolete(true);
}

void MoveLaneCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (m_doc->moveLane(m_lane, m_to))
        m_changes.keep(*m_doc);
    else
        setObsolete(true);
    m_changes.setRecorded();
}

void MoveLaneCommand::undo()
{
    m_changes.revert(m_doc);
}

} // namespace stepwise
