#pragma once

// UTF-8 helpers: JSONata's string functions count characters (code points), not bytes.

#include <string>
#include <string_view>
#include <vector>

namespace stepwise::jsonata::utf8 {

/// Appends a code point (lone surrogates are written as their 3-byte form).
void append(std::string &out, unsigned cp);
/// The code points of a UTF-8 string (invalid bytes decode as themselves).
std::vector<unsigned> decode(std::string_view s);
std::string encode(const std::vector<unsigned> &cps, std::size_t from, std::size_t to);
/// Number of code points.
std::size_t length(std::string_view s);
/// Length in UTF-16 code units, as JavaScript measures strings.
std::size_t utf16Length(std::string_view s);

} // namespace stepwise::jsonata::utf8
