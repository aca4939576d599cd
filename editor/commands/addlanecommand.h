#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace stepwise {

class Workflow;

/// Adds a lane at `index` (-1: last). Redo after undo gives it the same id.
class AddLaneCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddLaneCommand)
public:
    AddLaneCommand(Workflow *doc, const QString &key, const QString &title, int index = -1,
                   QUndoCommand *parent = nullptr);

    Id laneId() const { return m_lane.id; }
    void redo() override;
    void undo() override;

    /// A lane identifier not yet used in `doc`, made from `title` ("lane", "lane2", ...).
    static QString uniqueKey(const WorkflowData &doc, const QString &title);

private:
    Workflow *m_doc;
    Lane m_lane;
    int m_index;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
