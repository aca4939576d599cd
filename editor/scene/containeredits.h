#pragma once

#include "workflowdata.h"

#include <QCoreApplication>
#include <QPointF>

#include <optional>

class QUndoCommand;

namespace stepwise {

class DiagramScene;
class Workflow;
class MachinePath;

/// The canvas's container edits (dragging a state into or out of a Parallel branch or Map
/// processor, collapsing a container, adding and removing branches) as entry points for the
/// mouse and the context menu. Each pushes one undo command on the scene's stack, or refuses
/// with a message (SceneEditor::refused, shown in the status bar) and changes nothing.
class ContainerEdits
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::ContainerEdits)
public:
    static bool moveToLane(DiagramScene *scene, Id node, Id lane, std::optional<QPointF> position);
    static bool setCollapsed(DiagramScene *scene, Id node, bool collapsed);
    static bool addBranch(DiagramScene *scene, Id node);
    static bool removeBranch(DiagramScene *scene, Id node, int index);
    /// The path of the machine that holds `id` (empty at the root), for nested item lookup.
    static MachinePath pathOf(const Workflow &doc, Id id);

private:
    static bool push(DiagramScene *scene, QUndoCommand *command, const QString &refusal);
};

} // namespace stepwise
