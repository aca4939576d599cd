#include "edgelabelcommand.h"

#include "commandids.h"
#include "workflow.h"

namespace stepwise {

EdgeLabelCommand::EdgeLabelCommand(Workflow *doc, Id edge, const QString &label,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_edge(edge), m_newLabel(label)
{
    const Edge *e = doc->data().edge(edge);
    if (!e || (e->label == label && e->hasLabel == !label.isEmpty())) {
        setObsolete(true);
        return;
    }
    m_oldLabel = e->label;
    m_oldHas = e->hasLabel;
    setText(label.isEmpty() ? tr("Clear edge label") : tr("Label edge \"%1\"").arg(label));
}

int EdgeLabelCommand::id() const
{
    return int(CommandId::EdgeLabel);
}

bool EdgeLabelCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EdgeLabelCommand *>(other);
    if (!o || o->m_edge != m_edge)
        return false;
    m_newLabel = o->m_newLabel;
    m_changes.append(o->m_changes);
    setText(o->text());
    return true;
}

void EdgeLabelCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (m_doc->setEdgeLabel(m_edge, m_newLabel, !m_newLabel.isEmpty()))
        m_changes.keep(*m_doc);
    else
        setObsolete(true);
    m_changes.setRecorded();
}

void EdgeLabelCommand::undo()
{
    m_changes.revert(m_doc); // the old label and the statement's text as it was
}

} // namespace stepwise
