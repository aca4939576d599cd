#pragma once

class QMenu;
class QUndoStack;
class QWidget;

namespace stepwise {

class SelectionModel;
class Workflow;

/// Adds "Convert Document to JSONata" and "Convert State to JSONata" to `menu`: the converter of
/// `stepwise convert --to-jsonata` applied to the open document as one undo step each. States
/// that stay JSONPath are listed in a message box; the state entry is enabled only when the
/// current selection is an ASL state.
void addJsonataActions(QMenu *menu, Workflow *doc, QUndoStack *undo, SelectionModel *selection,
                       QWidget *window);

} // namespace stepwise
