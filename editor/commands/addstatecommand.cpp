#include "addstatecommand.h"

#include "workflow.h"

namespace stepwise {

AddStateCommand::AddStateCommand(Workflow *doc, Node node, Id after, QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    node.id = doc->data().nextId;
    m_node = node.id;
    const QString name = node.asl.name.isEmpty() ? node.label : node.asl.name;
    setText(tr("Add \"%1\"").arg(name));
    const auto machine = doc->machineOf(node.lane);
    if (!doc->lane(node.lane) || !machine ||
        (!node.asl.name.isEmpty() && doc->stateNamed(node.asl.name)) ||
        (after != NoId && (!doc->node(after) || !(doc->machineOf(after) == machine)))) {
        setObsolete(true);
        return;
    }
    const WorkflowData *m = doc->machine(*machine);
    if (node.fzId.isEmpty() || m->nodeByFzId(node.fzId))
        node.fzId = m->nextFzId();
    addOperation([node](Workflow *d) { return of(d->insertNode(node)); });
    if (after != NoId) {
        m_edge = m_node + 1;
        const Id id = m_node, edge = m_edge;
        addOperation([=](Workflow *d) {
            const Id made = d->addEdge(after, Side::Right, id, Side::Left);
            return of(made != NoId && made == edge);
        });
    }
}

} // namespace stepwise
