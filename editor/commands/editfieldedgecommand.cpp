#include "editfieldedgecommand.h"

#include "commandids.h"

namespace stepwise {

EditFieldEdgeCommand::EditFieldEdgeCommand(Workflow *doc, Id edge, const QString &label,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_edge(edge), m_after(label)
{
    const Edge *e = doc ? doc->edge(edge) : nullptr;
    if (!e || e->label == label) {
        setObsolete(true);
        return;
    }
    m_before = e->label;
    m_hadLabel = e->hasLabel;
    setText(tr("Label edge \"%1\"").arg(label));
}

EditFieldEdgeCommand::EditFieldEdgeCommand(Workflow *doc, Id edge, EdgeMeaning meaning,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_edge(edge), m_meaning(meaning)
{
    const Edge *e = doc ? doc->edge(edge) : nullptr;
    if (!e || e->meaning == meaning || e->meaning.isPlain() || meaning.isPlain()) {
        setObsolete(true);
        return;
    }
    QString what;
    switch (meaning.kind) {
    case EdgeMeaning::Kind::Choice:
        what = meaning.index < 0 ? tr("a new Choice rule")
                                 : tr("Choice rule %1").arg(meaning.index + 1);
        break;
    case EdgeMeaning::Kind::Catch:
        what = meaning.index < 0 ? tr("a new Catch") : tr("Catch %1").arg(meaning.index + 1);
        break;
    case EdgeMeaning::Kind::Default:
        what = tr("Default");
        break;
    default:
        what = tr("Next");
        break;
    }
    setText(tr("Make edge %1").arg(what));
}

void EditFieldEdgeCommand::redo()
{
    if (!m_doc)
        return;
    if (!m_meaning) {
        if (m_labelChanges.reapply(m_doc))
            return;
        if (m_doc->setEdgeLabel(m_edge, m_after, m_hadLabel || !m_after.isEmpty()))
            m_labelChanges.keep(*m_doc);
        m_labelChanges.setRecorded();
    } else if (m_change) {
        m_doc->reapply(*m_change);
    } else if (m_doc->setEdgeMeaning(m_edge, *m_meaning)) {
        m_change = m_doc->lastChange();
    } else {
        setObsolete(true); // refused by the model (e.g. a second Next): nothing changed
    }
}

void EditFieldEdgeCommand::undo()
{
    if (!m_doc)
        return;
    if (!m_meaning)
        m_labelChanges.revert(m_doc); // the label and the statement's text as they were
    else if (m_change)
        m_doc->revert(*m_change);
}

int EditFieldEdgeCommand::id() const
{
    return int(CommandId::EdgeField);
}

bool EditFieldEdgeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFieldEdgeCommand *>(other);
    if (m_meaning || o->m_meaning || o->m_edge != m_edge || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    m_labelChanges.append(o->m_labelChanges);
    setText(o->text());
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stepwise
