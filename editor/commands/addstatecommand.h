#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

class Workflow;

/// Adds a state (a node built by the palette) with the model's insertNode, which draws the
/// edges its ASL fields name, and, when `after` names one, connects that state to the new one
/// with addEdge (which gives the edge its ASL meaning). Undo is the model's revert; redo puts
/// both back with the same ids.
class AddStateCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddStateCommand)
public:
    /// `node.id` is ignored: the command takes the document's next free id.
    AddStateCommand(Workflow *doc, Node node, Id after = NoId, QUndoCommand *parent = nullptr);

    Id nodeId() const { return m_node; }
    Id edgeId() const { return m_edge; }

private:
    Id m_node = NoId;
    Id m_edge = NoId;
};

} // namespace stepwise
