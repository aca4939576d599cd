#pragma once

#include "workflowdata.h"

#include <string>
#include <string_view>

namespace stepwise {

/// Parses JSON read from a file without ever throwing, through the runtime's json_util::parse:
/// nlohmann throws on a number beyond a double (1e309) and on malformed text; here both become
/// a message with a place (line, and column in characters as an editor counts them), and
/// nesting beyond the limit is refused while parsing, before any recursive walk sees it.
namespace json_text {

struct Result
{
    bool ok = false;
    std::string error; // what is wrong, without the place
    int line = 0, column = 0;
};

/// Deepest nesting of arrays and objects a file may have.
inline constexpr std::size_t kMaxDepth = 512;

Result parse(std::string_view text, OrderedJson &out, std::size_t maxDepth = kMaxDepth);

} // namespace json_text

} // namespace stepwise
