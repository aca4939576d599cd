#pragma once

#include "fieldeditor.h"

#include <QWidget>

class QLabel;
class QUndoStack;

namespace stepwise {

class FieldGroup;
class Workflow;

/// The inspector's form of an edge (its label and what it means in ASL), of a lane (title and
/// identifier) or of the whole workflow (Comment, StartAt, TimeoutSeconds, Version,
/// QueryLanguage). Each edit is one command that merges with further typing in the same field.
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

    /// What an edge means in ASL, read from its source state's fields: "Next", "Default",
    /// "Choice rule 2", "Catch [States.ALL]", or empty when the fields do not name its target.
    static QString aslMeaning(const WorkflowData &doc, const Edge &edge);

private:
    void onEdited(const QString &key, const FieldValue &value);

    Kind m_kind;
    Workflow *m_doc;
    QUndoStack *m_undo;
    Id m_id = NoId;
    FieldGroup *m_group;
    QLabel *m_info;
};

} // namespace stepwise
