#pragma once

// Breaking the reference cycles closures make (see expression.cpp), for the evaluations that
// own scopes: Expression's and $eval's.

#include "jsonata/frame.h"

#include <memory>
#include <vector>

namespace stepwise::jsonata {

/// Empties every scope in `closureFrames` and its enclosing scopes up to, not including,
/// `stop`; a scope not below `stop` is left alone.
void breakClosureCycles(const std::vector<std::weak_ptr<Frame>> &closureFrames, const Frame *stop);

} // namespace stepwise::jsonata
