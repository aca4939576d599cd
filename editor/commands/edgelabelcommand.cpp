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
    setText(o->text());
    return true;
}

void EdgeLabelCommand::redo()
{
    if (!m_doc->setEdgeLabel(m_edge, m_newLabel, !m_newLabel.isEmpty()))
        setObsolete(true);
}

void EdgeLabelCommand::undo()
{
    m_doc->setEdgeLabel(m_edge, m_oldLabel, m_oldHas);
}

} // namespace stepwise
