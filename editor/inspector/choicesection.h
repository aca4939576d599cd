#pragma once

#include "statesection.h"

class QVBoxLayout;

namespace stepwise {

class ConditionEditor;

/// A Choice state's rules, each with its condition builder and Next, and its Default.
class ChoiceSection : public StateSection
{
    Q_OBJECT
public:
    explicit ChoiceSection(bool jsonata, QWidget *parent = nullptr);
    void load(const OrderedJson &view, const WorkflowData &doc) override;
    bool focusField(const QString &pointer) override;
    /// The next load() builds the rules again (the form moved to another state).
    void forget() { m_loaded = false; }
    const QList<ConditionEditor *> &rules() const { return m_rules; }

private:
    void rebuild();
    void emitRules(const QString &field);

    bool m_jsonata;
    OrderedJson m_choices = OrderedJson::array();
    bool m_loaded = false;
    QList<ConditionEditor *> m_rules;
    QVBoxLayout *m_rulesLayout;
    QList<QPair<QString, QString>> m_targets;
};

} // namespace stepwise
