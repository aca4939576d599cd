#include "addlanecommand.h"

#include "workflow.h"

namespace stepwise {

QString AddLaneCommand::uniqueKey(const WorkflowData &doc, const QString &title)
{
    QString base;
    for (QChar c : title.toLower())
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            base += c;
    if (base.isEmpty() || !base.front().isLetter())
        base = QStringLiteral("lane") + base;
    QString key = base;
    for (int i = 2; doc.laneByKey(key); ++i)
        key = base + QString::number(i);
    return key;
}

AddLaneCommand::AddLaneCommand(Workflow *doc, const QString &key, const QString &title, int index,
                               QUndoCommand *parent)
    : QUndoCommand(parent), m_doc(doc), m_index(index)
{
    m_lane.id = doc->data().nextId;
    m_lane.key = key;
    m_lane.title = title;
    setText(tr("Add lane \"%1\"").arg(title.isEmpty() ? key : title));
    if (key.isEmpty() || key.contains(QLatin1Char(' ')) || doc->data().laneByKey(key))
        setObsolete(true);
}

void AddLaneCommand::redo()
{
    if (m_changes.reapply(m_doc))
        return;
    if (m_doc->insertLane(m_lane, m_index))
        m_changes.keep(*m_doc);
    else
        setObsolete(true);
    m_changes.setRecorded();
}

void AddLaneCommand::undo()
{
    m_changes.revert(m_doc); // the id counter too, so the project file is as it was
}

} // namespace stepwise
