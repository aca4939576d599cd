#pragma once

// A compiled regex literal. JSONata regexes follow JavaScript's syntax; std::regex's ECMAScript
// grammar covers what JSONata expressions use (classes, groups, lazy quantifiers, i and m flags).
//
// libstdc++'s std::regex recurses on the C++ stack: its compiler once per term of the pattern,
// and its default (backtracking) matcher once per character of the text. A long picture or a
// long text overflowed the stack (fuzz_jsonata). So every pattern here is built with
// libstdc++'s polynomial (Thompson) executor, whose recursion is bounded by the pattern, not the
// text, and compiling and matching first check that the stack left on this thread holds what
// the pattern may need; when it does not, the expression fails with U1003 instead of crashing.

#include <memory>
#include <regex>
#include <string>

namespace stepwise::jsonata {

struct Regex
{
    std::string source;
    std::string flags;
    std::regex re;
    /// A back-reference needs libstdc++'s backtracking matcher, which recurses per character.
    bool backtracks = false;

    /// Compiles `pattern`; an invalid pattern is error S0303 at `position`, one too large for
    /// the stack left is U1003.
    static std::shared_ptr<Regex> compile(const std::string &pattern, const std::string &flags,
                                          int position);

    /// std::regex_search over [begin, end), or U1003 when the stack left cannot hold the match.
    bool search(std::string::const_iterator begin, std::string::const_iterator end,
                std::smatch &match, std::regex_constants::match_flag_type flags) const;
};

/// Builds a std::regex with the polynomial executor after checking the stack left can hold
/// compiling and matching `pattern` (U1003 otherwise). For patterns made by the engine itself.
std::regex compileBoundedRegex(const std::string &pattern, std::regex::flag_type options);

/// U1003 unless the stack left can hold matching a pattern of `patternSize` characters built by
/// compileBoundedRegex (for a cached pattern matched deeper in the stack than it was built).
void requireRegexStack(std::size_t patternSize);

} // namespace stepwise::jsonata
