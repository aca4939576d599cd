#pragma once

#include "historyevent.h"

#include <string>

namespace stepwise::runtime {

/// Streams history events to a file as GetExecutionHistory JSON (`{"events": [...]}`) while
/// they happen. After every event the file is complete, valid JSON: the closing `]}` is written
/// with each event and overwritten by the next one, in one write() call, so a run that stops
/// at the event limit or is aborted leaves a readable file of everything that happened up to
/// then. (A SIGKILL that lands inside that one write of a large event can still cut it.)
class HistoryWriter
{
public:
    HistoryWriter() = default;
    ~HistoryWriter();
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    /// Creates (truncates) `path`; false with error() when it cannot.
    bool open(const std::string &path);
    /// Appends one event; false (and stays false) after a write error.
    bool write(const HistoryEvent &event);
    bool close();
    const std::string &error() const { return m_error; }
    bool isOpen() const { return m_fd >= 0; }

private:
    /// Writes `text` at the closing's place; the closing then starts `advance` bytes later.
    bool put(const std::string &text, long long advance);

    int m_fd = -1;
    std::string m_path, m_error;
    long long m_tail = 0; // where the closing "]}" starts
    bool m_first = true;
};

} // namespace stepwise::runtime
