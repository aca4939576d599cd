#include "movelanecommand.h"

#include "workflow.h"

namespace stepwise {

MoveLaneCommand::MoveLaneCommand(Workflow *doc, Id lane, int index, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_lane(lane), m_from(doc->data().laneIndex(lane)),
      m_to(index)
{
    const Lane *l = doc->data().lane(lane);
    setText(tr("Move lane \"%1\"").arg(l ? (l->title.isEmpty() ? l->key : l->title) : QString()));
    if (!l || index < 0 || index >= int(doc->data().lanes.size()) || index == m_from)
        setObsolete(true);
}

void MoveLaneCommand::redo()
{
    if (!m_doc->moveLane(m_lane, m_to))
        setObsolete(true);
}

void MoveLaneCommand::undo()
{
    m_doc->moveLane(m_lane, m_from);
}

} // namespace stepwise
