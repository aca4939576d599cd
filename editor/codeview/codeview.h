#pragma once

#include <QTabWidget>

class QUndoStack;

namespace stepwise {

class CodePane;
class SelectionModel;
class Workflow;

/// The code view dock's widget: the live FlowZap Code, ASL JSON and ASL YAML of the document
/// in three editable tabs (see CodePane).
class CodeView : public QTabWidget
{
    Q_OBJECT
public:
    CodeView(Workflow *doc, QUndoStack *undo, SelectionModel *selection, QWidget *parent = nullptr);

    CodePane *flowZap() const { return m_panes[0]; }
    CodePane *aslJson() const { return m_panes[1]; }
    CodePane *aslYaml() const { return m_panes[2]; }

private:
    CodePane *m_panes[3];
};

} // namespace stepwise
