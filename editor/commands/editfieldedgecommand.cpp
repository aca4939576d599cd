#include "editfieldedgecommand.h"

#include "commandids.h"

namespace stepwise {

EditFieldEdgeCommand::EditFieldEdgeCommand(Workflow *doc, Id edge, const QString &label,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_edge(edge), m_after(label)
{
    const Edge *e = doc ? doc->data().edge(edge) : nullptr;
    if (!e || e->label == label) {
        setObsolete(true);
        return;
    }
    m_before = e->label;
    m_hadLabel = e->hasLabel;
    setText(tr("Label edge \"%1\"").arg(label));
}

void EditFieldEdgeCommand::redo()
{
    if (m_doc)
        m_doc->setEdgeLabel(m_edge, m_after, m_hadLabel || !m_after.isEmpty());
}

void EditFieldEdgeCommand::undo()
{
    if (m_doc)
        m_doc->setEdgeLabel(m_edge, m_before, m_hadLabel);
}

int EditFieldEdgeCommand::id() const
{
    return int(CommandId::EdgeField);
}

bool EditFieldEdgeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFieldEdgeCommand *>(other);
    if (o->m_edge != m_edge || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    setText(o->text());
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stepwise
