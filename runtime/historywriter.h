#pragma once

#include "historyevent.h"

#include <cstdio>
#include <string>

namespace stepwise::runtime {

/// Streams history events to a file as GetExecutionHistory JSON (`{"events": [...]}`) while
/// they happen. After every event the file is complete, valid JSON: the closing `]}` is written
/// with each event and overwritten by the next one, so a run that is killed or stops at the
/// event limit leaves a readable file of everything that happened up to then.
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
    bool isOpen() const { return m_file != nullptr; }

private:
    bool put(const std::string &text);

    std::FILE *m_file = nullptr;
    std::string m_path, m_error;
    long m_tail = 0; // where the closing "]}" starts
    bool m_first = true;
};

} // namespace stepwise::runtime
