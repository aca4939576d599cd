#pragma once

#include <QHash>
#include <QRectF>
#include <QVector>

namespace stepwise {

/// A bucket grid over rectangles, so "which of these can touch that area" costs the size of
/// the answer, not of the diagram. A query answers the indices (in insertion order) of every
/// rectangle sharing a grid cell with the area: a superset of the ones intersecting it, which
/// the caller filters with its own exact test. Keeping the insertion order keeps every sum
/// and every tie-break of the caller what it was with a plain list.
class RectIndex
{
public:
    explicit RectIndex(qreal cellSize = 256) : m_cell(cellSize) {}

    /// Adds `rect` as the next index (0, 1, 2, ...).
    int insert(const QRectF &rect);
    int size() const { return m_count; }
    /// Indices of the rectangles that may intersect `area`, ascending, each once.
    QVector<int> query(const QRectF &area) const;

private:
    struct Span
    {
        int x0, y0, x1, y1;
    };
    Span span(const QRectF &r) const;
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }

    qreal m_cell;
    int m_count = 0;
    QHash<quint64, QVector<int>> m_cells;
    // Rectangles too large for the grid are checked on every query instead.
    QVector<int> m_huge;
};

} // namespace stepwise
