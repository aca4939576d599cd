#pragma once

#include "layout/diagramlayout.h"

#include <QGraphicsScene>
#include <QHash>

namespace stepwise {

class Workflow;
class LaneItem;
class NodeItem;
class EdgeItem;
class LoopItem;

/// The canvas of one document. It keeps a map id -> item per kind, and whenever the document
/// signals a change it lays the document out again (a pure function) and brings the items in
/// line: new ids get items, gone ids lose them, every item takes its new geometry.
class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(Workflow *doc, QObject *parent = nullptr);

    Workflow *document() const { return m_doc; }
    const DiagramLayout &layout() const { return m_layout; }

    LaneItem *laneItem(Id id) const { return m_lanes.value(id); }
    NodeItem *nodeItem(Id id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(Id id) const { return m_edges.value(id); }
    LoopItem *loopItem(Id id) const { return m_loops.value(id); }
    int laneCount() const { return int(m_lanes.size()); }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    int loopCount() const { return int(m_loops.size()); }

public slots:
    /// Lays the document out again and updates the items (called on every document signal).
    void sync();

signals:
    /// Emitted after the items match the document again.
    void synced();

private:
    void clearItems();

    Workflow *m_doc;
    DiagramLayout m_layout;
    QHash<Id, LaneItem *> m_lanes;
    QHash<Id, NodeItem *> m_nodes;
    QHash<Id, EdgeItem *> m_edges;
    QHash<Id, LoopItem *> m_loops;
};

} // namespace stepwise
