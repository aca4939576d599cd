#include "historywriter.h"

#include <cerrno>
#include <cstring>

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
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file) {
        m_error = "cannot write " + path + ": " + std::strerror(errno);
        return false;
    }
    const std::string head = "{\"events\": [";
    m_tail = static_cast<long>(head.size());
    return put(head + kClosing);
}

bool HistoryWriter::write(const HistoryEvent &event)
{
    if (!m_file)
        return false;
    // One fwrite + fflush per event: the event and a fresh closing replace the old closing, so
    // the file on disk is valid JSON between any two events.
    std::string text = m_first ? "\n" : ",\n";
    m_first = false;
    text += event.toJson().dump();
    if (std::fseek(m_file, m_tail, SEEK_SET) != 0) {
        m_error = "cannot write " + m_path + ": " + std::strerror(errno);
        std::fclose(m_file);
        m_file = nullptr;
        return false;
    }
    m_tail += static_cast<long>(text.size());
    return put(text + kClosing);
}

bool HistoryWriter::close()
{
    if (!m_file)
        return m_error.empty();
    const bool ok = std::fclose(m_file) == 0;
    m_file = nullptr;
    if (!ok && m_error.empty())
        m_error = "cannot write " + m_path + ": " + std::strerror(errno);
    return ok && m_error.empty();
}

bool HistoryWriter::put(const std::string &text)
{
    if (std::fwrite(text.data(), 1, text.size(), m_file) != text.size() ||
        std::fflush(m_file) != 0) {
        m_error = "cannot write " + m_path + ": " + std::strerror(errno);
        std::fclose(m_file);
        m_file = nullptr;
        return false;
    }
    return true;
}

} // namespace stepwise::runtime
