#pragma once

#include "fieldeditor.h"

#include <QWidget>

class QUndoStack;
class QVBoxLayout;

namespace stepwise {

class StateSection;
class Workflow;

/// The inspector's form of one state: the sections its type and query language call for
/// (SectionFactory). Each edit becomes one EditStateCommand on the undo stack; the form keeps
/// every member of the state it does not show, in its place.
class StateForm : public QWidget
{
    Q_OBJECT
public:
    StateForm(Workflow *doc, QUndoStack *undo, QWidget *parent = nullptr);

    void showNode(Id node);
    Id node() const { return m_node; }
    /// Reads the node again (after a document change); rebuilds only when the type changed.
    void refresh();
    bool focusField(const QString &pointer);
    /// The field that edits `key` ("TimeoutSeconds", "@name"), in any section.
    FieldEditor *fieldFor(const QString &key) const;
    const QList<StateSection *> &sections() const { return m_sections; }

    /// The state as the sections see it: its fields plus "@name", "@lane", "@shape", "Type".
    static OrderedJson viewOf(const Node &node, const WorkflowData &doc);
    /// Whether the state's expressions are JSONata: its own QueryLanguage, else that of the
    /// Parallel/Map state around it, and so on up to the workflow's.
    static bool isJsonata(const Workflow &doc, Id node);

signals:
    /// A nested state was opened from the Parallel/Map form: the inspector selects it.
    void stateActivated(stepwise::Id node);

private:
    /// The machine that holds the shown state (the root, a Parallel branch, a Map processor).
    const WorkflowData &machine() const;
    void onEdited(const QString &member, const FieldValue &value, const QString &field);

    Workflow *m_doc;
    QUndoStack *m_undo;
    Id m_node = NoId;
    QString m_builtFor; // type + query language the sections were made for
    QList<StateSection *> m_sections;
    QVBoxLayout *m_layout;
};

} // namespace stepwise
