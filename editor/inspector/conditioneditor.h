#pragma once

#include "fieldeditor.h"

#include <QFrame>

class QComboBox;
class QVBoxLayout;
class QPushButton;

namespace stepwise {

class ComboField;
class LineField;

/// The condition builder of one Choice rule, or of one operand of And/Or/Not: an operator
/// (every comparison of ASL, its `…Path` form, the Is… tests, And/Or/Not, or JSONata's plain
/// `Condition`), the variable and the value, nested as deep as the rule is. A top-level rule
/// also has its `Next`. Members the builder does not know (Comment, Assign, Output) are kept.
class ConditionEditor : public QFrame
{
    Q_OBJECT
public:
    ConditionEditor(bool topLevel, bool jsonata, QWidget *parent = nullptr);

    void load(const OrderedJson &rule);
    OrderedJson toJson() const { return m_rule; }
    void setTargets(const QList<QPair<QString, QString>> &targets);
    QString operatorName() const { return m_opName; }
    QComboBox *operatorBox() const { return m_op; }
    LineField *variableField() const { return m_variable; }
    FieldEditor *valueField() const { return m_value; }
    const QList<ConditionEditor *> &children() const { return m_children; }
    /// Focuses the field under `pointer` ("/And/1/Variable"); false when there is none.
    bool focusField(const QString &pointer);

    /// All operators a rule can use (And, Or, Not, comparisons, Is… tests).
    static QStringList operators();
    /// The operator member of a rule object, empty when it has none.
    static QString operatorOf(const OrderedJson &rule, bool jsonata);

signals:
    /// The rule changed; `field` points to what the user edited, relative to this rule.
    void changed(const QString &field);
    void removeRequested();

private:
    void rebuild();
    void onOperatorChosen(int index);
    void setMember(const QString &key, const FieldValue &value, const QString &field);
    void addChild();
    static OrderedJson defaultValue(const QString &op);

    bool m_topLevel;
    bool m_jsonata;
    OrderedJson m_rule = OrderedJson::object();
    QString m_opName;
    QComboBox *m_op;
    ComboField *m_next = nullptr;
    LineField *m_variable;
    FieldEditor *m_value = nullptr;
    QWidget *m_valueHolder;
    QVBoxLayout *m_childLayout;
    QPushButton *m_addChild;
    QList<ConditionEditor *> m_children;
    QList<QPair<QString, QString>> m_targets;
};

} // namespace stepwise
