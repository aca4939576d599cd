#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>

#include <memory>

namespace stepwise {

/// Adds a branch to a Parallel state (it starts at a new Pass state with a name unused in the
/// definition), or removes one with everything in it. Removing the last branch is refused when
/// built (a Parallel needs one; a Map keeps its processor), with refusal() saying so.
class BranchCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(BranchCommand)
public:
    /// Adds a branch at the end.
    static BranchCommand *add(Workflow *doc, Id node);
    /// Removes branch `index` (0-based).
    static BranchCommand *remove(Workflow *doc, Id node, int index);

    QString refusal() const { return m_refusal.isEmpty() ? ModelCommand::refusal() : m_refusal; }
    /// The new branch's state (add only; known once redone).
    Id addedState() const { return *m_added; }

private:
    explicit BranchCommand(Workflow *doc);
    void refuse(const QString &why);

    QString m_refusal;
    std::shared_ptr<Id> m_added = std::make_shared<Id>(NoId);
};

} // namespace stepwise
