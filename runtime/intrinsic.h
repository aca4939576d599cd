#pragma once

#include "evalscope.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stepwise::runtime {

/// A compiled intrinsic call such as `States.Format('{} {}', $.a, States.MathAdd($.b, 1))`.
/// Parsed once when the definition is compiled; nesting is limited to kMaxDepth calls.
class Intrinsic
{
public:
    static constexpr int kMaxDepth = 10;

    /// True when `text` looks like an intrinsic call (starts with `States.` and a name).
    static bool looksLikeCall(std::string_view text);
    static std::shared_ptr<const Intrinsic> parse(std::string_view text, std::string *error);

    /// Throws StatesError{States.IntrinsicFailure} (or States.Runtime) when evaluation fails.
    Json evaluate(const EvalScope &scope) const;

    const std::string &name() const { return m_name; }

    struct Arg
    {
        Json literal;
        std::optional<JsonPath> path;
        std::shared_ptr<const Intrinsic> call;
    };
    /// The parsed arguments (the JSONata converter translates them one by one).
    const std::vector<Arg> &arguments() const { return m_args; }

private:
    friend class IntrinsicParser;
    std::string m_name;
    int m_index = -1;
    std::string m_text;
    std::vector<Arg> m_args;
};

/// Index of a known function name in the table of the 18, or -1.
int intrinsicIndex(std::string_view name);
/// The 18 functions, called with evaluated arguments.
Json callIntrinsic(int index, std::vector<Json> &args, const EvalScope &scope);

} // namespace stepwise::runtime
