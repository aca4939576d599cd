#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>

#include <optional>

namespace stepwise {

class Workflow;

/// Draws an edge from one state to another (`Connect Validate → Route`) with the model's
/// addEdge, which gives it its ASL meaning (a new Choice rule, `Default`, `Next`, ...) unless
/// one is asked for. Undo is the model's revert; redo puts it back under the same id.
class ConnectCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)
public:
    ConnectCommand(Workflow *doc, Id from, Side fromSide, Id to, Side toSide,
                   const QString &label = {}, QUndoCommand *parent = nullptr,
                   std::optional<EdgeMeaning> meaning = std::nullopt);

    /// The id the edge gets (the document's next free id when the command was built).
    Id edgeId() const { return m_edge; }

    /// The name a state is shown by in command labels.
    static QString nameOf(const Workflow &doc, Id node);

private:
    Id m_edge = NoId;
};

} // namespace stepwise
