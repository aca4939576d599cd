#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

#include <memory>

namespace stepwise {

/// Pastes (or duplicates) states of a fragment document (see StateClipboard) into the
/// document, one step: each state is added with the model's insertNode (its branches with
/// setNodeSubMachines, the FlowZap-only edges with addEdge), so the edges its fields name come
/// with it and undo is the model's revert. Every state gets a name no state of the document
/// uses ("Validate" -> "Validate 2"; nested states of a copied container too), and the
/// references among the pasted states follow their new names.
class PasteCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(PasteCommand)
public:
    enum class Verb { Paste, Duplicate };

    /// `nodes`: the fragment's nodes to paste. With one lane in the fragment every state goes
    /// to `lane`; with several, each to the lane of the same identifier in `lane`'s machine,
    /// else to `lane`. Hand-set positions move by `shift`; states without one are placed in a
    /// row from `shift` (x in the scene, y relative to the lane).
    PasteCommand(Workflow *doc, WorkflowData fragment, const QVector<Id> &nodes, Id lane,
                 QPointF shift, Verb verb = Verb::Paste, QUndoCommand *parent = nullptr);

    /// The ids the pasted states got (known after the first redo).
    QVector<Id> pastedNodes() const
    {
        return m_pasted ? m_pasted->values().toVector() : QVector<Id>{};
    }

    /// A name for a copy of `name` that neither the document nor `taken` uses.
    static QString freshName(const Workflow &doc, const QString &name, const QSet<QString> &taken);

private:
    std::shared_ptr<QHash<Id, Id>> m_pasted; // fragment id -> document id
};

} // namespace stepwise
