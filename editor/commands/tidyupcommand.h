#pragma once

#include "workflowdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace stepwise {

class DiagramScene;

/// Arrange > Tidy Up as one step: forgets the hand-set positions of the given states (all when
/// none are given) and lays the diagram out again. Undo gives back the positions and the places
/// the earlier layout had kept.
class TidyUpCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TidyUpCommand)
public:
    TidyUpCommand(DiagramScene *scene, const QVector<Id> &nodes = {},
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<DiagramScene> m_scene;
    QHash<Id, std::optional<QPointF>> m_positions; // before
    QHash<Id, QPointF> m_pins;                     // before
};

} // namespace stepwise
