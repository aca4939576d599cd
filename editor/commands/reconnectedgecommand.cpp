#include "reconnectedgecommand.h"

#include "connectcommand.h"
#include "workflow.h"

namespace stepwise {

ReconnectEdgeCommand::ReconnectEdgeCommand(Workflow *doc, Id edge, Id from, Side fromSide, Id to,
                                           Side toSide, QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    const Edge *e = doc->edge(edge);
    if (!e || !doc->node(from) || !doc->node(to) || from == to) {
        setObsolete(true);
        return;
    }
    setText(tr("Reconnect %1 \u2192 %2")
                .arg(ConnectCommand::nameOf(*doc, from), ConnectCommand::nameOf(*doc, to)));
    if (e->from == from && e->to == to && e->fromSide == fromSide && e->toSide == toSide) {
        setObsolete(true);
        return;
    }
    addOperation([=](Workflow *d) { return of(d->setEdgeEnds(edge, from, fromSide, to, toSide)); });
}

} // namespace stepwise
