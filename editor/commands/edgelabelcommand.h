#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Sets the label of an edge (edited in place). Edits of the same edge's label merge.
class EdgeLabelCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EdgeLabelCommand)
public:
    EdgeLabelCommand(Workflow *doc, Id edge, const QString &label, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    Workflow *m_doc;
    Id m_edge;
    QString m_oldLabel, m_newLabel;
    bool m_oldHas = false;
    ModelChanges m_changes;
};

} // namespace stepwise
