#include "jsonata/stackguard.h"

#include "jsonata/jsonataexception.h"

#include <cstddef>
#include <cstdint>

#if defined(__linux__) || defined(__APPLE__)
#include <pthread.h>
#endif

namespace stepwise::jsonata {

namespace {
// Room left for the frames between two checks and for library code (std::regex, allocation).
constexpr std::size_t safetyMargin = 512 * 1024;
// When the stack bounds are unknown, assume this much is available from the first call.
constexpr std::size_t assumedStack = 1024 * 1024;

const char *computeLimit()
{
    char probe = 0;
    // as an integer: the probe's address only marks where this thread's stack is now
    const std::uintptr_t here = reinterpret_cast<std::uintptr_t>(&probe);
#if defined(__linux__)
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        void *addr = nullptr;
        std::size_t size = 0;
        int rc = pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
        if (rc == 0 && addr && size > safetyMargin * 2)
            return static_cast<const char *>(addr) + safetyMargin;
    }
#elif defined(__APPLE__)
    const char *top = static_cast<const char *>(pthread_get_stackaddr_np(pthread_self()));
    std::size_t size = pthread_get_stacksize_np(pthread_self());
    if (top && size > safetyMargin * 2)
        return top - size + safetyMargin;
#endif
    return reinterpret_cast<const char *>(here - (assumedStack - safetyMargin));
}
} // namespace

const char *StackGuard::limit()
{
    thread_local const char *cached = computeLimit();
    return cached;
}

void StackGuard::check()
{
    if (exhausted()) {
        JsonataException e("U1001");
        e.message = "Stack overflow error: Check for non-terminating recursive function.  "
                    "Consider rewriting as tail-recursive.";
        throw e;
    }
}

} // namespace stepwise::jsonata
