#include "containeredits.h"

#include "commands/branchcommand.h"
#include "commands/collapsecommand.h"
#include "commands/movetomachinecommand.h"
#include "diagramscene.h"
#include "layout/machinepath.h"
#include "sceneeditor.h"

#include <QUndoStack>

namespace stepwise {

bool ContainerEdits::push(DiagramScene *scene, QUndoCommand *command, const QString &refusal)
{
    SceneEditor *editor = scene->editor();
    if (command->isObsolete()) {
        emit editor->refused(
            refusal.isEmpty() ? tr("\"%1\" cannot be done here.").arg(command->text()) : refusal);
        delete command;
        return false;
    }
    QUndoStack *stack = editor->stack();
    const int before = stack->index();
    const QString text = command->text();
    stack->push(command);
    // The model refused while applying: the stack dropped the command, nothing changed.
    if (stack->index() == before) {
        const QString why = scene->document()->lastError();
        emit editor->refused(why.isEmpty() ? tr("\"%1\" could not be applied.").arg(text)
                                           : tr("\"%1\" could not be applied: %2").arg(text, why));
        return false;
    }
    scene->flush();
    return true;
}

bool ContainerEdits::moveToLane(DiagramScene *scene, Id node, Id lane,
                                std::optional<QPointF> position)
{
    auto *command = new MoveToMachineCommand(scene->document(), node, lane, position);
    return push(scene, command, tr("There is no such state or lane."));
}

bool ContainerEdits::setCollapsed(DiagramScene *scene, Id node, bool collapsed)
{
    return push(scene, new CollapseCommand(scene->document(), node, collapsed),
                tr("Only a Parallel or Map state with branches can be collapsed."));
}

bool ContainerEdits::addBranch(DiagramScene *scene, Id node)
{
    BranchCommand *command = BranchCommand::add(scene->document(), node);
    return push(scene, command, command->refusal());
}

bool ContainerEdits::removeBranch(DiagramScene *scene, Id node, int index)
{
    BranchCommand *command = BranchCommand::remove(scene->document(), node, index);
    return push(scene, command, command->refusal());
}

MachinePath ContainerEdits::pathOf(const Workflow &doc, Id id)
{
    QVector<MachineRef> chain;
    for (auto ref = doc.machineOf(id); ref && !ref->isRoot(); ref = doc.machineOf(ref->container))
        chain.prepend(*ref);
    MachinePath path;
    for (const MachineRef &ref : chain)
        path = path.child(ref.container, ref.branch);
    return path;
}

} // namespace stepwise
