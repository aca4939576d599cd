#include "historylog.h"

#include <utility>

namespace stepwise::runtime {

HistoryEvent &HistoryLog::emplace_back()
{
    if ((m_size & (kChunk - 1)) == 0 && (m_size >> kChunkBits) - m_dropped == m_chunks.size()) {
        std::vector<HistoryEvent> chunk;
        if (!m_keepAll && m_chunks.size() == 2) {
            // Tail mode: the oldest chunk's memory is reused, already touched and sized.
            chunk = std::move(m_chunks.front());
            chunk.clear();
            m_chunks.erase(m_chunks.begin());
            ++m_dropped;
        } else {
            chunk.reserve(kChunk);
        }
        m_chunks.push_back(std::move(chunk));
    }
    ++m_size;
    return m_chunks.back().emplace_back();
}

void HistoryLog::truncate(std::size_t n)
{
    if (n >= m_size)
        return;
    if (n < firstKept())
        n = firstKept();
    const std::size_t chunks = (n + kChunk - 1) / kChunk - m_dropped; // chunks still holding some
    m_chunks.resize(chunks);
    if (chunks > 0)
        m_chunks.back().resize(n - ((m_dropped + chunks - 1) << kChunkBits));
    m_size = n;
}

void HistoryLog::clear()
{
    m_chunks.clear();
    m_size = 0;
    m_dropped = 0;
}

} // namespace stepwise::runtime
