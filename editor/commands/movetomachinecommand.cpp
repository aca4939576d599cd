#include "movetomachinecommand.h"

#include "workflow.h"

namespace stepwise {

QString MoveToMachineCommand::machineName(const Workflow &doc, Id lane)
{
    const auto ref = doc.machineOf(lane);
    const Lane *l = doc.lane(lane);
    if (!ref || !l)
        return {};
    if (ref->isRoot())
        return tr("lane \"%1\"").arg(l->title.isEmpty() ? l->key : l->title);
    const Node *container = doc.node(ref->container);
    const QString name = container ? container->asl.name : QString();
    if (container && container->asl.type == QLatin1String("Map"))
        return tr("the processor of \"%1\"").arg(name);
    return tr("Branch %1 of \"%2\"").arg(ref->branch + 1).arg(name);
}

MoveToMachineCommand::MoveToMachineCommand(Workflow *doc, Id node, Id lane,
                                           std::optional<QPointF> position, QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    const Node *n = doc->node(node);
    const auto from = doc->machineOf(node);
    const auto to = doc->machineOf(lane);
    if (!n || !from || !to || !doc->lane(lane)) {
        setObsolete(true);
        return;
    }
    m_dropped = *from == *to ? 0 : int(doc->edgesDroppedByMove(node).size());
    const QString name = n->asl.name.isEmpty() ? n->label : n->asl.name;
    const QString where = machineName(*doc, lane);
    QString text = to->isRoot() && !from->isRoot() ? tr("Move \"%1\" out onto %2").arg(name, where)
                                                   : tr("Move \"%1\" into %2").arg(name, where);
    if (m_dropped == 1)
        text = tr("%1 (1 transition dropped)").arg(text);
    else if (m_dropped > 1)
        text = tr("%1 (%2 transitions dropped)").arg(text).arg(m_dropped);
    setText(text);
    addOperation([node, lane, position](Workflow *d) {
        return of(d->moveStateToLane(node, lane, position));
    });
}

} // namespace stepwise
