#include "selectionbridge.h"

#include "diagramscene.h"
#include "edgeitem.h"
#include "laneitem.h"
#include "nodeitem.h"
#include "selectionmodel.h"

namespace stepwise {

SelectionBridge::SelectionBridge(DiagramScene *scene) : QObject(scene), m_scene(scene)
{
    connect(scene, &QGraphicsScene::selectionChanged, this, &SelectionBridge::publish);
}

void SelectionBridge::setModel(SelectionModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &SelectionModel::selectionChanged, this, &SelectionBridge::show);
        show();
    }
}

SelectionModel *SelectionBridge::model() const
{
    return m_model;
}

void SelectionBridge::forget(Id id)
{
    if (m_model)
        m_model->forget(id);
}

void SelectionBridge::clear()
{
    if (m_model)
        m_model->clear();
}

void SelectionBridge::publish()
{
    if (m_syncing || !m_model)
        return;
    QVector<Id> ids = m_scene->selectedNodes();
    ids += m_scene->selectedEdges();
    ids += m_scene->selectedLanes();
    Id current = NoId;
    if (QGraphicsItem *focus = m_scene->focusItem())
        if (auto *n = qgraphicsitem_cast<NodeItem *>(focus); n && ids.contains(n->id()))
            current = n->id();
    m_syncing = true;
    m_model->select(ids, current);
    m_syncing = false;
}

void SelectionBridge::show()
{
    if (m_syncing || !m_model)
        return;
    m_syncing = true;
    const QVector<Id> &wanted = m_model->ids();
    for (QGraphicsItem *item : m_scene->selectedItems())
        item->setSelected(false);
    for (Id id : wanted) {
        if (NodeItem *n = m_scene->nodeItem(id))
            n->setSelected(true);
        else if (EdgeItem *e = m_scene->edgeItem(id))
            e->setSelected(true);
        else if (LaneItem *l = m_scene->laneItem(id))
            l->setSelected(true);
    }
    m_syncing = false;
}

} // namespace stepwise
