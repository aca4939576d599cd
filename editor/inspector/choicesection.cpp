#include "choicesection.h"

#include "conditioneditor.h"
#include "fieldgroup.h"

#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace stepwise {

ChoiceSection::ChoiceSection(bool jsonata, QWidget *parent)
    : StateSection(parent), m_jsonata(jsonata), m_rulesLayout(new QVBoxLayout)
{
    auto *box = new QGroupBox(tr("Rules"), this);
    auto *l = new QVBoxLayout(box);
    l->addLayout(m_rulesLayout);
    auto *add = new QPushButton(tr("Add rule"), box);
    add->setObjectName(QStringLiteral("addRule"));
    l->addWidget(add);
    layout()->addWidget(box);
    connect(add, &QPushButton::clicked, this, [this] {
        OrderedJson rule = m_jsonata ? OrderedJson{{"Condition", "{% true %}"}}
                                     : OrderedJson{{"Variable", "$.value"}, {"IsPresent", true}};
        if (!m_targets.isEmpty())
            rule["Next"] = m_targets.first().first.toStdString();
        m_choices.push_back(rule);
        rebuild();
        emitRules(QStringLiteral("/Choices"));
    });
    FieldGroup *g = addGroup(tr("Otherwise"));
    g->addCombo(tr("Default"), QStringLiteral("Default"), false, {});
}

void ChoiceSection::load(const OrderedJson &view, const WorkflowData &doc)
{
    m_targets = stateChoices(doc);
    m_targets.removeIf(
        [&](const auto &p) { return p.first.toStdString() == view.value("@name", std::string()); });
    if (auto *d = qobject_cast<ComboField *>(fieldFor(QStringLiteral("Default"))))
        d->setOptions(m_targets);
    m_groups.first()->load(view);
    for (ConditionEditor *r : std::as_const(m_rules))
        r->setTargets(m_targets);
    const OrderedJson choices = view.contains("Choices") && view["Choices"].is_array()
                                    ? view["Choices"]
                                    : OrderedJson::array();
    if (m_loaded && choices == m_choices)
        return;
    const bool sameSize = m_loaded && choices.size() == m_choices.size();
    m_choices = choices;
    m_loaded = true;
    if (!sameSize) {
        rebuild();
        return;
    }
    for (int i = 0; i < m_rules.size(); ++i)
        m_rules[i]->load(m_choices[size_t(i)]);
}

void ChoiceSection::rebuild()
{
    qDeleteAll(m_rules);
    m_rules.clear();
    for (size_t i = 0; i < m_choices.size(); ++i) {
        const int index = int(i);
        auto *rule = new ConditionEditor(true, m_jsonata, this);
        rule->setTargets(m_targets);
        rule->load(m_choices[i]);
        connect(rule, &ConditionEditor::changed, this, [this, rule, index](const QString &f) {
            m_choices[size_t(index)] = rule->toJson();
            emitRules(QStringLiteral("/Choices/%1").arg(index) + f);
        });
        connect(rule, &ConditionEditor::removeRequested, this, [this, index] {
            m_choices.erase(size_t(index));
            // The rule's own button is still on the stack: rebuild after the click.
            QMetaObject::invokeMethod(
                this, [this] { rebuild(); }, Qt::QueuedConnection);
            emitRules(QStringLiteral("/Choices"));
        });
        m_rulesLayout->addWidget(rule);
        m_rules << rule;
    }
}

void ChoiceSection::emitRules(const QString &field)
{
    emit edited(QStringLiteral("Choices"), FieldValue(m_choices), field);
}

bool ChoiceSection::focusField(const QString &pointer)
{
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) == QLatin1String("Choices")) {
        ConditionEditor *r = m_rules.value(parts.value(1).toInt());
        if (r)
            return r->focusField(parts.mid(2).join(QLatin1Char('/')));
        return false;
    }
    return StateSection::focusField(pointer);
}

} // namespace stepwise
