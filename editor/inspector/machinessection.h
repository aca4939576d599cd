#pragma once

#include "statesection.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace stepwise {

class ComboField;
class Workflow;

/// The nested machines of a Parallel (its branches) or a Map (its item processor), listed with
/// their states; a state opened in the list (or selected on the canvas) gets its own form. A Map's
/// processor mode (INLINE or DISTRIBUTED, and the execution type of a distributed one) is a field
/// of the processor's ProcessorConfig, edited here as one undo step on the nested machine. A
/// Parallel's branches are added (each starting at a new Pass state) and removed here, one undo
/// step each; removing the last one is refused with the reason shown under the list.
class MachinesSection : public StateSection
{
    Q_OBJECT
public:
    MachinesSection(const QString &type, Workflow *doc, QUndoStack *undo,
                    QWidget *parent = nullptr);
    void load(const OrderedJson &view, const WorkflowData &doc) override;
    QTreeWidget *tree() const { return m_tree; }
    FieldGroup *processorGroup() const { return m_processor; }
    QPushButton *addBranchButton() const { return m_add; }
    QPushButton *removeBranchButton() const { return m_remove; }
    /// Why the last branch edit was refused (empty when it applied).
    QString message() const;

signals:
    /// The user opened a nested state in the list (double-click or Enter): show its form.
    void stateActivated(stepwise::Id node);

private:
    void onProcessorEdited(const QString &key, const FieldValue &value);
    void addBranch();
    void removeBranch();
    /// The branch the list's current item is (or is in); -1 without one.
    int currentBranch() const;

    QString m_type;
    Workflow *m_doc;
    QUndoStack *m_undo;
    Id m_node = NoId;
    QTreeWidget *m_tree;
    FieldGroup *m_processor = nullptr; // Map only: Mode, ExecutionType
    QPushButton *m_add = nullptr;      // Parallel only
    QPushButton *m_remove = nullptr;
    QLabel *m_message;
};

} // namespace stepwise
