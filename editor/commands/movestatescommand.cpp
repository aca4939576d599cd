#include "movestatescommand.h"

#include "commandids.h"
#include "workflow.h"

namespace stepwise {

MoveStatesCommand::MoveStatesCommand(Workflow *doc, QVector<StateMove> moves, bool nudge,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_moves(std::move(moves)), m_nudge(nudge)
{
    for (const StateMove &m : std::as_const(m_moves))
        if (!doc->data().node(m.node) || !doc->data().lane(m.toLane))
            setObsolete(true); // refused when built: nothing is half-moved
    if (m_moves.isEmpty())
        setObsolete(true);
    updateText();
}

void MoveStatesCommand::updateText()
{
    const int n = int(m_moves.size());
    if (m_nudge)
        setText(n == 1 ? tr("Nudge 1 state") : tr("Nudge %1 states").arg(n));
    else
        setText(n == 1 ? tr("Move 1 state") : tr("Move %1 states").arg(n));
}

int MoveStatesCommand::id() const
{
    return int(m_nudge ? CommandId::NudgeStates : CommandId::MoveStates);
}

bool MoveStatesCommand::mergeWith(const QUndoCommand *other)
{
    // Only a nudge of the very same states continues this one.
    const auto *o = dynamic_cast<const MoveStatesCommand *>(other);
    if (!m_nudge || !o || !o->m_nudge || o->m_moves.size() != m_moves.size())
        return false;
    for (int i = 0; i < m_moves.size(); ++i)
        if (o->m_moves[i].node != m_moves[i].node)
            return false;
    for (int i = 0; i < m_moves.size(); ++i) {
        m_moves[i].toLane = o->m_moves[i].toLane;
        m_moves[i].to = o->m_moves[i].to;
    }
    m_changes.append(o->m_changes);
    return true;
}

void MoveStatesCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    for (const StateMove &m : std::as_const(m_moves)) {
        if (m_doc->setNodeLane(m.node, m.toLane))
            m_changes.keep(*m_doc);
        if (m_doc->setNodePosition(m.node, m.to))
            m_changes.keep(*m_doc);
    }
    m_changes.setRecorded();
}

void MoveStatesCommand::undo()
{
    m_changes.revert(m_doc);
}

} // namespace stepwise
