#pragma once

#include "jsonutil.h"

#include <string>

namespace stepwise::runtime {

/// An answer to a pending callback as a script, a panel or a test gives it:
/// `{"success": OUTPUT}` or `{"failure": {"error": "Name", "cause": "why"}}` (both optional
/// strings). Reading checks every part, so a malformed answer is refused with a message and the
/// execution keeps waiting instead of taking it half understood.
struct CallbackAnswer
{
    bool success = false;
    Json output;
    std::string error, cause;

    /// Fills `out` from `answer`; returns "" or what is wrong with it.
    static std::string read(const Json &answer, CallbackAnswer &out);
};

} // namespace stepwise::runtime
