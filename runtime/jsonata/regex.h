#pragma once

// A compiled regex literal. JSONata regexes follow JavaScript's syntax; std::regex's ECMAScript
// grammar covers what JSONata expressions use (classes, groups, lazy quantifiers, i and m flags).

#include <memory>
#include <regex>
#include <string>

namespace stepwise::jsonata {

struct Regex
{
    std::string source;
    std::string flags;
    std::regex re;

    /// Compiles `pattern`; an invalid pattern is error S0303 at `position`.
    static std::shared_ptr<Regex> compile(const std::string &pattern, const std::string &flags,
                                          int position);
};

} // namespace stepwise::jsonata
