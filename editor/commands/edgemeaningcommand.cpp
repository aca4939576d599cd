#include "edgemeaningcommand.h"

#include "connectcommand.h"
#include "workflow.h"

namespace stepwise {

QString EdgeMeaningCommand::meaningName(EdgeMeaning meaning)
{
    switch (meaning.kind) {
    case EdgeMeaning::Kind::Next:
        return tr("Next");
    case EdgeMeaning::Kind::Default:
        return tr("Default");
    case EdgeMeaning::Kind::Choice:
        return meaning.index < 0 ? tr("New rule") : tr("Rule %1").arg(meaning.index + 1);
    case EdgeMeaning::Kind::Catch:
        return meaning.index < 0 ? tr("Catch") : tr("Catch %1").arg(meaning.index + 1);
    case EdgeMeaning::Kind::End:
        return tr("End");
    case EdgeMeaning::Kind::StartAt:
        return tr("Start");
    case EdgeMeaning::Kind::Plain:
        break;
    }
    return tr("Plain");
}

EdgeMeaningCommand::EdgeMeaningCommand(Workflow *doc, Id edge, EdgeMeaning meaning,
                                       QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    const Edge *e = doc->edge(edge);
    setText(tr("Make edge %1").arg(meaningName(meaning)));
    if (!e || e->meaning.isPlain() || e->meaning == meaning) {
        setObsolete(true);
        return;
    }
    setText(tr("Make %1 \u2192 %2 %3")
                .arg(ConnectCommand::nameOf(*doc, e->from), ConnectCommand::nameOf(*doc, e->to),
                     meaningName(meaning)));
    addOperation([=](Workflow *d) { return of(d->setEdgeMeaning(edge, meaning)); });
}

EdgeMeaningCommand::EdgeMeaningCommand(Workflow *doc, Id edge, const QStringList &errors,
                                       QUndoCommand *parent)
    : ModelCommand(doc, parent)
{
    setText(tr("Catch %1").arg(errors.join(QStringLiteral(", "))));
    const Edge *e = doc->edge(edge);
    const Node *source = e ? doc->node(e->from) : nullptr;
    if (!source || e->meaning.kind != EdgeMeaning::Kind::Catch || errors.isEmpty() ||
        !source->asl.fields.contains("Catch") || !source->asl.fields["Catch"].is_array() ||
        e->meaning.index >= int(source->asl.fields["Catch"].size())) {
        setObsolete(true);
        return;
    }
    AslState asl = source->asl;
    OrderedJson list = OrderedJson::array();
    for (const QString &error : errors)
        list.push_back(error.trimmed().toStdString());
    OrderedJson &catcher = asl.fields["Catch"][size_t(e->meaning.index)];
    if (catcher.value("ErrorEquals", OrderedJson()) == list) {
        setObsolete(true);
        return;
    }
    catcher["ErrorEquals"] = list;
    const Id node = source->id;
    addOperation([=](Workflow *d) { return of(d->setNodeAsl(node, asl)); });
}

} // namespace stepwise
