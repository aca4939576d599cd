#pragma once

// Extra native functions for the JSONata engine, such as the ones AWS Step Functions adds
// ($partition, $range, $hash, $random, $uuid, $parse). A function registered under a built-in's
// name replaces it, which is also how a host refuses one (AWS refuses $eval): register a
// callback that throws FunctionError.

#include "jsonata/value.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stepwise::jsonata {

/// Thrown by a callback to fail the evaluation with this code and message.
struct FunctionError
{
    std::string code;
    std::string message;
};

class FunctionLibrary
{
public:
    /// Arguments arrive validated against the signature; an undefined argument is nullopt.
    /// Return nullopt for an undefined result.
    using Callback = std::function<std::optional<nlohmann::ordered_json>(
        const std::vector<std::optional<nlohmann::ordered_json>> &args)>;

    /// Registers `$name`. `signature` uses JSONata's syntax (e.g. "<an:a>", "<s-:s>"); empty
    /// accepts any arguments. `arity` is what higher-order functions pass it.
    void add(const std::string &name, const std::string &signature, Callback callback);

    /// The registered functions as engine values (used by the evaluator).
    const std::vector<std::pair<std::string, Value>> &entries() const { return m_entries; }

private:
    std::vector<std::pair<std::string, Value>> m_entries;
};

} // namespace stepwise::jsonata
