#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace stepwise::runtime::timestamp {

/// Milliseconds since 1970-01-01T00:00:00Z of an RFC 3339 / ISO-8601 extended offset date-time
/// (`2016-03-14T01:59:00Z`, `2016-03-14T01:59:00.123+02:00`); nullopt when it is not one.
std::optional<std::int64_t> parse(std::string_view text);
/// Nanosecond precision for Choice comparisons (fractions beyond milliseconds matter there).
std::optional<std::int64_t> parseNanos(std::string_view text);
/// `2016-03-14T01:59:00.000Z`, as AWS writes times in the context object and history.
std::string format(std::int64_t epochMillis);

} // namespace stepwise::runtime::timestamp
