#include "connectcommand.h"

#include "workflow.h"

namespace stepwise {

QString ConnectCommand::nameOf(const Workflow &doc, Id node)
{
    const Node *n = doc.data().node(node);
    if (!n)
        return {};
    return n->asl.name.isEmpty() ? n->label : n->asl.name;
}

ConnectCommand::ConnectCommand(Workflow *doc, Id from, Side fromSide, Id to, Side toSide,
                               const QString &label, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc)
{
    m_edge.id = doc->data().nextId;
    m_edge.from = from;
    m_edge.to = to;
    m_edge.fromSide = fromSide;
    m_edge.toSide = toSide;
    m_edge.label = label;
    m_edge.hasLabel = !label.isEmpty();
    setText(tr("Connect %1 \u2192 %2").arg(nameOf(*doc, from), nameOf(*doc, to)));
    if (!doc->data().node(from) || !doc->data().node(to) || from == to)
        setObsolete(true);
}

void ConnectCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (m_doc->insertEdge(m_edge))
        m_changes.keep(*m_doc);
    else
        setObsolete(true);
    m_changes.setRecorded();
}

void ConnectCommand::undo()
{
    m_changes.revert(m_doc); // the reference it drew and the id counter too
}

} // namespace stepwise
