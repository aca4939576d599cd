#include "layoutengine.h"

#include "containerlayout.h"
#include "edgerouter.h"
#include "flowgrid.h"
#include "nodetext.h"
#include "rectindex.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace stepwise {

namespace {

constexpr qreal labelPadX = 7, labelPadY = 3;
constexpr qreal taskBadgeWidth = 28; // envelope badge of a callback task, right of its title

struct Sized
{
    QSizeF size;
    QRectF label;  // relative to the node's top-left
    QRectF detail; // relative, taskbox only
    QRectF title;  // relative, containers only
    std::vector<SubLayout> children;
};

} // namespace

static Sized sizeNode(const Node &n, const TextMeasure &measure, const LayoutMetrics &m)
{
    Sized s;
    if (ContainerLayout::isContainer(n)) {
        ContainerLayout::Result c = ContainerLayout::compute(n, measure, m);
        s.size = c.size;
        s.title = c.title;
        s.label = c.title;
        s.children = std::move(c.children);
        return s;
    }
    switch (n.shape) {
    case Shape::Circle: {
        // A long word (a Fail state's name) widens the circle a little rather than break.
        qreal wrapWidth = m.circleLabelWidth;
        for (const QString &word : n.label.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            wrapWidth =
                std::max(wrapWidth, std::min(m.circleLabelWidth * 1.6,
                                             measure(word, 1e6, TextRole::NodeLabel).width()));
        const QSizeF t = measure(n.label, wrapWidth, TextRole::NodeLabel);
        const qreal d =
            std::max(m.circleMinDiameter, std::ceil(std::hypot(t.width(), t.height()) + 14));
        s.size = {d, d};
        s.label = QRectF((d - t.width()) / 2, (d - t.height()) / 2, t.width(), t.height());
        break;
    }
    case Shape::Diamond: {
        // A w x h box fits in a W x H diamond when w/W + h/H <= 1.
        const QSizeF t = measure(n.label, m.diamondLabelWidth, TextRole::NodeLabel);
        const qreal w = t.width() + 12, h = t.height() + 8;
        const qreal H = std::max<qreal>(76, std::ceil(2 * h + 16));
        const qreal W = std::max<qreal>(H * 1.25, std::ceil(w / (1 - h / H)));
        s.size = {W, H};
        s.label = QRectF((W - t.width()) / 2, (H - t.height()) / 2, t.width(), t.height());
        break;
    }
    case Shape::Taskbox: {
        // A callback task keeps room right of its title for the envelope badge.
        const qreal badge = NodeText::isCallback(n) ? taskBadgeWidth : 0;
        const qreal inner = m.taskboxWidth - 24;
        const QString title = NodeText::title(n);
        const QString detail = NodeText::detail(n);
        const QSizeF t =
            title.isEmpty() ? QSizeF() : measure(title, inner - badge, TextRole::NodeTitle);
        const QSizeF d = detail.isEmpty() ? QSizeF() : measure(detail, inner, TextRole::NodeDetail);
        const qreal width = std::max(m.taskboxWidth, std::max(t.width() + badge, d.width()) + 24);
        qreal y = 14; // room for the accent strip on top
        s.label = QRectF(12, y, width - 24 - badge, std::max(t.height(), badge > 0 ? 18.0 : 0.0));
        const qreal titleHeight = s.label.height();
        y += titleHeight + (t.isEmpty() || d.isEmpty() ? 0 : 8);
        s.detail = QRectF(12, y, width - 24, d.height());
        y += d.height() + 12;
        s.size = {width, std::max<qreal>(64, y)};
        break;
    }
    case Shape::Rectangle: {
        const QSizeF t = measure(n.label, m.labelMaxWidth, TextRole::NodeLabel);
        const qreal w = std::max<qreal>(124, std::ceil(t.width() + 28));
        const qreal h = std::max<qreal>(52, std::ceil(t.height() + 22));
        s.size = {w, h};
        s.label = QRectF((w - t.width()) / 2, (h - t.height()) / 2, t.width(), t.height());
        break;
    }
    }
    return s;
}

QPointF LayoutEngine::bottomAt(const Node *node, const QRectF &rect, qreal x)
{
    const qreal half = rect.width() / 2;
    const qreal dx = std::min(std::abs(x - rect.center().x()), half);
    switch (node ? node->shape : Shape::Rectangle) {
    case Shape::Circle:
        return {x,
                rect.center().y() + rect.height() / 2 * std::sqrt(1 - (dx / half) * (dx / half))};
    case Shape::Diamond:
        return {x, rect.center().y() + rect.height() / 2 * (1 - dx / half)};
    case Shape::Rectangle:
    case Shape::Taskbox:
        break;
    }
    return {x, rect.bottom()};
}

Id LayoutEngine::laneOf(const WorkflowData &doc, const Node &node)
{
    return doc.lane(node.lane) ? node.lane : NoId;
}

QSizeF LayoutEngine::approximateMeasure(const QString &text, qreal maxWidth, TextRole role)
{
    const qreal advance = role == TextRole::NodeDetail || role == TextRole::EdgeLabel ? 6.5 : 7.5;
    const qreal lineHeight = 17;
    qreal widest = 0;
    int lines = 0;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        qreal line = 0;
        ++lines;
        for (const QString &word : para.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qreal w = word.size() * advance;
            const qreal withSpace = line > 0 ? line + advance + w : w;
            if (line > 0 && withSpace > maxWidth) {
                widest = std::max(widest, line);
                ++lines;
                line = w;
            } else {
                line = withSpace;
            }
        }
        widest = std::max(widest, line);
    }
    return {widest, lines * lineHeight};
}

QSizeF LayoutEngine::nodeSize(const Node &node, const TextMeasure &measure,
                              const LayoutMetrics &metrics)
{
    return sizeNode(node, measure, metrics).size;
}

QPointF LayoutEngine::relativePlace(const QRectF &rect, const LaneGeometry &lane)
{
    return {rect.left(), rect.top() - lane.band.top()};
}

DiagramLayout LayoutEngine::compute(const WorkflowData &doc, const TextMeasure &measure,
                                    const LayoutMetrics &m)
{
    return compute(doc, measure, m, LayoutHints{});
}

DiagramLayout LayoutEngine::compute(const WorkflowData &doc, const TextMeasure &measure,
                                    const LayoutMetrics &m, const LayoutHints &hints)
{
    DiagramLayout out;
    // A node's fixed place, relative to its lane: set by hand, or kept from an earlier layout.
    auto fixedPlace = [&hints](const Node &n) -> std::optional<QPointF> {
        if (n.position)
            return n.position;
        const auto pin = hints.pins.constFind(n.id);
        return pin == hints.pins.constEnd() ? std::nullopt : std::optional<QPointF>(*pin);
    };
    const FlowRanking ranking(doc);

    // Lanes in file order, plus an implicit one for nodes that name no lane.
    QVector<Id> laneOrder;
    for (const Lane &l : doc.lanes)
        laneOrder.append(l.id);
    for (const Node &n : doc.nodes)
        if (laneOf(doc, n) == NoId && !laneOrder.contains(NoId))
            laneOrder.append(NoId);

    QHash<Id, Sized> sized;
    for (const Node &n : doc.nodes)
        sized.insert(n.id, sizeNode(n, measure, m));

    const FlowGrid grid(doc, ranking);

    // Column widths and the gaps between columns (wide enough for the labels that cross them).
    const int columns = grid.columnCount();
    QVector<qreal> colWidth(columns, 0), gapAfter(columns, m.columnGap);
    for (const Node &n : doc.nodes)
        if (!n.position)
            colWidth[grid.column(n.id)] =
                std::max(colWidth[grid.column(n.id)], sized.value(n.id).size.width());
    QHash<Id, QSizeF> edgeLabel;
    for (const Edge &e : doc.edges) {
        if (!e.hasLabel || e.label.isEmpty() || !doc.node(e.from) || !doc.node(e.to))
            continue;
        const QSizeF t = measure(e.label, m.edgeLabelMaxWidth, TextRole::EdgeLabel);
        edgeLabel.insert(e.id, QSizeF(t.width() + 2 * labelPadX, t.height() + 2 * labelPadY));
        const int c0 = grid.column(e.from), c1 = grid.column(e.to);
        if (FlowRanking::step(e) == 1 && c1 == c0 + 1 && c0 < columns)
            gapAfter[c0] = std::max(gapAfter[c0], t.width() + 2 * labelPadX + 2 * m.stub + 16);
    }

    // The header column fits the widest lane title.
    qreal header = m.laneHeaders ? m.headerMinWidth : 0;
    QHash<Id, qreal> titleHeight;
    for (const Lane &l : doc.lanes) {
        if (!m.laneHeaders)
            break;
        const QSizeF t =
            measure(l.title.isEmpty() ? l.key : l.title, m.headerMaxTextWidth, TextRole::LaneTitle);
        header = std::max(header, t.width() + 2 * m.headerPadding);
        titleHeight.insert(l.id, t.height());
    }
    out.headerWidth = header;

    QVector<qreal> colX(columns, 0);
    qreal x = m.margin + header + m.contentGapLeft;
    for (int c = 0; c < columns; ++c) {
        colX[c] = x;
        x += colWidth[c] + (c + 1 < columns ? gapAfter[c] : 0);
    }
    const qreal contentRight = x + m.contentGapRight;

    // Lanes that carry the lowest point of a loop get room under their last row for its path.
    QSet<Id> loopLanes;
    for (const Loop &lp : doc.loops) {
        const Node *lowest = nullptr;
        for (Id nid : lp.nodes) {
            const Node *n = doc.node(nid);
            if (!n)
                continue;
            if (!lowest ||
                laneOrder.indexOf(laneOf(doc, *n)) > laneOrder.indexOf(laneOf(doc, *lowest)))
                lowest = n;
        }
        if (lowest)
            loopLanes.insert(laneOf(doc, *lowest));
    }

    qreal y = m.margin;
    qreal right = contentRight;
    for (int li = 0; li < laneOrder.size(); ++li) {
        const Id laneId = laneOrder[li];
        QMap<int, qreal> rowHeight;
        for (const Node &n : doc.nodes)
            if (laneOf(doc, n) == laneId && !fixedPlace(n))
                rowHeight[grid.row(n.id)] =
                    std::max(rowHeight.value(grid.row(n.id)), sized.value(n.id).size.height());
        QHash<int, qreal> rowTop;
        qreal ry = y + m.lanePadding;
        const int rows = rowHeight.isEmpty() ? 0 : rowHeight.lastKey() + 1;
        for (int r = 0; r < rows; ++r) {
            rowTop.insert(r, ry);
            ry += rowHeight.value(r, 0) + (r + 1 < rows ? m.rowGap : 0);
        }
        qreal height = ry + m.lanePadding - y;
        for (const Node &n : doc.nodes)
            if (laneOf(doc, n) == laneId)
                if (const auto at = fixedPlace(n))
                    height =
                        std::max(height, at->y() + sized.value(n.id).size.height() + m.lanePadding);
        if (loopLanes.contains(laneId))
            height += m.loopSpace;
        // A long title wraps in the header; the row grows rather than let it spill over.
        height =
            std::max({height, m.minLaneHeight, titleHeight.value(laneId) + 2 * m.headerPadding});
        for (const Node &n : doc.nodes) {
            if (laneOf(doc, n) != laneId)
                continue;
            const Sized &s = sized[n.id];
            NodeGeometry g;
            g.column = grid.column(n.id);
            g.row = grid.row(n.id);
            if (const auto at = fixedPlace(n)) {
                g.manual = n.position.has_value();
                g.rect = QRectF(QPointF(at->x(), y + at->y()), s.size);
            } else {
                const qreal cx = colX[g.column] + colWidth[g.column] / 2;
                const qreal cy = rowTop.value(g.row) + rowHeight.value(g.row) / 2;
                g.rect = QRectF(cx - s.size.width() / 2, cy - s.size.height() / 2, s.size.width(),
                                s.size.height());
            }
            g.labelRect = s.label.translated(g.rect.topLeft());
            g.detailRect = s.detail.translated(g.rect.topLeft());
            g.titleRect = s.title;
            g.children = s.children;
            right = std::max(right, g.rect.right() + m.contentGapRight);
            out.nodes.insert(n.id, g);
        }
        LaneGeometry lg;
        lg.band = QRectF(m.margin, y, 0, height);
        lg.alternate = li % 2 == 1;
        out.lanes.insert(laneId, lg);
        y += height;
    }
    for (LaneGeometry &lg : out.lanes) {
        lg.band.setRight(right);
        lg.header = QRectF(lg.band.left(), lg.band.top(), header, lg.band.height());
    }
    out.bounds = QRectF(0, 0, right + m.margin, y + m.margin);
    for (const NodeGeometry &g : std::as_const(out.nodes))
        out.bounds = out.bounds.united(g.rect);

    // Edges: handles spread along a rectangle's side when several edges share it.
    QVector<QRectF> obstacles;
    for (const NodeGeometry &g : std::as_const(out.nodes))
        obstacles.append(g.rect);
    QVector<QRectF> routeObstacles = obstacles;
    for (const LaneGeometry &lg : std::as_const(out.lanes))
        routeObstacles.append(lg.header); // titles stay readable: no line or label over them
    EdgeRouter router(routeObstacles, m.stub);
    QHash<QPair<Id, int>, QVector<QPair<qreal, Id>>> sideUsers; // (node, side) -> (key, edge end)
    auto sideKey = [](Side s) { return int(s); };
    for (const Edge &e : doc.edges) {
        if (!out.nodes.contains(e.from) || !out.nodes.contains(e.to))
            continue;
        const QPointF pf = out.nodes[e.from].rect.center(), pt = out.nodes[e.to].rect.center();
        const bool fh = e.fromSide == Side::Left || e.fromSide == Side::Right;
        const bool th = e.toSide == Side::Left || e.toSide == Side::Right;
        sideUsers[qMakePair(e.from, sideKey(e.fromSide))].append({fh ? pt.y() : pt.x(), e.id * 2});
        sideUsers[qMakePair(e.to, sideKey(e.toSide))].append({th ? pf.y() : pf.x(), e.id * 2 + 1});
    }
    QHash<Id, qreal> offsetOf; // edge end (id * 2 + isTarget) -> offset along the side
    for (auto it = sideUsers.begin(); it != sideUsers.end(); ++it) {
        auto &users = it.value();
        const Node *n = doc.node(it.key().first);
        if (users.size() < 2 || !n || n->shape == Shape::Circle || n->shape == Shape::Diamond)
            continue;
        std::stable_sort(users.begin(), users.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        const QRectF r = out.nodes[n->id].rect;
        const bool horizontalSide =
            it.key().second == sideKey(Side::Top) || it.key().second == sideKey(Side::Bottom);
        const qreal span = (horizontalSide ? r.width() : r.height()) - 16;
        // A container is wide: its catch edges spread out so their labels do not collide.
        const qreal stepSize =
            std::min<qreal>(ContainerLayout::isContainer(*n) ? 72 : 18, span / users.size());
        // The end whose other node lies straight across keeps the middle, so the main flow
        // stays a straight line and only the side branches step aside.
        const qreal centre = horizontalSide ? r.center().x() : r.center().y();
        int straight = 0;
        for (int i = 1; i < users.size(); ++i)
            if (std::abs(users[i].first - centre) < std::abs(users[straight].first - centre))
                straight = i;
        for (int i = 0; i < users.size(); ++i)
            offsetOf.insert(users[i].second,
                            std::clamp((i - straight) * stepSize, -span / 2, span / 2));
    }
    // An incremental layout keeps the route of an edge whose ends did not move, and moves
    // along the route of one whose two ends moved together (the lanes under one that grew or
    // shrank shift with their states): routing them again would cost the time of a whole
    // layout for a lane that grew by a few pixels, and could reshape routes far from the edit.
    const DiagramLayout *previous = hints.previous;
    auto shift = [&](const Edge &e) -> std::optional<QPointF> {
        if (!previous || hints.reroute.contains(e.id) || !previous->edges.contains(e.id))
            return std::nullopt;
        const auto f = previous->nodes.constFind(e.from), t = previous->nodes.constFind(e.to);
        if (f == previous->nodes.constEnd() || t == previous->nodes.constEnd())
            return std::nullopt;
        const QRectF &nf = out.nodes[e.from].rect, &nt = out.nodes[e.to].rect;
        if (f->rect == nf && t->rect == nt)
            return QPointF();
        const QPointF d = nf.topLeft() - f->rect.topLeft();
        if (f->rect.translated(d) == nf && t->rect.translated(d) == nt)
            return d;
        return std::nullopt;
    };
    QSet<Id> kept;
    for (const Edge &e : doc.edges) {
        if (!out.nodes.contains(e.from) || !out.nodes.contains(e.to))
            continue;
        if (const std::optional<QPointF> d = shift(e)) {
            EdgeGeometry g = previous->edges.value(e.id);
            if (!d->isNull()) {
                g.points.translate(*d);
                if (!g.labelRect.isEmpty())
                    g.labelRect.translate(*d);
            }
            out.edges.insert(e.id, g);
            kept.insert(e.id);
            continue;
        }
        const QRectF fr = out.nodes[e.from].rect, tr = out.nodes[e.to].rect;
        EdgeGeometry g;
        g.backward = ranking.isBackEdge(e.id);
        g.points = router.route(
            EdgeRouter::port(fr, e.fromSide, offsetOf.value(e.id * 2)), e.fromSide, fr,
            EdgeRouter::port(tr, e.toSide, offsetOf.value(e.id * 2 + 1)), e.toSide, tr);
        out.edges.insert(e.id, g);
    }
    // Labels go where they hide no node and no other label, else at the longest segment.
    QVector<QRectF> occupied = routeObstacles;
    for (Id id : std::as_const(kept))
        if (!out.edges[id].labelRect.isEmpty())
            occupied.append(out.edges[id].labelRect);
    RectIndex occupiedIndex;
    for (const QRectF &o : std::as_const(occupied))
        occupiedIndex.insert(o);
    QRectF lanesArea;
    for (const LaneGeometry &lg : std::as_const(out.lanes))
        lanesArea = lanesArea.united(lg.band);
    for (const Edge &e : doc.edges) {
        if (!edgeLabel.contains(e.id) || !out.edges.contains(e.id) || kept.contains(e.id))
            continue;
        EdgeGeometry &g = out.edges[e.id];
        const QSizeF s = edgeLabel.value(e.id);
        auto rectAt = [&s](QPointF c) {
            return QRectF(c.x() - s.width() / 2, c.y() - s.height() / 2, s.width(), s.height());
        };
        // The first free place wins; when none is free, the one that hides the least (text
        // over a node is worse than a label hanging past the rows).
        qreal best = std::numeric_limits<qreal>::max();
        const QVector<QPointF> candidates = EdgeRouter::labelCandidates(g.points, s);
        QRectF reach;
        for (const QPointF &c : candidates)
            reach = reach.united(rectAt(c).adjusted(-2, -2, 2, 2));
        // In their order in `occupied`, so the sums below add up as they always did.
        const QVector<int> near = occupiedIndex.query(reach);
        for (const QPointF &c : candidates) {
            const QRectF r = rectAt(c);
            const QRectF padded = r.adjusted(-2, -2, 2, 2);
            qreal cost = r.width() * r.height() -
                         r.intersected(lanesArea).width() * r.intersected(lanesArea).height();
            for (int k : near)
                if (const QRectF &o = occupied[k]; o.intersects(padded)) {
                    const QRectF i = o.intersected(padded);
                    cost += 4 * (i.width() * i.height() + 50);
                }
            if (cost < best) {
                best = cost;
                g.labelRect = r;
                if (cost <= 0)
                    break;
            }
        }
        occupied.append(g.labelRect);
        occupiedIndex.insert(g.labelRect);
    }

    // Loops: a dashed path from under the last node back to under the first one.
    for (const Loop &lp : doc.loops) {
        QVector<const NodeGeometry *> geos;
        QVector<Id> present;
        for (Id nid : lp.nodes)
            if (out.nodes.contains(nid)) {
                geos.append(&out.nodes[nid]);
                present.append(nid);
            }
        if (geos.size() < 2)
            continue;
        qreal bottom = 0;
        for (const NodeGeometry *g : geos)
            bottom = std::max(bottom, g->rect.bottom());
        const qreal py = bottom + m.loopSpace / 2 + 6;
        const QRectF first = geos.first()->rect, last = geos.last()->rect;
        // Off-centre ends keep the loop apart from edges that use the middle of the handles.
        const qreal x0 = last.center().x() + last.width() / 5;
        const qreal x1 = first.center().x() - first.width() / 5;
        LoopGeometry g;
        g.points = EdgeRouter::simplified(
            QPolygonF{bottomAt(doc.node(present.last()), last, x0), QPointF(x0, py),
                      QPointF(x1, py), bottomAt(doc.node(present.first()), first, x1)});
        const QSizeF t =
            measure(QStringLiteral("\u21BB ") + lp.condition, 220, TextRole::LoopLabel);
        const QSizeF s(t.width() + 2 * labelPadX, t.height() + 2 * labelPadY);
        const qreal cx = (first.center().x() + last.center().x()) / 2;
        g.labelRect = QRectF(cx - s.width() / 2, py - s.height() / 2, s.width(), s.height());
        out.loops.insert(lp.id, g);
    }
    // Routes and labels that run past the last column widen every band, so nothing hangs
    // outside the rows; the bounds take in whatever goes above or below them.
    QRectF drawn = out.bounds;
    for (const EdgeGeometry &g : std::as_const(out.edges))
        drawn = drawn.united(g.points.boundingRect()).united(g.labelRect);
    for (const LoopGeometry &g : std::as_const(out.loops))
        drawn = drawn.united(g.points.boundingRect()).united(g.labelRect);
    if (drawn.right() > right) {
        for (LaneGeometry &lg : out.lanes)
            lg.band.setRight(drawn.right() + m.contentGapRight / 2);
        drawn.setRight(drawn.right() + m.contentGapRight / 2 + m.margin);
    }
    if (!laneOrder.isEmpty()) {
        LaneGeometry &first = out.lanes[laneOrder.first()];
        LaneGeometry &last = out.lanes[laneOrder.last()];
        if (drawn.top() < first.band.top())
            first.band.setTop(drawn.top() - m.stub);
        if (drawn.bottom() > last.band.bottom())
            last.band.setBottom(drawn.bottom() + m.stub);
        first.header.setTop(first.band.top());
        last.header.setBottom(last.band.bottom());
        drawn = drawn.united(first.band).united(last.band);
    }
    out.bounds = drawn;
    return out;
}

} // namespace stepwise
