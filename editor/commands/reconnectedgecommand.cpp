#include "reconnectedgecommand.h"

#include "connectcommand.h"
#include "workflow.h"

namespace stepwise {

ReconnectEdgeCommand::ReconnectEdgeCommand(Workflow *doc, Id edge, Id from, Side fromSide, Id to,
                                           Side toSide, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc)
{
    const Edge *e = doc->data().edge(edge);
    if (!e || !doc->data().node(from) || !doc->data().node(to) || from == to) {
        setObsolete(true);
        return;
    }
    m_old = *e;
    m_new = *e;
    m_new.from = from;
    m_new.fromSide = fromSide;
    m_new.to = to;
    m_new.toSide = toSide;
    setText(tr("Reconnect %1 \u2192 %2")
                .arg(ConnectCommand::nameOf(*doc, from), ConnectCommand::nameOf(*doc, to)));
    if (m_old.from == from && m_old.to == to && m_old.fromSide == fromSide &&
        m_old.toSide == toSide)
        setObsolete(true);
}

void ReconnectEdgeCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (m_doc->setEdgeEnds(m_new.id, m_new.from, m_new.fromSide, m_new.to, m_new.toSide))
        m_changes.keep(*m_doc);
    else
        setObsolete(true);
    m_changes.setRecorded();
}

void ReconnectEdgeCommand::undo()
{
    m_changes.revert(m_doc); // the references the edge drew, as they were
}

} // namespace stepwise
