#pragma once

#include "diagramlayout.h"

namespace stepwise {

/// Auto-layout: a pure function from a document (and a way to measure text) to the geometry of
/// every lane, node, edge and loop. Lanes are full-width rows in file order; nodes sit in flow
/// columns shared by all lanes (so hops between lanes run straight down or up), with extra
/// sub-rows in a lane where a branch leaves downwards. A hand-set position wins over the
/// computed one. Nothing here touches a scene: items and tests read the result.
class LayoutEngine
{
public:
    static DiagramLayout compute(const WorkflowData &doc, const TextMeasure &measure,
                                 const LayoutMetrics &metrics = {});

    /// A crude measure (fixed advance per character, word wrap) for tests and headless use.
    static QSizeF approximateMeasure(const QString &text, qreal maxWidth, TextRole role);

    /// The lane a node is drawn in: its own, or NoId (an implicit lane) when it has none.
    static Id laneOf(const WorkflowData &doc, const Node &node);
    /// The point of a node's outline under `x` (for shapes narrower at the bottom).
    static QPointF bottomAt(const Node *node, const QRectF &rect, qreal x);
};

} // namespace stepwise
