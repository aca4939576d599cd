#include "edgerouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace stepwise {

namespace {

// Whether an axis-parallel segment passes through the inside of `rect` (touching its border
// does not count: handles sit on the border).
bool cuts(QPointF a, QPointF b, const QRectF &rect)
{
    const QRectF inner = rect.adjusted(1.5, 1.5, -1.5, -1.5);
    if (inner.isEmpty())
        return false;
    const QRectF seg = QRectF(a, b).normalized();
    return seg.right() >= inner.left() && seg.left() <= inner.right() &&
           seg.bottom() >= inner.top() && seg.top() <= inner.bottom();
}

// Length two axis-parallel segments share when they lie on the same line (within 3 px).
qreal overlap(const QLineF &a, const QLineF &b)
{
    const bool av = std::abs(a.x1() - a.x2()) < 0.01, bv = std::abs(b.x1() - b.x2()) < 0.01;
    const bool ah = std::abs(a.y1() - a.y2()) < 0.01, bh = std::abs(b.y1() - b.y2()) < 0.01;
    if (av && bv && std::abs(a.x1() - b.x1()) < 3)
        return std::max(0.0, std::min(std::max(a.y1(), a.y2()), std::max(b.y1(), b.y2())) -
                                 std::max(std::min(a.y1(), a.y2()), std::min(b.y1(), b.y2())));
    if (ah && bh && std::abs(a.y1() - b.y1()) < 3)
        return std::max(0.0, std::min(std::max(a.x1(), a.x2()), std::max(b.x1(), b.x2())) -
                                 std::max(std::min(a.x1(), a.x2()), std::min(b.x1(), b.x2())));
    return 0;
}

// Length an axis-parallel segment runs along a side of `rect` (within 4 px): a line on a
// node's border reads as part of its outline.
qreal hugging(QPointF a, QPointF b, const QRectF &rect)
{
    const QRectF seg = QRectF(a, b).normalized();
    if (seg.height() < 0.01) {
        if (std::abs(seg.top() - rect.top()) >= 4 && std::abs(seg.top() - rect.bottom()) >= 4)
            return 0;
        return std::max(0.0,
                        std::min(seg.right(), rect.right()) - std::max(seg.left(), rect.left()));
    }
    if (seg.width() < 0.01) {
        if (std::abs(seg.left() - rect.left()) >= 4 && std::abs(seg.left() - rect.right()) >= 4)
            return 0;
        return std::max(0.0,
                        std::min(seg.bottom(), rect.bottom()) - std::max(seg.top(), rect.top()));
    }
    return 0;
}

// The area within which a segment drawn before can add to a candidate's cost.
QRectF segmentBounds(const QLineF &line)
{
    return QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1);
}

qreal dot(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

} // namespace

EdgeRouter::EdgeRouter(QVector<QRectF> obstacles, qreal stub)
    : m_obstacles(std::move(obstacles)), m_stub(stub)
{
    for (const QRectF &r : std::as_const(m_obstacles))
        m_obstacleIndex.insert(r);
}

QPointF EdgeRouter::direction(Side side)
{
    switch (side) {
    case Side::Left:
        return {-1, 0};
    case Side::Right:
        return {1, 0};
    case Side::Top:
        return {0, -1};
    case Side::Bottom:
        return {0, 1};
    }
    return {1, 0};
}

QPointF EdgeRouter::port(const QRectF &rect, Side side, qreal offset)
{
    const QPointF c = rect.center();
    switch (side) {
    case Side::Left:
        return {rect.left(), c.y() + offset};
    case Side::Right:
        return {rect.right(), c.y() + offset};
    case Side::Top:
        return {c.x() + offset, rect.top()};
    case Side::Bottom:
        return {c.x() + offset, rect.bottom()};
    }
    return c;
}

QPolygonF EdgeRouter::simplified(const QPolygonF &points)
{
    QPolygonF out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 0.01)
            continue;
        if (out.size() >= 2) {
            const QPointF a = out[out.size() - 2], b = out.last();
            const bool collinear =
                (std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01) ||
                (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01);
            if (collinear) {
                out.last() = p;
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

QPointF EdgeRouter::labelAnchor(const QPolygonF &points)
{
    if (points.size() < 2)
        return points.isEmpty() ? QPointF() : points.first();
    int best = 0;
    qreal bestLength = -1;
    for (int i = 0; i + 1 < points.size(); ++i) {
        const qreal len = QLineF(points[i], points[i + 1]).length();
        if (len > bestLength + 0.5) {
            bestLength = len;
            best = i;
        }
    }
    return (points[best] + points[best + 1]) / 2;
}

QVector<QPointF> EdgeRouter::labelCandidates(const QPolygonF &points, QSizeF size)
{
    QVector<int> segments;
    for (int i = 0; i + 1 < points.size(); ++i)
        segments.append(i);
    std::stable_sort(segments.begin(), segments.end(), [&](int a, int b) {
        return QLineF(points[a], points[a + 1]).length() >
               QLineF(points[b], points[b + 1]).length();
    });
    QVector<QPointF> out;
    for (qreal t : {0.5, 0.3, 0.7, 0.18, 0.82})
        for (int i : segments)
            out.append(points[i] + (points[i + 1] - points[i]) * t);
    for (qreal t : {0.5, 0.3, 0.7})
        for (int i : segments) {
            const QPointF c = points[i] + (points[i + 1] - points[i]) * t;
            const bool vertical = std::abs(points[i].x() - points[i + 1].x()) < 0.01;
            const QPointF side =
                vertical ? QPointF(size.width() / 2 + 4, 0) : QPointF(0, size.height() / 2 + 3);
            out.append(c + side);
            out.append(c - side);
        }
    return out;
}

qreal EdgeRouter::cost(const QPolygonF &path, const QRectF &fromRect, const QRectF &toRect,
                       QPointF d0, QPointF din, const QVector<QRectF> &obstacles,
                       const QVector<const Routed *> &routed, qreal bound) const
{
    constexpr qreal invalid = 1e9;
    if (path.size() < 2)
        return invalid;
    // path = p0, stub0, ..., stub1, p1: the inner segments must not cut the two end nodes.
    qreal length = 0;
    for (int i = 0; i + 1 < path.size(); ++i) {
        const QPointF a = path[i], b = path[i + 1];
        if (std::abs(a.x() - b.x()) > 0.01 && std::abs(a.y() - b.y()) > 0.01)
            return invalid; // diagonal: only the straight candidate between unaligned ends
        length += QLineF(a, b).length();
        const bool first = i == 0, last = i + 2 == path.size();
        if (!first && cuts(a, b, fromRect))
            return invalid;
        if (!last && cuts(a, b, toRect))
            return invalid;
        if (i > 0 && i + 2 < path.size()) {
            // Reversing onto the previous segment makes a spike that reads as a stray line.
            const QPointF prev = path[i] - path[i - 1], cur = b - a;
            if (dot(prev, cur) < -0.01)
                return invalid;
        }
    }
    if (dot(path[1] - path[0], d0) < -0.01 || dot(path.last() - path[path.size() - 2], din) < -0.01)
        return invalid;
    // Every term below only adds: a candidate already as dear as the best one is done.
    const qreal base = length + 24.0 * (path.size() - 2);
    if (base >= bound)
        return base;
    int crossings = 0;
    for (int i = 0; i + 1 < path.size(); ++i)
        for (const QRectF &r : obstacles)
            if (r != fromRect && r != toRect && cuts(path[i], path[i + 1], r))
                ++crossings;
    if (base + 4000.0 * crossings >= bound)
        return base + 4000.0 * crossings;
    qreal along = 0;
    for (int i = 1; i + 2 < path.size(); ++i)
        for (const QRectF &r : obstacles)
            along += hugging(path[i], path[i + 1], r);
    // Running along a line drawn before hides both: charge the length they share.
    // Edges that meet at one handle may merge there: that reads as one junction, not a clash.
    qreal shared = 0;
    for (int i = 0; i + 1 < path.size(); ++i)
        for (const Routed *done : routed)
            if (done->from != path.first() && done->to != path.last())
                shared += overlap(QLineF(path[i], path[i + 1]), done->line);
    return base + 4000.0 * crossings + 6.0 * shared + 6.0 * along;
}

QPolygonF EdgeRouter::route(QPointF from, Side fromSide, const QRectF &fromRect, QPointF to,
                            Side toSide, const QRectF &toRect)
{
    const QPointF d0 = direction(fromSide);
    const QPointF din = -direction(toSide); // travel direction when entering the target
    const QPointF a = from + d0 * m_stub;
    const QPointF b = to - din * m_stub;
    const QRectF both = fromRect.united(toRect);
    const qreal g = m_stub + 6;
    constexpr qreal nearby = 160; // about a lane's height and a column's width
    const qreal mx = (a.x() + b.x()) / 2, my = (a.y() + b.y()) / 2;

    QVector<QPolygonF> candidates;
    candidates.append(QPolygonF{a, b});
    candidates.append(QPolygonF{a, QPointF(b.x(), a.y()), b});
    candidates.append(QPolygonF{a, QPointF(a.x(), b.y()), b});
    // Each corridor also in two shifted copies, so a route can run beside one already drawn.
    for (qreal shift : {0.0, 9.0, -9.0}) {
        candidates.append(QPolygonF{a, QPointF(mx + shift, a.y()), QPointF(mx + shift, b.y()), b});
        candidates.append(QPolygonF{a, QPointF(a.x(), my + shift), QPointF(b.x(), my + shift), b});
    }
    for (qreal shift : {0.0, 9.0}) {
        for (qreal y : {both.top() - g - shift, both.bottom() + g + shift})
            candidates.append(QPolygonF{a, QPointF(a.x(), y), QPointF(b.x(), y), b});
        for (qreal x : {both.left() - g - shift, both.right() + g + shift})
            candidates.append(QPolygonF{a, QPointF(x, a.y()), QPointF(x, b.y()), b});
    }
    // Around one end only: out of the source, along the far side of the target.
    for (qreal y :
         {toRect.top() - g, toRect.bottom() + g, fromRect.top() - g, fromRect.bottom() + g})
        for (qreal x :
             {toRect.left() - g, toRect.right() + g, fromRect.left() - g, fromRect.right() + g})
            candidates.append(QPolygonF{a, QPointF(a.x(), y), QPointF(x, y), QPointF(x, b.y()), b});

    // Corridors beside the other nodes around the two ends: a tall container between them can
    // leave no free corridor among the ones above. Nodes far from both ends are left out: a
    // corridor beside them is long and never the cheapest, and trying them all made routing
    // quadratic in the size of the diagram (minutes for 2,000 states).
    const QRectF around = both.adjusted(-g - nearby, -g - nearby, g + nearby, g + nearby);
    for (int i : m_obstacleIndex.query(around)) {
        const QRectF &r = m_obstacles[i];
        if (r == fromRect || r == toRect || !r.intersects(around))
            continue;
        for (qreal x : {r.left() - g, r.right() + g})
            candidates.append(QPolygonF{a, QPointF(x, a.y()), QPointF(x, b.y()), b});
        for (qreal y : {r.top() - g, r.bottom() + g}) {
            candidates.append(QPolygonF{a, QPointF(a.x(), y), QPointF(b.x(), y), b});
            for (qreal x : {toRect.left() - g, toRect.right() + g})
                if (std::abs(y - a.y()) > g && std::abs(x - a.x()) > g)
                    candidates.append(
                        QPolygonF{a, QPointF(a.x(), y), QPointF(x, y), QPointF(x, b.y()), b});
        }
    }

    // Only obstacles and earlier routes within reach of some candidate can add to its cost
    // (crossing, running along a border within 4 px, sharing a line within 3 px).
    QRectF reach = QRectF(from, to).normalized();
    for (const QPolygonF &c : std::as_const(candidates))
        reach = reach.united(c.boundingRect());
    reach.adjust(-5, -5, 5, 5);
    QVector<QRectF> obstacles;
    for (int i : m_obstacleIndex.query(reach))
        if (m_obstacles[i].intersects(reach))
            obstacles.append(m_obstacles[i]);
    QVector<const Routed *> routed;
    for (int i : m_routedIndex.query(reach))
        if (segmentBounds(m_routed[i].line).intersects(reach))
            routed.append(&m_routed[i]);

    QPolygonF best;
    qreal bestCost = std::numeric_limits<qreal>::max();
    for (const QPolygonF &c : candidates) {
        QPolygonF full;
        full << from << c << to;
        full = simplified(full);
        // A straight line between two facing handles has no inner points left; keep its ends.
        const qreal value = cost(full, fromRect, toRect, d0, din, obstacles, routed, bestCost);
        if (value < bestCost) {
            bestCost = value;
            best = full;
        }
    }
    for (int i = 0; i + 1 < best.size(); ++i) {
        m_routed.append({QLineF(best[i], best[i + 1]), from, to});
        m_routedIndex.insert(segmentBounds(m_routed.last().line));
    }
    return best;
}

} // namespace stepwise
