#pragma once

#include "statesection.h"

class QTreeWidget;

namespace stepwise {

class Workflow;

/// The nested machines of a Parallel (its branches) or a Map (its item processor and mode),
/// listed with their states. Read-only until nested machines are edited through the document.
class MachinesSection : public StateSection
{
    Q_OBJECT
public:
    MachinesSection(const QString &type, Workflow *doc, QWidget *parent = nullptr);
    void load(const OrderedJson &view, const WorkflowData &doc) override;
    QTreeWidget *tree() const { return m_tree; }

private:
    QString m_type;
    Workflow *m_doc;
    QTreeWidget *m_tree;
};

} // namespace stepwise
