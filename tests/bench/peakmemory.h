#pragma once

#include <cstdlib>
#include <fstream>
#include <string>

namespace stepwise::bench {

/// The process's peak resident memory so far (VmHWM), in KiB; -1 where /proc is not there.
inline long peakKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::atol(line.c_str() + 6);
    return -1;
}

} // namespace stepwise::bench
