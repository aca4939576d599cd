#pragma once

// The public API of the JSONata engine: compile an expression once, evaluate it many times
// against an input, with variable bindings and extra native functions. Nothing here throws:
// syntax and evaluation errors come back as an Error {code, position, message} with the
// reference implementation's codes (S0201, T2001, D3001, U1001, ...).
//
//   stepwise::jsonata::Error err;
//   auto expr = Expression::compile("$sum(items.price) * $rate", &err);
//   if (!expr) report(err.code, err.position, err.message);
//   Result r = expr->evaluate(&input, {{"rate", 1.2}});
//   if (!r.ok()) ... else if (r.undefined) ... else use(r.value);
//
// Threads: a compiled Expression (and a FunctionLibrary) may be used by one thread at a time;
// values are reference-counted without atomics. Compile one per thread to evaluate in parallel.

#include "jsonata/functionlibrary.h"
#include "jsonata/value.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stepwise::jsonata {

struct Program;

/// A syntax or evaluation error. `position` is the byte offset in the expression the reference
/// reports (just after the offending token), or -1 when unknown.
struct Error
{
    std::string code;
    int position = -1;
    std::string token;
    std::string message;
};

/// The outcome of one evaluation: an error, undefined (no value), or a JSON value.
struct Result
{
    Error error;
    bool undefined = false;
    nlohmann::ordered_json value;
    bool ok() const { return error.code.empty(); }
};

struct EvalOptions
{
    /// Bound on nested evaluation steps (0: the default, safe for an 8 MB stack); deeper
    /// recursion ends with U1001. Tail calls do not count against it.
    int maxDepth = 0;
    /// Wall-clock limit in milliseconds (0: none); exceeding it ends with U1001.
    std::int64_t timeoutMs = 0;
    /// Extra native functions ($partition, ...); looked up before the built-ins.
    const FunctionLibrary *functions = nullptr;
};

class Expression
{
public:
    /// Parses `source`; on a syntax error returns nullptr and fills `error` (if given).
    static std::shared_ptr<const Expression> compile(const std::string &source,
                                                     Error *error = nullptr);

    /// Evaluates against `input` (nullptr: undefined input); `bindings` is a JSON object whose
    /// members become variables (`{"states": {...}}` binds `$states`).
    Result evaluate(const nlohmann::ordered_json *input,
                    const nlohmann::ordered_json &bindings = nlohmann::ordered_json::object(),
                    const EvalOptions &options = {}) const;

    /// The same over engine values, for callers that keep inputs converted (benchmarks,
    /// repeated evaluation of one large document). `result` receives the raw value.
    Result evaluateValue(const Value &input,
                         const std::vector<std::pair<std::string, Value>> &bindings,
                         const EvalOptions &options, Value *result = nullptr) const;

    const std::string &source() const;

private:
    std::shared_ptr<Program> m_program;
};

} // namespace stepwise::jsonata
