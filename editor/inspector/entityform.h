#pragma once

#include "fieldeditor.h"

#include <QWidget>

class QLabel;
class QUndoCommand;
class QUndoStack;

namespace stepwise {

class FieldGroup;
class Workflow;

/// The inspector's form of an edge (its label and what it means in ASL), of a lane (title,
/// identifier and place in the order; nested lanes too) or of the whole workflow (Comment, StartAt,
/// TimeoutSeconds, Version, QueryLanguage). Each edit is one command that merges with further
/// typing in the same field.
class EntityForm : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Edge, Lane, Workflow };
    EntityForm(Kind kind, Workflow *doc, QUndoStack *undo, QWidget *parent = nullptr);

    void showEntity(Id id);
    Id entity() const { return m_id; }
    void refresh();
    FieldEditor *fieldFor(const QString &key) const;
    bool focusField(const QString &pointer);

    /// What an edge means in ASL, shown to the user: "Next", "Default", "Choice rule 2",
    /// "Catch [States.ALL]"; empty for a plain edge.
    static QString aslMeaning(const Workflow &doc, const Edge &edge);

private:
    void onEdited(const QString &key, const FieldValue &value);
    void loadEdge(OrderedJson &view);
    QUndoCommand *laneCommand(const QString &key, const FieldValue &value, QString *refusal);

    Kind m_kind;
    Workflow *m_doc;
    QUndoStack *m_undo;
    Id m_id = NoId;
    FieldGroup *m_group;
    QLabel *m_info;
};

} // namespace stepwise
