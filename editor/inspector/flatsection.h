#pragma once

#include "linefield.h"
#include "statesection.h"

namespace stepwise {

/// A section of plain members, described by a table (see SectionFactory): the Task, Wait, Pass,
/// Fail and Map fields and the input/output processing fields are all of this kind.
class FlatSection : public StateSection
{
    Q_OBJECT
public:
    struct Spec
    {
        enum class Type { Line, Json, JsonObject, Combo, EditableCombo, StateName };
        QString label;
        QString key;
        Type type = Type::Line;
        LineField::Kind kind = LineField::Kind::Text;
        double minimum = 0;
        double maximum = -1; // < minimum: no maximum
        QList<QPair<QString, QString>> options;
        QString placeholder;
        bool expression = false; // a JSONata `{% %}` expression is accepted too
        std::function<QString(const OrderedJson &)> check; // an extra rule, see FieldEditor
    };
    FlatSection(const QString &title, const QList<Spec> &specs, QWidget *parent = nullptr);
    void load(const OrderedJson &view, const WorkflowData &doc) override;

private:
    FieldGroup *m_group;
    QStringList m_stateNameKeys;
};

} // namespace stepwise
