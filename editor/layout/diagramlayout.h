#pragma once

#include "workflowdata.h"

#include <QHash>
#include <QPolygonF>
#include <QRectF>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace stepwise {

/// What a piece of text is, so a measure function can pick the font the scene draws it with.
enum class TextRole { NodeLabel, NodeTitle, NodeDetail, EdgeLabel, LaneTitle, LoopLabel };

/// Size of `text` wrapped at word boundaries into lines at most `maxWidth` wide (wider only
/// when a single word does not fit). The layout never draws, so the caller decides the fonts.
using TextMeasure = std::function<QSizeF(const QString &text, qreal maxWidth, TextRole role)>;

/// Where a lane is drawn: the full-width band and the header cell holding its title.
struct LaneGeometry
{
    QRectF band;
    QRectF header;
    bool alternate = false; // every second lane gets the other fill
};

struct DiagramLayout;

/// One nested machine drawn inside its container (a Parallel branch or the Map processor).
/// All rects are relative to the container's top-left, so a container placed by hand carries
/// its branches along. The nested layout keeps its own coordinates; `offset` maps them there.
struct SubLayout
{
    QRectF frame;   // the dashed sub-frame around the branch
    QRectF caption; // "Branch 2" / "for each item", inside the frame's top
    QPointF offset; // position of the nested layout's origin
    std::shared_ptr<const DiagramLayout> layout;
};

/// Where a node is drawn and the boxes inside it, so items paint exactly what was measured.
struct NodeGeometry
{
    QRectF rect;
    QRectF labelRect;    // the wrapped label (title for a taskbox)
    QRectF detailRect;   // taskbox: owner / description / system / sub-items
    bool manual = false; // placed at the document's hand-set position
    int column = 0;      // flow column (rank), shared by all lanes
    int row = 0;         // sub-row inside its lane
    /// Parallel / Map containers: the title strip (relative) and one entry per nested machine,
    /// in the order of Node::subMachines.
    QRectF titleRect;
    std::vector<SubLayout> children;
};

/// An edge as an orthogonal polyline from the source handle to the target handle.
struct EdgeGeometry
{
    QPolygonF points;      // first point on the source side, last on the target side
    QRectF labelRect;      // empty when the edge has no label
    bool backward = false; // closes a cycle: drawn as a return path
};

/// A loop as a dashed return path under its nodes with its condition.
struct LoopGeometry
{
    QPolygonF points;
    QRectF labelRect;
};

/// The whole layout of a document: a value computed from the document and nothing else.
struct DiagramLayout
{
    QHash<Id, LaneGeometry> lanes;
    QHash<Id, NodeGeometry> nodes;
    QHash<Id, EdgeGeometry> edges;
    QHash<Id, LoopGeometry> loops;
    QRectF bounds;
    qreal headerWidth = 0;
};

/// What an incremental layout keeps from the last one. A pinned node keeps its place (a
/// position relative to its lane's top, like Node::position) without being a hand-set position;
/// an edge is routed again only when it is named in `reroute` or one of its nodes moved or
/// changed size, otherwise it keeps its route from `previous`.
struct LayoutHints
{
    QHash<Id, QPointF> pins;
    const DiagramLayout *previous = nullptr;
    QSet<Id> reroute;
};

/// Spacing of the layout, in scene units (pixels at 100 %).
struct LayoutMetrics
{
    qreal margin = 0; // around the whole diagram
    qreal headerMinWidth = 132;
    qreal headerMaxTextWidth = 150;
    qreal headerPadding = 14;
    qreal contentGapLeft = 36; // from the header to the first column
    qreal contentGapRight = 44;
    qreal columnGap = 56;      // minimum horizontal gap between columns
    qreal rowGap = 48;         // between sub-rows of one lane
    qreal lanePadding = 30;    // above the first and below the last sub-row
    qreal loopSpace = 34;      // extra room under a lane that carries a loop's return path
    qreal labelMaxWidth = 150; // rectangles wrap their label at this width
    qreal circleLabelWidth = 86;
    qreal circleMinDiameter = 64;
    qreal diamondLabelWidth = 104;
    qreal taskboxWidth = 196;
    qreal edgeLabelMaxWidth = 170;
    qreal stub = 14; // straight piece leaving / entering a handle
    qreal minLaneHeight = 96;
    /// False inside a container: a nested machine's single lane gets no header and no band.
    bool laneHeaders = true;
};

} // namespace stepwise
