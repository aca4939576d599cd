#include "connectcommand.h"

#include "workflow.h"

namespace stepwise {

QString ConnectCommand::nameOf(const Workflow &doc, Id node)
{
    const Node *n = doc.node(node);
    if (!n)
        return {};
    return n->asl.name.isEmpty() ? n->label : n->asl.name;
}

ConnectCommand::ConnectCommand(Workflow *doc, Id from, Side fromSide, Id to, Side toSide,
                               const QString &label, QUndoCommand *parent,
                               std::optional<EdgeMeaning> meaning)
    : ModelCommand(doc, parent), m_edge(doc->data().nextId)
{
    setText(tr("Connect %1 \u2192 %2").arg(nameOf(*doc, from), nameOf(*doc, to)));
    if (!doc->node(from) || !doc->node(to) || from == to) {
        setObsolete(true);
        return;
    }
    const Id expected = m_edge;
    addOperation([=](Workflow *d) {
        const Id id = d->addEdge(from, fromSide, to, toSide, label, !label.isEmpty(), meaning);
        return of(id != NoId && id == expected);
    });
}

} // namespace stepwise
