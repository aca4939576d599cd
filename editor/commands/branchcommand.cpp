#include "branchcommand.h"

#include "workflow.h"

namespace stepwise {

BranchCommand::BranchCommand(Workflow *doc) : ModelCommand(doc) {}

void BranchCommand::refuse(const QString &why)
{
    m_refusal = why;
    setObsolete(true);
}

BranchCommand *BranchCommand::add(Workflow *doc, Id node)
{
    auto *c = new BranchCommand(doc);
    const Node *n = doc->node(node);
    c->setText(tr("Add branch to \"%1\"").arg(n ? n->asl.name : QString()));
    if (!n || n->asl.type != QLatin1String("Parallel")) {
        c->refuse(tr("Only a Parallel state takes more branches."));
        return c;
    }
    const QString name =
        doc->uniqueStateName(tr("%1 branch %2").arg(n->asl.name).arg(n->subMachines.size() + 1));
    // The three operations make one step: the branch, its state, and the state as its start.
    auto lane = std::make_shared<Id>(NoId);
    std::shared_ptr<Id> added = c->m_added;
    c->addOperation([node, lane](Workflow *d) {
        *lane = d->addBranch(node);
        return of(*lane != NoId);
    });
    c->addOperation([lane, added, name](Workflow *d) {
        AslState asl;
        asl.name = name;
        asl.type = QStringLiteral("Pass");
        asl.fields = OrderedJson{{"Type", "Pass"}, {"End", true}};
        *added = d->addState(*lane, asl, Shape::Rectangle);
        return of(*added != NoId);
    });
    c->addOperation([lane, name](Workflow *d) {
        const auto ref = d->machineOf(*lane);
        if (!ref)
            return Result::Refused;
        OrderedJson top = d->machine(*ref)->aslTop;
        top["StartAt"] = name.toStdString();
        return of(d->setAslTop(top, *ref));
    });
    return c;
}

BranchCommand *BranchCommand::remove(Workflow *doc, Id node, int index)
{
    auto *c = new BranchCommand(doc);
    const Node *n = doc->node(node);
    c->setText(tr("Remove Branch %1 of \"%2\"").arg(index + 1).arg(n ? n->asl.name : QString()));
    if (!n || n->asl.type != QLatin1String("Parallel")) {
        c->refuse(n && n->asl.type == QLatin1String("Map")
                      ? tr("A Map state keeps its item processor.")
                      : tr("Only a Parallel state has branches to remove."));
        return c;
    }
    if (index < 0 || index >= int(n->subMachines.size())) {
        c->refuse(tr("\"%1\" has no branch %2.").arg(n->asl.name).arg(index + 1));
        return c;
    }
    if (n->subMachines.size() == 1) {
        c->refuse(tr("A Parallel state needs at least one branch: \"%1\" keeps its last one.")
                      .arg(n->asl.name));
        return c;
    }
    c->addOperation([node, index](Workflow *d) { return of(d->removeBranch(node, index)); });
    return c;
}

} // namespace stepwise
