#include "renamestatecommand.h"

#include "workflow.h"

namespace stepwise {

RenameStateCommand::RenameStateCommand(Workflow *doc, Id node, const QString &name,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_node(node), m_newLabel(name.trimmed())
{
    const Node *n = doc->data().node(node);
    if (!n) {
        m_refusal = tr("There is no such state.");
        setObsolete(true);
        return;
    }
    m_oldLabel = n->label;
    m_oldAsl = n->asl;
    m_newAsl = n->asl;
    const QString old = n->asl.name.isEmpty() ? n->label : n->asl.name;
    setText(tr("Rename \"%1\" to \"%2\"").arg(old, m_newLabel));
    if (m_newLabel.isEmpty()) {
        m_refusal = tr("A state needs a name.");
        setObsolete(true);
        return;
    }
    if (!n->asl.isEmpty()) {
        const Node *other = doc->data().nodeByStateName(m_newLabel);
        if (other && other->id != node) {
            m_refusal = tr("A state named \"%1\" already exists.").arg(m_newLabel);
            setObsolete(true);
            return;
        }
        m_newAsl.name = m_newLabel;
    }
    if (m_newLabel == m_oldLabel && m_newAsl == m_oldAsl)
        setObsolete(true); // nothing to do: no empty step on the stack
}

bool RenameStateCommand::apply(const QString &label, const AslState &asl)
{
    if (!m_doc->setNodeAsl(m_node, asl))
        return false;
    m_changes.keep(*m_doc);
    if (!m_doc->setNodeLabel(m_node, label))
        return false;
    m_changes.keep(*m_doc);
    return true;
}

void RenameStateCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (!apply(m_newLabel, m_newAsl)) {
        m_refusal = m_doc->lastError();
        m_changes.revert(m_doc);
        setObsolete(true);
    }
    m_changes.setRecorded();
}

void RenameStateCommand::undo()
{
    m_changes.revert(m_doc);
}

} // namespace stepwise
