#pragma once

#include "modelchanges.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace stepwise {

class Workflow;

/// Adds a state (a node built by the palette, id included) and, when `after` names one, the
/// edge from that state to the new one. Undo removes both; redo puts them back with the same ids.
class AddStateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddStateCommand)
public:
    /// `node.id` is ignored: the command takes the document's next free id.
    AddStateCommand(Workflow *doc, Node node, Id after = NoId, QUndoCommand *parent = nullptr);

    Id nodeId() const { return m_node.id; }
    Id edgeId() const { return m_edge ? m_edge->id : NoId; }
    void redo() override;
    void undo() override;

private:
    Workflow *m_doc;
    Node m_node;
    std::optional<Edge> m_edge;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
