#include "historywriter.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace stepwise::runtime {

namespace {
const char kClosing[] = "\n]}\n";
}

HistoryWriter::~HistoryWriter()
{
    close();
}

bool HistoryWriter::open(const std::string &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_first = true;
    m_tail = 0;
    m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    const std::string head = "{\"events\": [";
    return put(head + kClosing, static_cast<long long>(head.size()));
}

bool HistoryWriter::write(const HistoryEvent &event)
{
    if (m_fd < 0)
        return false;
    std::string text = m_first ? "\n" : ",\n";
    m_first = false;
    text += event.toJson().dump();
    const auto length = static_cast<long long>(text.size());
    // The event and a fresh closing go over the old closing in one call: no stdio buffer
    // splits it, so the file on disk is valid JSON between any two events.
    return put(text + kClosing, length);
}

bool HistoryWriter::close()
{
    if (m_fd < 0)
        return m_error.empty();
    const bool ok = ::close(m_fd) == 0;
    m_fd = -1;
    if (!ok && m_error.empty())
        m_error = "cannot write " + m_path + ": " + std::strerror(errno);
    return ok && m_error.empty();
}

bool HistoryWriter::put(const std::string &text, long long advance)
{
    std::size_t done = 0;
    while (done < text.size()) {
        ssize_t n = ::pwrite(m_fd, text.data() + done, text.size() - done,
                             static_cast<off_t>(m_tail + static_cast<long long>(done)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_error = "cannot write " + m_path + ": " + std::strerror(errno);
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    m_tail += advance;
    return true;
}

} // namespace stepwise::runtime
