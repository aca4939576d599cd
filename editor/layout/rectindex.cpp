#include "rectindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stepwise {

namespace {

// A rectangle over more cells than this (a lane header as tall as a huge lane, a route across
// the whole diagram) goes in a list every query reads, rather than in thousands of cells.
constexpr qint64 maxCells = 64;

int cellOf(qreal v, qreal cell)
{
    return int(std::clamp<qreal>(std::floor(v / cell), -1e9, 1e9));
}

bool finite(const QRectF &r)
{
    return std::isfinite(r.x()) && std::isfinite(r.y()) && std::isfinite(r.width()) &&
           std::isfinite(r.height());
}

} // namespace

RectIndex::Span RectIndex::span(const QRectF &r) const
{
    const QRectF n = r.normalized();
    return {cellOf(n.left(), m_cell), cellOf(n.top(), m_cell), cellOf(n.right(), m_cell),
            cellOf(n.bottom(), m_cell)};
}

int RectIndex::insert(const QRectF &rect)
{
    const int index = m_count++;
    if (!finite(rect)) {
        m_huge.append(index); // the caller's exact test decides what it touches
        return index;
    }
    const Span s = span(rect);
    if (qint64(s.x1 - s.x0 + 1) * qint64(s.y1 - s.y0 + 1) > maxCells) {
        m_huge.append(index);
        return index;
    }
    for (int x = s.x0; x <= s.x1; ++x)
        for (int y = s.y0; y <= s.y1; ++y)
            m_cells[key(x, y)].append(index);
    return index;
}

QVector<int> RectIndex::query(const QRectF &area) const
{
    if (!finite(area)) {
        QVector<int> all(m_count);
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QVector<int> out = m_huge;
    const Span s = span(area);
    const qint64 cells = qint64(s.x1 - s.x0 + 1) * qint64(s.y1 - s.y0 + 1);
    if (cells > qint64(m_cells.size())) {
        // An area wider than the filled part of the grid: walk the buckets instead.
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            const int x = int(qint32(it.key() >> 32)), y = int(qint32(it.key() & 0xffffffffu));
            if (x >= s.x0 && x <= s.x1 && y >= s.y0 && y <= s.y1)
                out += it.value();
        }
    } else {
        for (int x = s.x0; x <= s.x1; ++x)
            for (int y = s.y0; y <= s.y1; ++y) {
                const auto it = m_cells.constFind(key(x, y));
                if (it != m_cells.cend())
                    out += *it;
            }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace stepwise
