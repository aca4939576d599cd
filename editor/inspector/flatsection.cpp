#include "flatsection.h"

#include "fieldgroup.h"

namespace stepwise {

FlatSection::FlatSection(const QString &title, const QList<Spec> &specs, QWidget *parent)
    : StateSection(parent)
{
    m_group = addGroup(title);
    for (const Spec &s : specs) {
        switch (s.type) {
        case Spec::Type::Line: {
            LineField *f = m_group->addLine(s.label, s.key, s.kind, s.placeholder);
            f->setMinimum(s.minimum);
            f->setExpressionAllowed(s.expression);
            if (s.check && s.expression) {
                const auto check = s.check;
                f->setCheck([check](const OrderedJson &v) -> QString {
                    if (v.is_string() &&
                        LineField::isExpression(QString::fromStdString(v.get<std::string>())))
                        return {};
                    return check(v);
                });
            } else if (s.check) {
                f->setCheck(s.check);
            } else if (s.maximum >= s.minimum) {
                const double max = s.maximum;
                f->setCheck([max](const OrderedJson &v) -> QString {
                    if (v.is_number() && v.get<double>() > max)
                        return LineField::tr("Enter at most %1.").arg(max);
                    return {};
                });
            }
            break;
        }
        case Spec::Type::Json:
            m_group->addJson(s.label, s.key)->setExpressionAllowed(s.expression);
            break;
        case Spec::Type::JsonObject:
            m_group->addJson(s.label, s.key)->setObjectOnly(true);
            break;
        case Spec::Type::Combo:
            m_group->addCombo(s.label, s.key, false, s.options);
            break;
        case Spec::Type::EditableCombo:
            m_group->addCombo(s.label, s.key, true, s.options);
            break;
        case Spec::Type::StateName:
            m_group->addCombo(s.label, s.key, false, {});
            m_stateNameKeys << s.key;
            break;
        }
    }
}

void FlatSection::load(const OrderedJson &view, const WorkflowData &doc)
{
    for (const QString &key : std::as_const(m_stateNameKeys))
        if (auto *c = qobject_cast<ComboField *>(m_group->field(key)))
            c->setOptions(stateChoices(doc));
    m_group->load(view);
}

} // namespace stepwise
