#pragma once

#include <QCoreApplication>
#include <QPointF>

class QMenu;
class QWidget;

namespace stepwise {

class DiagramScene;
class SceneEditor;

/// The canvas's context menus: on a state (clipboard, delete, align, distribute), on an edge
/// (its ASL meaning: Next, Default, a Choice rule, a Catch and its errors) and on the empty
/// canvas (paste, add lane). Every entry calls a SceneEditor entry point, so each is one undo
/// step refused with a message when impossible.
class SceneContextMenu
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::SceneContextMenu)
public:
    /// The menu for `scenePos` (the caller owns it and shows it); selects what is under it.
    static QMenu *build(DiagramScene *scene, QPointF scenePos, QWidget *parent = nullptr);
    /// Align and Distribute entries (the window's Arrange menu uses them too).
    static void addArrangeActions(QMenu *menu, SceneEditor *editor, int selected = -1);
};

} // namespace stepwise
