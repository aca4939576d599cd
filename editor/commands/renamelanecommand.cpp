#include "renamelanecommand.h"

#include "commandids.h"
#include "workflow.h"

namespace stepwise {

RenameLaneCommand::RenameLaneCommand(Workflow *doc, Id lane, const QString &title,
                                     const QString &key, QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_lane(lane), m_newTitle(title), m_newKey(key)
{
    const Lane *l = doc->data().lane(lane);
    if (!l) {
        setObsolete(true);
        return;
    }
    m_oldTitle = l->title;
    m_oldKey = l->key;
    setText(tr("Rename lane \"%1\" to \"%2\"")
                .arg(l->title.isEmpty() ? l->key : l->title, title.isEmpty() ? key : title));
    const Lane *other = doc->data().laneByKey(key);
    if (key.isEmpty() || key.contains(QLatin1Char(' ')) || (other && other->id != lane) ||
        (title == m_oldTitle && key == m_oldKey))
        setObsolete(true);
}

int RenameLaneCommand::id() const
{
    return int(CommandId::LaneTitle);
}

bool RenameLaneCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const RenameLaneCommand *>(other);
    if (!o || o->m_lane != m_lane)
        return false;
    m_newTitle = o->m_newTitle;
    m_newKey = o->m_newKey;
    m_changes.append(o->m_changes);
    setText(o->text());
    return true;
}

void RenameLaneCommand::apply(const QString &title, const QString &key)
{
    if (m_changes.reapply(m_doc))
        return;
    if (m_doc->setLaneKey(m_lane, key))
        m_changes.keep(*m_doc);
    if (m_doc->setLaneTitle(m_lane, title))
        m_changes.keep(*m_doc);
    m_changes.setRecorded();
}

void RenameLaneCommand::redo()
{
    apply(m_newTitle, m_newKey);
}

void RenameLaneCommand::undo()
{
    m_changes.revert(m_doc);
}

} // namespace stepwise
