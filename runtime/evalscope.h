#pragma once

#include "jsonpath.h"

#include <cstdint>
#include <functional>
#include <random>

namespace stepwise::runtime {

/// What a path, a template or an intrinsic is evaluated against: the data (`$`), the context
/// object (`$$`, built only when asked for), the workflow variables and the seeded generator.
struct EvalScope
{
    const Json *input = nullptr;
    std::function<const Json &()> context;
    const Json *variables = nullptr;
    std::mt19937_64 *rng = nullptr;

    /// The value `path` starts from, or nullptr for an unknown variable.
    const Json *rootFor(const JsonPath &path) const
    {
        switch (path.root()) {
        case JsonPath::Root::Input:
            return input;
        case JsonPath::Root::Context:
            return context ? &context() : nullptr;
        case JsonPath::Root::Variable:
            if (!variables || !variables->is_object())
                return nullptr;
            auto it = variables->find(path.variable());
            return it == variables->end() ? nullptr : &*it;
        }
        return nullptr;
    }
    /// Evaluates `path`; false when it selects nothing.
    bool evaluate(const JsonPath &path, Json &out) const
    {
        const Json *root = rootFor(path);
        return root && path.evaluate(*root, out);
    }
};

} // namespace stepwise::runtime
