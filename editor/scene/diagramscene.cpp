#include "diagramscene.h"

#include "branchitem.h"
#include "diagramstyle.h"
#include "edgeitem.h"
#include "laneitem.h"
#include "layout/layoutengine.h"
#include "loopitem.h"
#include "nodeitem.h"
#include "scenecontextmenu.h"
#include "sceneeditor.h"
#include "sceneinteraction.h"
#include "selectionbridge.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QTimer>
#include <QUndoStack>

namespace stepwise {

namespace {

template <typename Item> void dropItem(QHash<Id, Item *> &items, Id id)
{
    delete items.take(id);
}

bool sameLane(const LaneGeometry &a, const LaneGeometry &b)
{
    return a.band == b.band && a.header == b.header && a.alternate == b.alternate;
}

bool sameEdge(const EdgeGeometry &a, const EdgeGeometry &b)
{
    return a.points == b.points && a.labelRect == b.labelRect && a.backward == b.backward;
}

bool sameLoop(const LoopGeometry &a, const LoopGeometry &b)
{
    return a.points == b.points && a.labelRect == b.labelRect;
}

// The root-level container that holds an entity of a nested machine (NoId at the root): nested
// items are children of its branch items, so a change inside relays that container out.
Id topContainer(const Workflow &doc, Id id)
{
    Id top = NoId;
    for (Id up = doc.parentNode(id); up != NoId; up = doc.parentNode(up))
        top = up;
    return top;
}

} // namespace

DiagramScene::DiagramScene(Workflow *doc, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_flushTimer(new QTimer(this)),
      m_selection(new SelectionBridge(this)), m_editor(new SceneEditor(this)),
      m_interaction(new SceneInteraction(this))
{
    setBackgroundBrush(DiagramStyle::background());
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &DiagramScene::flush);
    connect(doc, &Workflow::aboutToReset, this, &DiagramScene::clearItems);
    connect(doc, &Workflow::documentReset, this, &DiagramScene::onReset);
    connect(doc, &Workflow::laneAdded, this, &DiagramScene::onLaneAdded);
    connect(doc, &Workflow::laneRemoved, this, &DiagramScene::onLaneRemoved);
    connect(doc, &Workflow::laneChanged, this, &DiagramScene::onLaneChanged);
    connect(doc, &Workflow::nodeAdded, this, &DiagramScene::onNodeAdded);
    connect(doc, &Workflow::nodeRemoved, this, &DiagramScene::onNodeRemoved);
    connect(doc, &Workflow::nodeChanged, this, &DiagramScene::onNodeChanged);
    connect(doc, &Workflow::edgeAdded, this, &DiagramScene::onEdgeAdded);
    connect(doc, &Workflow::edgeRemoved, this, &DiagramScene::onEdgeRemoved);
    connect(doc, &Workflow::edgeChanged, this, &DiagramScene::onEdgeChanged);
    connect(doc, &Workflow::loopAdded, this, &DiagramScene::onLoopAdded);
    connect(doc, &Workflow::loopRemoved, this, &DiagramScene::onLoopRemoved);
    connect(doc, &Workflow::loopChanged, this, &DiagramScene::onLoopChanged);
    onReset();
}

DiagramScene::~DiagramScene()
{
    // Items read the document by id while they go; drop them first, unheard.
    disconnect(this, nullptr, m_selection, nullptr);
    clearItems();
}

const DiagramLayout &DiagramScene::layout()
{
    flush();
    return m_layout;
}

void DiagramScene::setUndoStack(QUndoStack *stack)
{
    if (m_undo)
        disconnect(m_undo, nullptr, this, nullptr);
    m_undo = stack;
    // One command's burst of signals is laid out once, before the window repaints.
    if (stack)
        connect(stack, &QUndoStack::indexChanged, this, &DiagramScene::flush);
}

QUndoStack *DiagramScene::undoStack() const
{
    return m_undo;
}

void DiagramScene::setSelectionModel(SelectionModel *selection)
{
    flush();
    m_selection->setModel(selection);
}

SelectionModel *DiagramScene::selectionModel() const
{
    return m_selection->model();
}

LaneItem *DiagramScene::laneItem(Id id)
{
    flush();
    return m_lanes.value(id);
}

NodeItem *DiagramScene::nodeItem(Id id)
{
    flush();
    return m_nodes.value(id);
}

EdgeItem *DiagramScene::edgeItem(Id id)
{
    flush();
    return m_edges.value(id);
}

LoopItem *DiagramScene::loopItem(Id id)
{
    flush();
    return m_loops.value(id);
}

NodeItem *DiagramScene::nestedNodeItem(const MachinePath &path, Id id)
{
    flush();
    if (path.isRoot())
        return m_nodes.value(id);
    // Walk down the container items along the path.
    const QVector<QPair<Id, int>> &steps = path.steps();
    NodeItem *container = m_nodes.value(steps.first().first);
    for (int i = 0; container && i < steps.size(); ++i) {
        const int branch = steps[i].second;
        if (branch < 0 || branch >= container->branches().size())
            return nullptr;
        BranchItem *b = container->branches()[branch];
        container = i + 1 < steps.size() ? b->nodeItem(steps[i + 1].first) : b->nodeItem(id);
    }
    return container;
}

QVector<Id> DiagramScene::selectedNodes() const
{
    QVector<Id> ids;
    for (QGraphicsItem *item : selectedItems())
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && n->path().isRoot())
            ids.append(n->id());
    return ids;
}

QVector<Id> DiagramScene::selectedEdges() const
{
    QVector<Id> ids;
    for (QGraphicsItem *item : selectedItems())
        if (auto *e = qgraphicsitem_cast<EdgeItem *>(item); e && e->parentItem() == nullptr)
            ids.append(e->id());
    return ids;
}

QVector<Id> DiagramScene::selectedLanes() const
{
    QVector<Id> ids;
    for (QGraphicsItem *item : selectedItems())
        if (auto *l = qgraphicsitem_cast<LaneItem *>(item))
            ids.append(l->id());
    return ids;
}

Id DiagramScene::laneAt(QPointF scenePos)
{
    flush();
    for (auto it = m_layout.lanes.constBegin(); it != m_layout.lanes.constEnd(); ++it)
        // Right of the last state still counts: the lane grows to take what is dropped there.
        if (it.key() != NoId && scenePos.y() >= it.value().band.top() &&
            scenePos.y() < it.value().band.bottom() && scenePos.x() >= it.value().band.left())
            return it.key();
    return NoId;
}

QPointF DiagramScene::placeIn(Id lane, const QRectF &rect)
{
    flush();
    return LayoutEngine::relativePlace(rect, m_layout.lanes.value(lane));
}

void DiagramScene::setPins(const QHash<Id, QPointF> &pins)
{
    m_pins = pins;
    for (Id id : m_nodes.keys())
        m_dirtyNodes.insert(id);
    schedule();
    flush();
}

// ---- document signals ---------------------------------------------------------------------

void DiagramScene::clearItems()
{
    m_interaction->cancel();
    qDeleteAll(m_edges);
    qDeleteAll(m_loops);
    qDeleteAll(m_nodes);
    qDeleteAll(m_lanes);
    m_edgeEnds.clear();
    m_repaintNodes.clear();
    m_edges.clear();
    m_loops.clear();
    m_nodes.clear();
    m_lanes.clear();
}

void DiagramScene::onReset()
{
    clearItems();
    m_pins.clear();
    for (const Lane &l : m_doc->data().lanes)
        onLaneAdded(l.id);
    for (const Node &n : m_doc->data().nodes)
        onNodeAdded(n.id);
    for (const Edge &e : m_doc->data().edges)
        onEdgeAdded(e.id);
    for (const Loop &l : m_doc->data().loops)
        onLoopAdded(l.id);
    relayout();
    m_selection->clear();
}

void DiagramScene::onLaneAdded(Id id)
{
    if (nestedChanged(id))
        return;
    auto *item = new LaneItem(*m_doc, id);
    addItem(item);
    m_lanes.insert(id, item);
    m_dirtyLanes.insert(id);
    schedule();
}

void DiagramScene::onLaneRemoved(Id id)
{
    if (!m_lanes.contains(id)) {
        nestedRemoved();
        return;
    }
    dropItem(m_lanes, id);
    m_selection->forget(id);
    schedule();
}

void DiagramScene::onLaneChanged(Id id, Workflow::Aspect)
{
    if (nestedChanged(id))
        return;
    m_dirtyLanes.insert(id);
    schedule();
}

void DiagramScene::onNodeAdded(Id id)
{
    if (nestedChanged(id))
        return;
    auto *item = new NodeItem(*m_doc, id);
    if (m_nodeCaching)
        item->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
    item->hide(); // until the layout gives it a place
    addItem(item);
    m_nodes.insert(id, item);
    m_dirtyNodes.insert(id);
    schedule();
}

void DiagramScene::onNodeRemoved(Id id)
{
    if (!m_nodes.contains(id)) {
        m_selection->forget(id);
        nestedRemoved();
        return;
    }
    m_interaction->forget(id);
    dropItem(m_nodes, id);
    m_pins.remove(id);
    m_selection->forget(id);
    schedule();
}

void DiagramScene::onNodeChanged(Id id, Workflow::Aspect what)
{
    if (nestedChanged(id))
        return;
    m_dirtyNodes.insert(id);
    // A state moved by hand or to another lane looks the same: its picture stays valid.
    if (what != Workflow::Aspect::Position && what != Workflow::Aspect::Lane)
        m_repaintNodes.insert(id);
    schedule();
}

void DiagramScene::onEdgeAdded(Id id)
{
    if (nestedChanged(id))
        return;
    auto *item = new EdgeItem(*m_doc, id);
    addItem(item);
    m_edges.insert(id, item);
    m_dirtyEdges.insert(id);
    edgeEndsChanged(id);
    schedule();
}

void DiagramScene::onEdgeRemoved(Id id)
{
    if (!m_edges.contains(id)) {
        m_selection->forget(id);
        nestedRemoved();
        return;
    }
    dropItem(m_edges, id);
    m_selection->forget(id);
    const QPair<Id, Id> ends = m_edgeEnds.take(id);
    m_repaintNodes << ends.first << ends.second;
    schedule();
}

void DiagramScene::onEdgeChanged(Id id, Workflow::Aspect)
{
    if (nestedChanged(id))
        return;
    m_dirtyEdges.insert(id);
    edgeEndsChanged(id);
    schedule();
}

void DiagramScene::edgeEndsChanged(Id id)
{
    const QPair<Id, Id> before = m_edgeEnds.value(id, {NoId, NoId});
    m_repaintNodes << before.first << before.second;
    if (const Edge *e = m_doc->data().edge(id)) {
        m_edgeEnds.insert(id, {e->from, e->to});
        m_repaintNodes << e->from << e->to;
    }
}

void DiagramScene::onLoopAdded(Id id)
{
    auto *item = new LoopItem(*m_doc, id);
    addItem(item);
    m_loops.insert(id, item);
    m_dirtyLoops.insert(id);
    schedule();
}

void DiagramScene::onLoopRemoved(Id id)
{
    dropItem(m_loops, id);
    schedule();
}

void DiagramScene::onLoopChanged(Id id, Workflow::Aspect)
{
    m_dirtyLoops.insert(id);
    schedule();
}

bool DiagramScene::nestedChanged(Id id)
{
    const Id top = topContainer(*m_doc, id);
    if (top == NoId)
        return false;
    m_dirtyNodes.insert(top);
    schedule();
    return true;
}

void DiagramScene::nestedRemoved()
{
    // What held the entity is gone with it: every container is laid out again (their branch
    // items drop the items the layout no longer has).
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (const Node *n = m_doc->data().node(it.key()); n && !n->subMachines.empty())
            m_dirtyNodes.insert(it.key());
    schedule();
}

// ---- layout -------------------------------------------------------------------------------

void DiagramScene::schedule()
{
    m_pending = true;
    m_flushTimer->start();
}

void DiagramScene::flush()
{
    if (!m_pending)
        return;
    m_flushTimer->stop();
    LayoutHints hints;
    hints.pins = m_pins;
    hints.previous = &m_layout;
    hints.reroute = m_dirtyEdges;
    apply(LayoutEngine::compute(m_doc->data(), DiagramStyle::measure(), {}, hints), false);
}

void DiagramScene::relayout()
{
    m_pins.clear();
    m_flushTimer->stop();
    apply(LayoutEngine::compute(m_doc->data(), DiagramStyle::measure()), true);
}

void DiagramScene::apply(const DiagramLayout &next, bool all)
{
    m_pending = false;
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        const LaneGeometry g = next.lanes.value(it.key());
        if (all || m_dirtyLanes.contains(it.key()) || !sameLane(g, it.value()->geometry()))
            it.value()->setGeometry(g);
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const NodeGeometry g = next.nodes.value(it.key());
        NodeItem *item = it.value();
        if (all || m_dirtyNodes.contains(it.key()) || g.rect != item->geometry().rect ||
            g.children.size() != item->geometry().children.size())
            item->setGeometry(g);
        if (all)
            item->update();
        item->show();
        // A node the layout placed keeps that place until Tidy Up or a move by hand.
        const Node *n = m_doc->data().node(it.key());
        if (n && !n->position && !m_pins.contains(it.key()))
            m_pins.insert(it.key(),
                          LayoutEngine::relativePlace(
                              g.rect, next.lanes.value(LayoutEngine::laneOf(m_doc->data(), *n))));
    }
    for (auto it = m_edges.begin(); it != m_edges.end(); ++it) {
        const EdgeGeometry g = next.edges.value(it.key());
        if (all || m_dirtyEdges.contains(it.key()) || !sameEdge(g, it.value()->geometry()))
            it.value()->setGeometry(g);
    }
    for (auto it = m_loops.begin(); it != m_loops.end(); ++it) {
        const LoopGeometry g = next.loops.value(it.key());
        if (all || m_dirtyLoops.contains(it.key()) || !sameLoop(g, it.value()->geometry()))
            it.value()->setGeometry(g);
    }
    for (Id id : std::as_const(m_repaintNodes))
        if (NodeItem *item = m_nodes.value(id))
            item->update();
    m_repaintNodes.clear();
    m_dirtyLanes.clear();
    m_dirtyNodes.clear();
    m_dirtyEdges.clear();
    m_dirtyLoops.clear();
    m_layout = next;
    setSceneRect(m_layout.bounds.adjusted(-24, -24, 24, 24));
    emit synced();
}

// ---- drawing ------------------------------------------------------------------------------

void DiagramScene::setNodeCaching(bool on)
{
    m_nodeCaching = on;
    const auto mode = on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
    for (NodeItem *item : std::as_const(m_nodes))
        item->setCacheMode(mode); // no repaint: the pictures are only dropped or started
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    // A view repaints states from pictures (antialiased shapes, shadows and wrapped text cost
    // most of a repaint otherwise). The pictures are per view but their "out of date" mark is
    // per item, so anything else that draws the scene (the minimap, an export, a print) draws
    // the states themselves, or it would consume the mark or show an old picture; SVG and PDF
    // would get bitmaps instead of shapes besides.
    const bool view = painter->device() && painter->device()->devType() == QInternal::Widget;
    if (view && m_styleGeneration != DiagramStyle::generation()) {
        m_styleGeneration = DiagramStyle::generation();
        setNodeCaching(false); // another palette: every picture is out of date
    }
    if (view != m_nodeCaching)
        setNodeCaching(view);
    QGraphicsScene::drawBackground(painter, rect);
}

void DiagramScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawForeground(painter, rect);
    if (!m_nodeCaching)
        setNodeCaching(true);
}

// ---- events: the interaction and the editor do the work -----------------------------------

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    flush();
    if (m_interaction->press(event))
        event->accept();
    else
        QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_interaction->move(event))
        event->accept();
    else
        QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_interaction->release(event))
        event->accept();
    else
        QGraphicsScene::mouseReleaseEvent(event);
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    flush();
    if (m_interaction->doubleClick(event))
        event->accept();
    else
        QGraphicsScene::mouseDoubleClickEvent(event);
}

void DiagramScene::keyPressEvent(QKeyEvent *event)
{
    flush();
    // An open in-place editor takes its own keys.
    if (focusItem() && focusItem()->type() == QGraphicsTextItem::Type) {
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    if (m_interaction->key(event))
        event->accept();
    else
        QGraphicsScene::keyPressEvent(event);
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(SceneContextMenu::build(this, event->scenePos(), event->widget()));
    menu->exec(event->screenPos());
    event->accept();
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(m_editor->acceptsDrop(event->mimeData()));
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(m_editor->acceptsDrop(event->mimeData()));
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    flush();
    if (m_editor->drop(event->mimeData(), event->scenePos()))
        event->acceptProposedAction();
    else
        event->ignore();
}

} // namespace stepwise
