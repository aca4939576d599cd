#pragma once

#include "layout/diagramlayout.h"
#include "layout/machinepath.h"
#include "workflow.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

class QTimer;
class QUndoStack;

namespace stepwise {

class LaneItem;
class NodeItem;
class EdgeItem;
class LoopItem;
class SceneEditor;
class SceneInteraction;
class SelectionBridge;
class SelectionModel;

/// The canvas of one document. It keeps a map id -> item per kind (nested items through their
/// container's branch items) and updates, in one slot per document signal, only the items the
/// signal names. Geometry is a layout kept between edits: the whole diagram is laid out on open
/// and on Tidy Up; after an edit, every node keeps its place (hand-set positions are document
/// data, the others are pinned where the last layout put them), new unplaced states get one,
/// lanes grow and shrink to fit, and only the edges touching what moved are routed again. The
/// work of one burst of signals (an undo command touching many entities) is done once, on the
/// next event loop turn, when the undo stack's index changes, or when an accessor needs it.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(Workflow *doc, QObject *parent = nullptr);
    ~DiagramScene() override;

    Workflow *document() const { return m_doc; }
    const DiagramLayout &layout();

    /// The window's undo stack: every canvas edit is pushed there (nothing is edited without).
    void setUndoStack(QUndoStack *stack);
    QUndoStack *undoStack() const;
    /// The window's selection by id, kept in step with the items' selection both ways.
    void setSelectionModel(SelectionModel *selection);
    SelectionModel *selectionModel() const;
    /// Entry points for menus, the palette and shortcuts: they build and push commands.
    SceneEditor *editor() const { return m_editor; }

    LaneItem *laneItem(Id id);
    NodeItem *nodeItem(Id id);
    EdgeItem *edgeItem(Id id);
    LoopItem *loopItem(Id id);
    /// A node inside a Parallel/Map container, named by its machine's path and its id.
    NodeItem *nestedNodeItem(const MachinePath &path, Id id);
    int laneCount() const { return int(m_lanes.size()); }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    int loopCount() const { return int(m_loops.size()); }

    QVector<Id> selectedNodes() const;
    QVector<Id> selectedEdges() const;
    QVector<Id> selectedLanes() const;
    /// The lane whose row holds `scenePos`, its band or right of it (NoId above, below or
    /// left of every lane).
    Id laneAt(QPointF scenePos);
    /// The hand-set position (relative to `lane`, see LayoutEngine) of a node drawn at `rect`.
    QPointF placeIn(Id lane, const QRectF &rect);

    /// Places the layout gave nodes without a hand-set position (Tidy Up's undo restores them).
    QHash<Id, QPointF> pins() const { return m_pins; }
    void setPins(const QHash<Id, QPointF> &pins);

public slots:
    /// Applies pending document changes to the items now.
    void flush();
    /// Lays the whole diagram out again (open, Tidy Up): every pin is dropped.
    void relayout();

signals:
    /// Emitted after the items match the document again.
    void synced();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void clearItems();
    void onReset();
    void onLaneAdded(Id id);
    void onLaneRemoved(Id id);
    void onLaneChanged(Id id, Workflow::Aspect what);
    void onNodeAdded(Id id);
    void onNodeRemoved(Id id);
    void onNodeChanged(Id id, Workflow::Aspect what);
    void onEdgeAdded(Id id);
    void onEdgeRemoved(Id id);
    void onEdgeChanged(Id id, Workflow::Aspect what);
    void onLoopAdded(Id id);
    void onLoopRemoved(Id id);
    void onLoopChanged(Id id, Workflow::Aspect what);
    void schedule();
    /// A signal about an entity of a nested machine dirties its root-level container instead
    /// (its items live in that container's branch items); false at the root.
    bool nestedChanged(Id id);
    void nestedRemoved();
    void apply(const DiagramLayout &next, bool all);
    /// States are drawn from a picture kept per view; `on` false drops the pictures.
    void setNodeCaching(bool on);
    void edgeEndsChanged(Id edge);

    Workflow *m_doc;
    DiagramLayout m_layout;
    QHash<Id, LaneItem *> m_lanes;
    QHash<Id, NodeItem *> m_nodes;
    QHash<Id, EdgeItem *> m_edges;
    QHash<Id, LoopItem *> m_loops;
    QHash<Id, QPointF> m_pins;
    // A state draws as the start marker by its edges: it is drawn again when they change.
    QHash<Id, QPair<Id, Id>> m_edgeEnds;
    QSet<Id> m_repaintNodes;
    bool m_nodeCaching = true;
    int m_styleGeneration = -1;
    // Named by signals since the last flush.
    QSet<Id> m_dirtyLanes, m_dirtyNodes, m_dirtyEdges, m_dirtyLoops;
    bool m_pending = false;
    QTimer *m_flushTimer;
    QPointer<QUndoStack> m_undo;
    SelectionBridge *m_selection;
    SceneEditor *m_editor;
    SceneInteraction *m_interaction;
};

} // namespace stepwise
