#pragma once

// The picture-string functions of JSONata ($formatNumber, $formatInteger, $parseInteger,
// $fromMillis, $toMillis) as plain functions over C++ values, so the evaluator only converts
// arguments and results. Behaviour follows jsonata-js 2.x (which follows XPath F&O 3.1), with
// its error codes (D3080..D3139) so that messages match the reference.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace stepwise::jsonata {

/// A formatting outcome: text, or a JSONata error code with its message.
struct FormatResult
{
    std::string value;
    std::string errorCode; // empty on success, otherwise e.g. "D3133"
    std::string errorMessage;
    bool ok() const { return errorCode.empty(); }
};

/// A parsing outcome: a number, nothing (JSONata `undefined`), or an error.
struct ParseResult
{
    std::optional<double> value; // empty with an empty errorCode: the result is undefined
    std::string errorCode;
    std::string errorMessage;
    bool ok() const { return errorCode.empty(); }
};

/// $formatNumber(number, picture [, options]); options is a JSON object or null.
FormatResult formatNumber(double value, const std::string &picture,
                          const nlohmann::json &options = nullptr);
/// $formatInteger(number, picture).
FormatResult formatInteger(double value, const std::string &picture);
/// $parseInteger(string, picture).
ParseResult parseInteger(const std::string &text, const std::string &picture);
/// $fromMillis(millis [, picture [, timezone]]): without a picture, ISO 8601 with milliseconds
/// in UTC (or in the timezone, given as "±HHMM").
FormatResult fromMillis(std::int64_t millis, const std::optional<std::string> &picture,
                        const std::optional<std::string> &timezone);
/// $toMillis(timestamp [, picture]): without a picture, an ISO 8601 timestamp. An unparsable
/// timestamp without a picture is error D3110; with a picture that does not match, undefined.
ParseResult toMillis(const std::string &timestamp, const std::optional<std::string> &picture);

} // namespace stepwise::jsonata
