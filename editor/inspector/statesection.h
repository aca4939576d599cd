#pragma once

#include "fieldeditor.h"

#include <QWidget>

class QVBoxLayout;

namespace stepwise {

class FieldGroup;

/// One part of the state form (the header, the Task fields, Retry and Catch, Choice rules...).
/// A section shows a state and reports edits as (member, new value, field): `member` is the
/// top-level member of the state that changes, `field` the JSON pointer of what the user typed
/// in ("/Retry/0/MaxAttempts"), which decides what merges into one undo step.
class StateSection : public QWidget
{
    Q_OBJECT
public:
    explicit StateSection(QWidget *parent = nullptr);

    /// `view` is the state's fields plus the facets the header shows ("@name", "@lane"...).
    virtual void load(const OrderedJson &view, const WorkflowData &doc) = 0;
    /// Puts the cursor in the field `pointer` names (or the nearest one); false if none here.
    virtual bool focusField(const QString &pointer);
    /// The field editor that edits `key`, if this section has one (for tests and focus).
    FieldEditor *fieldFor(const QString &key) const;

signals:
    void edited(const QString &member, const stepwise::FieldValue &value, const QString &field);

protected:
    /// Adds a group whose members are top-level members of the state.
    FieldGroup *addGroup(const QString &title);
    QVBoxLayout *layout() const { return m_layout; }
    /// The names of all states, for Next / Default / StartAt choices.
    static QList<QPair<QString, QString>> stateChoices(const WorkflowData &doc);

    QList<FieldGroup *> m_groups;

private:
    QVBoxLayout *m_layout;
};

} // namespace stepwise
