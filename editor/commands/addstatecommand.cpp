#include "addstatecommand.h"

#include <functional>

#include "workflow.h"

namespace stepwise {

AddStateCommand::AddStateCommand(Workflow *doc, Node node, Id after, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_node(std::move(node))
{
    // The state goes into the machine of its lane: the root or a Parallel branch / Map processor.
    const auto machine = doc->machineOf(m_node.lane);
    const WorkflowData *data = machine ? doc->machine(*machine) : nullptr;
    m_node.id = doc->data().nextId;
    if (data && (m_node.fzId.isEmpty() || data->nodeByFzId(m_node.fzId)))
        m_node.fzId = data->nextFzId();
    const QString name = m_node.asl.name.isEmpty() ? m_node.label : m_node.asl.name;
    setText(tr("Add \"%1\"").arg(name));
    // Names are unique in the whole definition: the new state's, and those of the states in
    // its branches (a Parallel or Map comes with one), against every machine's.
    std::function<bool(const Node &)> nameTaken = [&](const Node &n) {
        if (!n.asl.name.isEmpty() && doc->stateNamed(n.asl.name))
            return true;
        for (const WorkflowData &m : n.subMachines)
            for (const Node &inner : m.nodes)
                if (nameTaken(inner))
                    return true;
        return false;
    };
    if (!data || !doc->lane(m_node.lane) || nameTaken(m_node)) {
        setObsolete(true);
        return;
    }
    if (after != NoId) {
        if (!doc->node(after) || !(doc->machineOf(after) == machine)) {
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
    if (m_changes.reapply(m_doc))
        return;
    m_changes.setRecorded();
    if (!m_doc->insertNode(m_node)) {
        setObsolete(true);
        return;
    }
    m_changes.keep(*m_doc);
    // A container's branches took ids of their own: the edge takes the next free one.
    if (m_edge)
        m_edge->id = m_doc->data().nextId;
    if (m_edge && !m_doc->insertEdge(*m_edge)) {
        m_changes.revert(m_doc); // never half-applied, the id counter included
        setObsolete(true);
        return;
    }
    if (m_edge)
        m_changes.keep(*m_doc);
}

void AddStateCommand::undo()
{
    m_changes.revert(m_doc);
}

} // namespace stepwise
