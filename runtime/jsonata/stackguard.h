#pragma once

// Keeps the engine's recursion inside the C++ stack of the calling thread. The evaluator and the
// recursive value helpers compare the current stack position with a limit computed once per
// thread from the thread's real stack bounds, and fail with U1001 instead of crashing. This
// holds whatever the thread's stack size, build type or sanitizer.

#include <cstddef>

namespace stepwise::jsonata {

class StackGuard
{
public:
    /// True when less than the safety margin is left on this thread's stack.
    static bool exhausted()
    {
        char probe = 0;
        return &probe < limit();
    }
    /// Bytes of stack left on this thread above the safety margin (0 when exhausted).
    static std::size_t available()
    {
        char probe = 0;
        return &probe > limit() ? static_cast<std::size_t>(&probe - limit()) : 0;
    }
    /// Throws U1001 (stack overflow) when exhausted().
    static void check();

private:
    static const char *limit();
};

} // namespace stepwise::jsonata
