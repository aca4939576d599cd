#pragma once

#include "workflowdata.h"

#include <QScrollArea>

class QLabel;
class QStackedWidget;
class QUndoStack;

namespace stepwise {

class EntityForm;
class FieldEditor;
class SelectionModel;
class StateForm;
class Workflow;

/// The inspector dock's widget: a form for the current selection (a state of any type, an edge,
/// a lane) or, with nothing selected, for the workflow itself. Every edit goes on the undo
/// stack as one command; SelectionModel::focusRequested() puts the cursor in the named field.
class Inspector : public QScrollArea
{
    Q_OBJECT
public:
    Inspector(Workflow *doc, QUndoStack *undo, SelectionModel *selection,
              QWidget *parent = nullptr);

    /// The entity the form shows (NoId for the workflow form or nothing).
    Id shownEntity() const;
    StateForm *stateForm() const { return m_state; }
    /// The field editing `key` in the form now shown ("TimeoutSeconds", "@name", "label").
    FieldEditor *fieldFor(const QString &key) const;
    /// Shows `id` and focuses `field` (a JSON pointer into the state or a form field name).
    void focusField(Id id, const QString &field);

    /// At least as wide as the form shown needs: the inspector never scrolls sideways.
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    void showCurrent();
    void refreshShown();
    void refreshSoon();

    Workflow *m_doc;
    SelectionModel *m_selection;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    StateForm *m_state;
    EntityForm *m_edge;
    EntityForm *m_lane;
    EntityForm *m_workflow;
    bool m_refreshPending = false;
};

} // namespace stepwise
