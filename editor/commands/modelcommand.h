#pragma once

#include "workflowchange.h"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace stepwise {

class Workflow;

/// A command made of the model's own operations (removeState, addState, addEdge, ...). The
/// first redo runs them; each leaves a WorkflowChange, which the command keeps, so undo is the
/// model's revert (same ids, same edges, same bytes, at every depth) and later redos are its
/// reapply. If one operation is refused the earlier ones are reverted and the command turns
/// obsolete: the stack drops it and nothing is half-applied.
class ModelCommand : public QUndoCommand
{
public:
    /// What one operation did: Skipped when there was nothing left to do (e.g. an edge an
    /// earlier removal took with its state), so no change is recorded for it.
    enum class Result { Done, Skipped, Refused };
    using Operation = std::function<Result(Workflow *)>;
    /// Done or Refused from a model call's bool.
    static Result of(bool ok) { return ok ? Result::Done : Result::Refused; }

    explicit ModelCommand(Workflow *doc, QUndoCommand *parent = nullptr);

    /// Adds an operation, run in order on the first redo.
    void addOperation(Operation op) { m_operations.push_back(std::move(op)); }
    /// Why the first redo failed (the model's message); empty when it applied.
    QString refusal() const { return m_refusal; }

    void redo() override;
    void undo() override;

protected:
    Workflow *document() const { return m_doc; }

private:
    Workflow *m_doc;
    std::vector<Operation> m_operations;
    std::vector<WorkflowChange> m_changes;
    bool m_applied = false;
    QString m_refusal;
};

} // namespace stepwise
