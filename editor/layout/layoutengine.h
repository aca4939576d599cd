#pragma once

#include "diagramlayout.h"

namespace stepwise {

/// Auto-layout: a pure function from a document (and a way to measure text) to the geometry of
/// every lane, node, edge and loop. Lanes are full-width rows in file order; nodes sit in flow
/// columns shared by all lanes (so hops between lanes run straight down or up), with extra
/// sub-rows in a lane where a branch leaves downwards. A hand-set position wins over the
/// computed one; it is relative to the top of the node's lane (x is absolute), so a lane that
/// grows above carries the lanes below with their states. Every lane grows to hold its states.
/// Nothing here touches a scene: items and tests read the result.
class LayoutEngine
{
public:
    static DiagramLayout compute(const WorkflowData &doc, const TextMeasure &measure,
                                 const LayoutMetrics &metrics = {});
    /// The incremental form the scene uses after an edit: pinned nodes stay, only new
    /// unplaced nodes take a place from the grid, and only the edges `hints` names are routed.
    static DiagramLayout compute(const WorkflowData &doc, const TextMeasure &measure,
                                 const LayoutMetrics &metrics, const LayoutHints &hints);
    /// The size a node is drawn at (its shape around its measured text).
    static QSizeF nodeSize(const Node &node, const TextMeasure &measure,
                           const LayoutMetrics &metrics = {});
    /// Lane-relative place of a node drawn at `rect` in lane geometry `lane`.
    static QPointF relativePlace(const QRectF &rect, const LaneGeometry &lane);

    /// A crude measure (fixed advance per character, word wrap) for tests and headless use.
    static QSizeF approximateMeasure(const QString &text, qreal maxWidth, TextRole role);

    /// The lane a node is drawn in: its own, or NoId (an implicit lane) when it has none.
    static Id laneOf(const WorkflowData &doc, const Node &node);
    /// The point of a node's outline under `x` (for shapes narrower at the bottom).
    static QPointF bottomAt(const Node *node, const QRectF &rect, qreal x);
};

} // namespace stepwise
