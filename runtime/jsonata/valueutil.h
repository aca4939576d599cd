#pragma once

// Operations on values that the evaluator and the built-ins share: field lookup over sequences,
// append, deep equality, JavaScript's number and JSON formatting, and conversion to and from
// nlohmann JSON.

#include "jsonata/value.h"

#include <nlohmann/json.hpp>

#include <string>

namespace stepwise::jsonata::vutil {

/// `input.key` over objects and (flattening one level) over arrays.
Value lookup(const Value &input, const std::string &key);
/// Deepest nesting of arrays/objects the recursive helpers below accept; deeper values end the
/// evaluation with error U1001 rather than overflowing the stack.
constexpr int maxNesting = 5000;
/// Throws the nesting error when `depth` exceeds maxNesting.
void checkNesting(int depth);

/// The `@` member of a tuple (nullptr when the value is not a tuple or has none).
inline const Value *tupleFocus(const Value &tuple)
{
    return tuple.isObject() ? tuple.object().find("@") : nullptr;
}
/// $append: concatenation, with non-arrays treated as singletons.
Value append(const Value &a, const Value &b);
bool deepEquals(const Value &a, const Value &b);
bool isArrayOfNumbers(const Value &v);
bool isArrayOfStrings(const Value &v);
/// Items of an array, or the value itself as one item (nothing for undefined).
std::vector<Value> asItems(const Value &v);

/// JavaScript's Number.prototype.toString().
std::string jsNumber(double d);
/// Number(d.toPrecision(15)), as $string rounds numbers.
double precision15(double d);
/// JSON.stringify with $string's replacer (15 significant digits, functions as "").
/// Throws D1001 for a non-finite number inside a structure.
std::string stringify(const Value &v, bool pretty);
/// Appends a JSON string literal (JSON.stringify's escaping).
void quote(std::string &out, const std::string &s);

/// Deep copy of arrays and objects (functions are shared).
Value clone(const Value &v);

Value fromJson(const nlohmann::ordered_json &j);
Value fromJson(const nlohmann::json &j);
/// Undefined inside arrays becomes null and inside objects is dropped, as JSON.stringify does;
/// functions become "". Integral numbers become JSON integers.
nlohmann::ordered_json toJson(const Value &v);

} // namespace stepwise::jsonata::vutil
