#pragma once

#include "modelchanges.h"
#include "workflow.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace stepwise {

/// One inspector edit of a state: its ASL state (name, type, fields) and the diagram facets the
/// form also shows (label, shape, lane). Typing in one field is one step: the command merges
/// with the next one only when both edit the same field of the same node.
class EditStateCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::EditStateCommand)
public:
    struct Facets
    {
        QString label;
        Shape shape = Shape::Rectangle;
        Id lane = NoId;
        AslState asl;
        bool operator==(const Facets &o) const
        {
            return label == o.label && shape == o.shape && lane == o.lane && asl == o.asl;
        }
    };
    static Facets facetsOf(const Node &node);

    /// `field` names what changed (a JSON pointer into the state such as "/Retry/0/MaxAttempts",
    /// or "label", "shape", "lane"); it decides merging. The command is obsolete when `after`
    /// cannot be applied (another state has the name, the lane is gone): check isObsolete().
    EditStateCommand(Workflow *doc, Id node, const Facets &after, const QString &field,
                     QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    Id node() const { return m_node; }
    QString field() const { return m_field; }
    /// Why the command was refused when it was built (empty when it applies).
    QString refusal() const { return m_refusal; }

private:
    bool apply(const Facets &facets);
    QString describe() const;

    QPointer<Workflow> m_doc;
    Id m_node;
    QString m_field;
    Facets m_before;
    Facets m_after;
    QString m_refusal;
    ModelChanges m_changes; // what redo changed, for an exact undo
};

} // namespace stepwise
