#include "headersection.h"

#include "fieldgroup.h"

#include <QLabel>

namespace stepwise {

namespace {
const auto endMarker = QStringLiteral("\u0001end");
}

HeaderSection::HeaderSection(QWidget *parent) : StateSection(parent), m_type(new QLabel(this))
{
    m_group = addGroup(tr("State"));
    m_group->addRow(tr("Type"), m_type);
    LineField *name =
        m_group->addLine(tr("Name"), QStringLiteral("@name"), LineField::Kind::RequiredText);
    name->setCheck([this](const OrderedJson &v) -> QString {
        const QString text = QString::fromStdString(v.get<std::string>());
        if (text.size() > 80)
            return tr("A state name has at most 80 characters.");
        if (m_doc && text != m_ownName) {
            const Node *other = m_doc->nodeByStateName(text);
            if (other)
                return tr("A state named \"%1\" already exists.").arg(text);
        }
        return {};
    });
    m_group->addLine(tr("Comment"), QStringLiteral("Comment"), LineField::Kind::Text);
    m_group->addCombo(tr("Lane"), QStringLiteral("@lane"), false, {})->setRequired(true);
    QList<QPair<QString, QString>> shapes;
    for (Shape s : {Shape::Rectangle, Shape::Circle, Shape::Diamond, Shape::Taskbox})
        shapes.append({shapeName(s), QString()});
    m_group->addCombo(tr("Shape"), QStringLiteral("@shape"), false, shapes)->setRequired(true);
    m_group->addCombo(
        tr("Query language"), QStringLiteral("QueryLanguage"), false,
        {{QStringLiteral("JSONPath"), QString()}, {QStringLiteral("JSONata"), QString()}});
    // Next and End are one choice: a state either goes on or ends the machine.
    m_next = new ComboField(QStringLiteral("Next"), false, this);
    m_group->addRow(tr("Next"), m_next);
    connect(m_next, &FieldEditor::edited, this, &HeaderSection::onNextEdited);
}

void HeaderSection::load(const OrderedJson &view, const WorkflowData &doc)
{
    m_doc = &doc;
    m_ownName = QString::fromStdString(view.value("@name", std::string()));
    const QString type = QString::fromStdString(view.value("Type", std::string()));
    m_type->setText(type.isEmpty() ? tr("(diagram only: no ASL state)") : type);
    QList<QPair<QString, QString>> lanes;
    for (const Lane &l : doc.lanes)
        lanes.append({l.key, l.title.isEmpty() ? l.key : tr("%1 (%2)").arg(l.title, l.key)});
    if (auto *lane = qobject_cast<ComboField *>(m_group->field(QStringLiteral("@lane"))))
        lane->setOptions(lanes);
    m_group->load(view);

    // Choice, Succeed and Fail decide their own way on; a diagram-only node has no fields.
    const bool flows = !type.isEmpty() && type != QLatin1String("Choice") &&
                       type != QLatin1String("Succeed") && type != QLatin1String("Fail");
    m_group->setFieldVisible(QStringLiteral("QueryLanguage"), !type.isEmpty());
    m_group->setFieldVisible(QStringLiteral("Comment"), !type.isEmpty());
    m_next->setVisible(flows);
    if (!flows)
        return;
    QList<QPair<QString, QString>> targets = stateChoices(doc);
    targets.removeIf([&](const auto &p) { return p.first == m_ownName; });
    targets.prepend({endMarker, tr("(End of the machine)")});
    m_next->setOptions(targets);
    if (view.value("End", false) == true)
        m_next->setValue(OrderedJson(endMarker.toStdString()));
    else if (view.contains("Next"))
        m_next->setValue(view["Next"]);
    else
        m_next->setValue(std::nullopt);
}

void HeaderSection::onNextEdited(const QString &, const FieldValue &value)
{
    if (value && value->is_string() && value->get<std::string>() == endMarker.toStdString())
        emit edited(QStringLiteral("End"), OrderedJson(true), QStringLiteral("/Next"));
    else
        emit edited(QStringLiteral("Next"), value, QStringLiteral("/Next"));
}

bool HeaderSection::focusField(const QString &pointer)
{
    if ((pointer == QLatin1String("/Next") || pointer == QLatin1String("/End")) &&
        m_next->isVisibleTo(this)) {
        m_next->focusEditor();
        return true;
    }
    if (pointer == QLatin1String("/name") || pointer == QLatin1String("name")) {
        fieldFor(QStringLiteral("@name"))->focusEditor();
        return true;
    }
    return StateSection::focusField(pointer);
}

} // namespace stepwise
