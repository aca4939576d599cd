#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace stepwise::runtime {

/// The runtime's JSON value: key order is kept, as AWS keeps it in state output.
using Json = nlohmann::ordered_json;
/// JSON shared between the data flow and history events without copying.
using JsonPtr = std::shared_ptr<const Json>;

/// A named ASL error (`States.Runtime`, a Fail state's error, ...) raised while evaluating.
/// The cause is cut at AWS's 32,768 characters: many causes quote the state's input, and a
/// Catch that feeds the error output back into the same state would otherwise double it on
/// every round (found by fuzz_execution).
struct StatesError
{
    static constexpr std::size_t kMaxCauseBytes = 32768;

    std::string error;
    std::string cause;

    StatesError() = default;
    StatesError(std::string errorName, std::string causeText)
        : error(std::move(errorName)), cause(std::move(causeText))
    {
        if (cause.size() > kMaxCauseBytes) {
            std::size_t end = kMaxCauseBytes;
            while (end > 0 && (static_cast<unsigned char>(cause[end]) & 0xC0) == 0x80)
                --end; // do not split a UTF-8 sequence
            cause.resize(end);
        }
    }
};

/// Small value helpers shared by the evaluators.
namespace json_util {
/// Deep equality with numbers compared by value and objects by key set, not key order.
bool equals(const Json &a, const Json &b);
/// Nesting depth, computed without recursion (a deep input must not overflow the stack).
std::size_t depth(const Json &value);
/// Compact serialisation as AWS writes JSON in causes and JsonToString.
std::string dump(const Json &value);
/// Name of a JSON type as messages use it.
const char *typeName(const Json &value);
/// True for integers and for doubles with no fractional part that fit in a long long.
bool isIntegral(const Json &value);
inline JsonPtr share(Json value)
{
    return std::make_shared<const Json>(std::move(value));
}
} // namespace json_util

} // namespace stepwise::runtime
