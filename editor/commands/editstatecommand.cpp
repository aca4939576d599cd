#include "editstatecommand.h"

#include "commandids.h"

namespace stepwise {

EditStateCommand::Facets EditStateCommand::facetsOf(const Node &node)
{
    return Facets{node.label, node.shape, node.lane, node.asl};
}

EditStateCommand::EditStateCommand(Workflow *doc, Id node, const Facets &after,
                                   const QString &field, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_node(node), m_field(field), m_after(after)
{
    const Node *n = doc ? doc->node(node) : nullptr;
    if (!n) {
        m_refusal = tr("There is no such state.");
        setObsolete(true);
        return;
    }
    m_before = facetsOf(*n);
    // Refuse now what the document would refuse, so the command is never half-applied.
    if (!after.asl.name.isEmpty()) {
        const Node *other = doc->stateNamed(after.asl.name);
        if (other && other->id != node)
            m_refusal = tr("A state named \"%1\" already exists.").arg(after.asl.name);
    }
    if (after.lane != m_before.lane) {
        // A nested state (Parallel branch, Map processor) has the lanes of its own machine.
        const auto laneMachine = doc->machineOf(after.lane);
        if (!doc->lane(after.lane))
            m_refusal = tr("There is no such lane.");
        else if (!laneMachine || !(*laneMachine == *doc->machineOf(node)))
            m_refusal = tr("A state cannot move out of its machine (Parallel branch or Map).");
    }
    if (!m_refusal.isEmpty() || m_before == m_after)
        setObsolete(true);
    setText(describe());
}

QString EditStateCommand::describe() const
{
    const QString name = m_before.asl.name.isEmpty() ? m_before.label : m_before.asl.name;
    if (m_field == QLatin1String("/name") && m_before.asl.name != m_after.asl.name)
        return tr("Rename \"%1\" to \"%2\"").arg(name, m_after.asl.name);
    if (m_field == QLatin1String("label"))
        return tr("Rename \"%1\" to \"%2\"").arg(name, m_after.label);
    QString what = m_field;
    if (what.startsWith(QLatin1Char('/')))
        what.remove(0, 1);
    return tr("Edit %1 of \"%2\"").arg(what, name);
}

bool EditStateCommand::apply(const Facets &f)
{
    const Node *n = m_doc ? m_doc->node(m_node) : nullptr;
    if (!n)
        return false;
    // Only what differs is set: each setter forgets the statement's source text, and an
    // untouched facet should keep its bytes.
    const Facets now = facetsOf(*n);
    bool ok = true;
    auto step = [&](bool done) {
        if (done)
            m_changes.keep(*m_doc);
        ok = ok && done;
    };
    if (now.label != f.label)
        step(m_doc->setNodeLabel(m_node, f.label));
    if (now.shape != f.shape)
        step(m_doc->setNodeShape(m_node, f.shape));
    if (now.lane != f.lane && f.lane != NoId)
        step(m_doc->setNodeLane(m_node, f.lane));
    if (!(now.asl == f.asl))
        step(m_doc->setNodeAsl(m_node, f.asl));
    return ok;
}

void EditStateCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (!apply(m_after)) {
        m_changes.revert(m_doc);
        setObsolete(true);
    }
    m_changes.setRecorded();
}

void EditStateCommand::undo()
{
    m_changes.revert(m_doc);
}

int EditStateCommand::id() const
{
    return int(CommandId::StateField);
}

bool EditStateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditStateCommand *>(other);
    if (o->m_node != m_node || o->m_field != m_field || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    m_changes.append(o->m_changes);
    setText(describe());
    // Typing back to where the field started leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stepwise
