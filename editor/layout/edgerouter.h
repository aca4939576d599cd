#pragma once

#include "rectindex.h"
#include "workflowdata.h"

#include <QLineF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

namespace stepwise {

/// Orthogonal routes between two handles, made one after the other. It tries a few short shapes
/// (straight, L, Z, and U around the two nodes) and keeps the cheapest one that leaves and enters
/// the named sides, does not cut through its own two nodes and crosses as few other nodes, and
/// shares as little of the routes made before, as it can.
class EdgeRouter
{
public:
    EdgeRouter(QVector<QRectF> obstacles, qreal stub);

    QPolygonF route(QPointF from, Side fromSide, const QRectF &fromRect, QPointF to, Side toSide,
                    const QRectF &toRect);

    static QPointF direction(Side side);
    /// The point of `side` of `rect` at `offset` from the middle (along the side).
    static QPointF port(const QRectF &rect, Side side, qreal offset = 0);
    /// Middle of the longest segment: where a label reads best.
    static QPointF labelAnchor(const QPolygonF &points);
    /// Centres to try for a label of `size`, best first: on the longest segments, middle
    /// first, then beside them (a label next to its line beats one over a node).
    static QVector<QPointF> labelCandidates(const QPolygonF &points, QSizeF size);
    static QPolygonF simplified(const QPolygonF &points);

private:
    struct Routed
    {
        QLineF line;
        QPointF from, to; // the handles of the route it belongs to
    };
    /// `obstacles` and `routed`: the ones near the candidates (none further can touch them).
    /// A cost that reaches `bound` (the best so far) is not worked out to the end.
    qreal cost(const QPolygonF &path, const QRectF &fromRect, const QRectF &toRect, QPointF d0,
               QPointF din, const QVector<QRectF> &obstacles, const QVector<const Routed *> &routed,
               qreal bound) const;

    QVector<QRectF> m_obstacles;
    RectIndex m_obstacleIndex;
    QVector<Routed> m_routed; // segments of the routes made so far
    RectIndex m_routedIndex;  // their bounds, grown by the 1 px route() tests them with
    qreal m_stub;
};

} // namespace stepwise
