#pragma once

#include "jsonutil.h"

#include <string>
#include <string_view>

namespace stepwise::runtime {

/// Parses JSON that comes from outside (files, standard input, scripts, mocks, answers typed in
/// a panel) without ever throwing: nlohmann throws on a number beyond a double (1e309) and on
/// malformed text, and its recursive serialiser would overflow the stack on deep nesting, so
/// every outside value goes through here and gets a message with line and column instead.
struct JsonParseResult
{
    bool ok = false;
    std::string error; // "line L, column C: what is wrong" when !ok
    std::string what;  // what is wrong, without the place
    std::size_t line = 0, column = 0;
    /// The column counted in characters (an editor's column) rather than UTF-8 bytes.
    std::size_t characterColumn = 0;
};

namespace json_util {
/// Deepest nesting of arrays and objects accepted from outside.
inline constexpr std::size_t kMaxParseDepth = 512;
/// Largest text accepted from outside (the file-size limit): 64 MiB.
inline constexpr std::size_t kMaxTextBytes = 64u << 20;

JsonParseResult parse(std::string_view text, Json &out, std::size_t maxDepth = kMaxParseDepth);
} // namespace json_util

} // namespace stepwise::runtime
