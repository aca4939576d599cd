#pragma once

#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// The inspector's edit of an edge's label; typing in the field merges into one step.
class EditFieldEdgeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::EditFieldEdgeCommand)
public:
    EditFieldEdgeCommand(Workflow *doc, Id edge, const QString &label,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    QPointer<Workflow> m_doc;
    Id m_edge;
    QString m_before;
    bool m_hadLabel = false;
    QString m_after;
};

} // namespace stepwise
