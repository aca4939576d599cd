#include "addstatecommand.h"

#include "workflow.h"

namespace stepwise {

AddStateCommand::AddStateCommand(Workflow *doc, Node node, Id after, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_node(std::move(node))
{
    const WorkflowData &data = doc->data();
    m_node.id = data.nextId;
    if (m_node.fzId.isEmpty() || data.nodeByFzId(m_node.fzId))
        m_node.fzId = data.nextFzId();
    const QString name = m_node.asl.name.isEmpty() ? m_node.label : m_node.asl.name;
    setText(tr("Add \"%1\"").arg(name));
    if (!data.lane(m_node.lane) ||
        (!m_node.asl.name.isEmpty() && data.nodeByStateName(m_node.asl.name))) {
        setObsolete(true);
        return;
    }
    if (after != NoId) {
        if (!data.node(after)) {
            setObsolete(true);
            return;
        }
        Edge e;
        e.id = m_node.id + 1;
        e.from = after;
        e.to = m_node.id;
        e.fromSide = Side::Right;
        e.toSide = Side::Left;
        m_edge = e;
    }
}

void AddStateCommand::redo()
{
    if (!m_doc->insertNode(m_node)) {
        setObsolete(true);
        return;
    }
    if (m_edge && !m_doc->insertEdge(*m_edge)) {
        m_doc->removeNode(m_node.id);
        setObsolete(true);
    }
}

void AddStateCommand::undo()
{
    if (m_edge)
        m_doc->removeEdge(m_edge->id);
    m_doc->removeNode(m_node.id);
}

} // namespace stepwise
