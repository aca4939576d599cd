#include "collapsecommand.h"

#include "workflow.h"

namespace stepwise {

CollapseCommand::CollapseCommand(Workflow *doc, Id node, bool collapsed, QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    const Node *n = doc->node(node);
    const QString name = n ? (n->asl.name.isEmpty() ? n->label : n->asl.name) : QString();
    setText(collapsed ? tr("Collapse \"%1\"").arg(name) : tr("Expand \"%1\"").arg(name));
    if (!n || n->subMachines.empty() || n->collapsed == collapsed) {
        setObsolete(true);
        return;
    }
    addOperation(
        [node, collapsed](Workflow *d) { return of(d->setNodeCollapsed(node, collapsed)); });
}

} // namespace stepwise
