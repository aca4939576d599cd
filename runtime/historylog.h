#pragma once

#include "historyevent.h"

#include <cstddef>
#include <iterator>
#include <vector>

namespace stepwise::runtime {

/// An execution's history: an append-only sequence of events stored in fixed-size chunks.
///
/// Why not a std::vector: a run of a million transitions writes four million events, and a
/// vector would move every one of them each time it grows (and hold twice the memory while it
/// does); chunks never move what they hold. In tail mode (keepAll false) only the latest two
/// chunks are kept and the older one is recycled, so a long headless run whose events are
/// streamed elsewhere touches the same few hundred kilobytes over and over; size() still counts
/// every event, and indexing is valid for the last kChunk events at least.
class HistoryLog
{
public:
    static constexpr std::size_t kChunkBits = 12;
    static constexpr std::size_t kChunk = std::size_t(1) << kChunkBits; // 4,096 events

    explicit HistoryLog(bool keepAll = true) : m_keepAll(keepAll) {}

    bool keepsAll() const { return m_keepAll; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// Index of the oldest event still held (0 unless in tail mode).
    std::size_t firstKept() const { return m_dropped << kChunkBits; }

    const HistoryEvent &operator[](std::size_t i) const
    {
        return m_chunks[(i >> kChunkBits) - m_dropped][i & (kChunk - 1)];
    }
    HistoryEvent &operator[](std::size_t i)
    {
        return m_chunks[(i >> kChunkBits) - m_dropped][i & (kChunk - 1)];
    }
    const HistoryEvent &front() const { return (*this)[firstKept()]; }
    const HistoryEvent &back() const { return (*this)[m_size - 1]; }
    HistoryEvent &back() { return (*this)[m_size - 1]; }

    /// Appends a default event and returns it for filling in.
    HistoryEvent &emplace_back();
    void push_back(HistoryEvent e) { emplace_back() = std::move(e); }
    /// Keeps the first n events (n ≤ size(); in tail mode n must not reach below firstKept()).
    void truncate(std::size_t n);
    void clear();

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = HistoryEvent;
        using difference_type = std::ptrdiff_t;
        using pointer = const HistoryEvent *;
        using reference = const HistoryEvent &;

        const_iterator() = default;
        const_iterator(const HistoryLog *log, std::size_t i) : m_log(log), m_i(i) {}
        reference operator*() const { return (*m_log)[m_i]; }
        pointer operator->() const { return &(*m_log)[m_i]; }
        reference operator[](difference_type n) const { return (*m_log)[m_i + std::size_t(n)]; }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            auto old = *this;
            ++m_i;
            return old;
        }
        const_iterator &operator--()
        {
            --m_i;
            return *this;
        }
        const_iterator operator--(int)
        {
            auto old = *this;
            --m_i;
            return old;
        }
        const_iterator &operator+=(difference_type n)
        {
            m_i += std::size_t(n);
            return *this;
        }
        const_iterator &operator-=(difference_type n)
        {
            m_i -= std::size_t(n);
            return *this;
        }
        friend const_iterator operator+(const_iterator it, difference_type n) { return it += n; }
        friend const_iterator operator+(difference_type n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, difference_type n) { return it -= n; }
        friend difference_type operator-(const const_iterator &a, const const_iterator &b)
        {
            return difference_type(a.m_i) - difference_type(b.m_i);
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i == b.m_i;
        }
        friend bool operator!=(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i != b.m_i;
        }
        friend bool operator<(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i < b.m_i;
        }
        friend bool operator>(const const_iterator &a, const const_iterator &b) { return b < a; }
        friend bool operator<=(const const_iterator &a, const const_iterator &b)
        {
            return !(b < a);
        }
        friend bool operator>=(const const_iterator &a, const const_iterator &b)
        {
            return !(a < b);
        }

    private:
        const HistoryLog *m_log = nullptr;
        std::size_t m_i = 0;
    };

    const_iterator begin() const { return {this, firstKept()}; }
    const_iterator end() const { return {this, m_size}; }

private:
    bool m_keepAll = true;
    std::size_t m_size = 0;
    std::size_t m_dropped = 0; // chunks recycled from the front (tail mode)
    // Each chunk is reserved to kChunk events once and never grows past it, so an event's
    // address is stable for as long as it is kept.
    std::vector<std::vector<HistoryEvent>> m_chunks;
};

} // namespace stepwise::runtime
