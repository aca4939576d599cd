#include "diagramscene.h"

#include "diagramstyle.h"
#include "edgeitem.h"
#include "laneitem.h"
#include "layout/layoutengine.h"
#include "loopitem.h"
#include "nodeitem.h"
#include "workflow.h"

namespace stepwise {

namespace {

// Brings one id -> item map in line with the geometries of the new layout.
template <typename Item, typename Geometry>
void syncItems(QGraphicsScene *scene, const Workflow &doc, QHash<Id, Item *> &items,
               const QHash<Id, Geometry> &geometries)
{
    for (auto it = items.begin(); it != items.end();) {
        if (!geometries.contains(it.key())) {
            delete it.value();
            it = items.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = geometries.constBegin(); it != geometries.constEnd(); ++it) {
        Item *item = items.value(it.key());
        if (!item) {
            item = new Item(doc, it.key());
            scene->addItem(item);
            items.insert(it.key(), item);
        }
        item->setGeometry(it.value());
    }
}

} // namespace

DiagramScene::DiagramScene(Workflow *doc, QObject *parent) : QGraphicsScene(parent), m_doc(doc)
{
    setBackgroundBrush(DiagramStyle::background());
    // Every change goes through a full (cheap) relayout: a longer label can widen a column and
    // move everything right of it, so there is no such thing as a local update here.
    connect(doc, &Workflow::aboutToReset, this, &DiagramScene::clearItems);
    connect(doc, &Workflow::documentReset, this, &DiagramScene::sync);
    connect(doc, &Workflow::laneAdded, this, &DiagramScene::sync);
    connect(doc, &Workflow::laneRemoved, this, &DiagramScene::sync);
    connect(doc, &Workflow::laneChanged, this, &DiagramScene::sync);
    connect(doc, &Workflow::nodeAdded, this, &DiagramScene::sync);
    connect(doc, &Workflow::nodeRemoved, this, &DiagramScene::sync);
    connect(doc, &Workflow::nodeChanged, this, &DiagramScene::sync);
    connect(doc, &Workflow::edgeAdded, this, &DiagramScene::sync);
    connect(doc, &Workflow::edgeRemoved, this, &DiagramScene::sync);
    connect(doc, &Workflow::edgeChanged, this, &DiagramScene::sync);
    connect(doc, &Workflow::loopAdded, this, &DiagramScene::sync);
    connect(doc, &Workflow::loopRemoved, this, &DiagramScene::sync);
    connect(doc, &Workflow::loopChanged, this, &DiagramScene::sync);
    sync();
}

void DiagramScene::clearItems()
{
    // Items read the document by id while painting; drop them before the data they name goes.
    qDeleteAll(m_edges);
    qDeleteAll(m_loops);
    qDeleteAll(m_nodes);
    qDeleteAll(m_lanes);
    m_edges.clear();
    m_loops.clear();
    m_nodes.clear();
    m_lanes.clear();
}

void DiagramScene::sync()
{
    m_layout = LayoutEngine::compute(m_doc->data(), DiagramStyle::measure());
    syncItems(this, *m_doc, m_lanes, m_layout.lanes);
    syncItems(this, *m_doc, m_nodes, m_layout.nodes);
    syncItems(this, *m_doc, m_edges, m_layout.edges);
    syncItems(this, *m_doc, m_loops, m_layout.loops);
    setSceneRect(m_layout.bounds.adjusted(-24, -24, 24, 24));
    emit synced();
}

} // namespace stepwise
