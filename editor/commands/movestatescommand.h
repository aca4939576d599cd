#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVector>

#include <optional>

namespace stepwise {

class Workflow;

/// One state's move: its lane and hand-set position (relative to the lane) before and after.
struct StateMove
{
    Id node = NoId;
    Id fromLane = NoId, toLane = NoId;
    std::optional<QPointF> from, to;
};

/// Moves states within or between lanes (a drag, made at mouse release, or an arrow-key nudge).
/// Nudges of the same states merge into one step; drags never merge.
class MoveStatesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveStatesCommand)
public:
    MoveStatesCommand(Workflow *doc, QVector<StateMove> moves, bool nudge = false,
                      QUndoCommand *parent = nullptr);

    const QVector<StateMove> &moves() const { return m_moves; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    void redo() override;
    void undo() override;

private:
    void updateText();

    Workflow *m_doc;
    QVector<StateMove> m_moves;
    bool m_nudge;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
