#include "editfieldlanecommand.h"

#include "commandids.h"

#include "fz/fzsyntax.h"

namespace stepwise {

EditFieldLaneCommand::EditFieldLaneCommand(Workflow *doc, Id lane, Field field,
                                           const QString &value, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_lane(lane), m_field(field), m_after(value)
{
    const Lane *l = doc ? doc->lane(lane) : nullptr;
    if (!l) {
        m_refusal = tr("There is no such lane.");
        setObsolete(true);
        return;
    }
    m_before = field == Field::Title ? l->title : l->key;
    if (field == Field::Key)
        m_refusal = keyProblem(*doc->machine(*doc->machineOf(lane)), lane, value);
    if (!m_refusal.isEmpty() || m_before == m_after)
        setObsolete(true);
    setText(field == Field::Title
                ? tr("Rename lane \"%1\" to \"%2\"").arg(m_before, value)
                : tr("Change lane identifier \"%1\" to \"%2\"").arg(m_before, value));
}

QString EditFieldLaneCommand::keyProblem(const WorkflowData &data, Id lane, const QString &key)
{
    if (key.isEmpty())
        return tr("A lane needs an identifier.");
    // The FlowZap reader's own rule, so a key accepted here always reads back.
    if (!FzSyntax::isLaneKey(key))
        return tr("Use letters, digits, _ and - only, starting with a letter or _ (and not a "
                  "keyword).");
    const Lane *other = data.laneByKey(key);
    if (other && other->id != lane)
        return tr("A lane named \"%1\" already exists.").arg(key);
    return {};
}

bool EditFieldLaneCommand::apply(const QString &value)
{
    if (!m_doc)
        return false;
    return m_field == Field::Title ? m_doc->setLaneTitle(m_lane, value)
                                   : m_doc->setLaneKey(m_lane, value);
}

void EditFieldLaneCommand::redo()
{
    if (!m_doc || m_changes.reapply(m_doc))
        return;
    if (apply(m_after))
        m_changes.keep(*m_doc);
    m_changes.setRecorded();
}

void EditFieldLaneCommand::undo()
{
    if (m_doc)
        m_changes.revert(m_doc);
}

int EditFieldLaneCommand::id() const
{
    return int(CommandId::LaneField);
}

bool EditFieldLaneCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditFieldLaneCommand *>(other);
    if (o->m_lane != m_lane || o->m_field != m_field || o->m_doc != m_doc)
        return false;
    m_after = o->m_after;
    m_changes.append(o->m_changes);
    setText(o->text());
    setObsolete(m_after == m_before);
    return true;
}

} // namespace stepwise
