#include "tidyupcommand.h"

#include "scene/diagramscene.h"

namespace stepwise {

TidyUpCommand::TidyUpCommand(DiagramScene *scene, const QVector<Id> &nodes, QUndoCommand *parent)
    : QUndoCommand(parent), m_scene(scene)
{
    setText(nodes.isEmpty() ? tr("Tidy up") : tr("Tidy up %1 states").arg(nodes.size()));
    const WorkflowData &data = scene->document()->data();
    for (const Node &n : data.nodes)
        if (nodes.isEmpty() || nodes.contains(n.id))
            m_positions.insert(n.id, n.position);
    m_pins = scene->pins();
}

void TidyUpCommand::redo()
{
    if (!m_scene)
        return;
    Workflow *doc = m_scene->document();
    for (auto it = m_positions.constBegin(); it != m_positions.constEnd(); ++it)
        doc->setNodePosition(it.key(), std::nullopt);
    // The states not tidied keep their places; the others take the layout's.
    QHash<Id, QPointF> keep;
    m_scene->relayout();
    const QHash<Id, QPointF> fresh = m_scene->pins();
    for (auto it = m_pins.constBegin(); it != m_pins.constEnd(); ++it)
        keep.insert(it.key(), m_positions.contains(it.key()) ? fresh.value(it.key()) : *it);
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
        if (!keep.contains(it.key()))
            keep.insert(it.key(), *it);
    m_scene->setPins(keep);
}

void TidyUpCommand::undo()
{
    if (!m_scene)
        return;
    Workflow *doc = m_scene->document();
    for (auto it = m_positions.constBegin(); it != m_positions.constEnd(); ++it)
        doc->setNodePosition(it.key(), *it);
    m_scene->setPins(m_pins);
}

} // namespace stepwise
