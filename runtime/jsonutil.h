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
struct StatesError
{
    std::string error;
    std::string cause;
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
