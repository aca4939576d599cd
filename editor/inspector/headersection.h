#pragma once

#include "statesection.h"

class QLabel;

namespace stepwise {
class ComboField;
}

namespace stepwise {

/// The part every state has: name, type, comment, lane, shape and query language, and where the
/// state goes next (Next or End). The diagram facets come in the view as "@name", "@lane",
/// "@shape"; the Next/End pair is one choice.
class HeaderSection : public StateSection
{
    Q_OBJECT
public:
    explicit HeaderSection(QWidget *parent = nullptr);
    void load(const OrderedJson &view, const WorkflowData &doc) override;
    bool focusField(const QString &pointer) override;

private:
    void onNextEdited(const QString &key, const FieldValue &value);

    QLabel *m_type;
    FieldGroup *m_group;
    ComboField *m_next = nullptr;
    QString m_ownName;
    const WorkflowData *m_doc = nullptr;
};

} // namespace stepwise
