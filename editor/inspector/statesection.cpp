#include "statesection.h"

#include "fieldgroup.h"

#include <QVBoxLayout>

namespace stepwise {

StateSection::StateSection(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

FieldGroup *StateSection::addGroup(const QString &title)
{
    auto *g = new FieldGroup(title, this);
    m_layout->addWidget(g);
    m_groups << g;
    connect(g, &FieldGroup::edited, this, [this](const QString &key, const FieldValue &value) {
        emit edited(key, value, QLatin1Char('/') + key);
    });
    return g;
}

FieldEditor *StateSection::fieldFor(const QString &key) const
{
    for (FieldGroup *g : m_groups)
        if (FieldEditor *f = g->field(key))
            return f;
    return nullptr;
}

bool StateSection::focusField(const QString &pointer)
{
    // "/Retry/0/MaxAttempts" -> "Retry": the member is what a flat group can focus.
    const QString member = pointer.section(QLatin1Char('/'), 1, 1);
    FieldEditor *f = fieldFor(member.isEmpty() ? pointer : member);
    if (!f || !f->isVisibleTo(this))
        return false;
    f->focusEditor();
    return true;
}

QList<QPair<QString, QString>> StateSection::stateChoices(const WorkflowData &doc)
{
    QList<QPair<QString, QString>> names;
    for (const Node &n : doc.nodes)
        if (!n.asl.name.isEmpty())
            names.append({n.asl.name, QString()});
    return names;
}

} // namespace stepwise
