#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QStringList>

namespace stepwise {

/// Changes what an edge means in ASL (`Next`, `Default`, a Choice rule, a `Catch`) with the
/// model's setEdgeMeaning, which moves the reference between the source state's fields; or the
/// error list of the catcher a Catch edge draws. Undo is the model's revert.
class EdgeMeaningCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(EdgeMeaningCommand)
public:
    EdgeMeaningCommand(Workflow *doc, Id edge, EdgeMeaning meaning, QUndoCommand *parent = nullptr);
    /// Sets `ErrorEquals` of the catcher a Catch edge draws.
    EdgeMeaningCommand(Workflow *doc, Id edge, const QStringList &errors,
                       QUndoCommand *parent = nullptr);

    /// The name a meaning is shown by in menus and labels (translated).
    static QString meaningName(EdgeMeaning meaning);
};

} // namespace stepwise
