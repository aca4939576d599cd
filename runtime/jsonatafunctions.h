#pragma once

#include "jsonata/functionlibrary.h"

#include <memory>
#include <random>

namespace stepwise::runtime {

/// The functions AWS Step Functions adds to JSONata ($partition, $range, $hash, $random with a
/// seed, $uuid, $parse) and its refusal of $eval. `rng` draws the unseeded random numbers and
/// UUIDs, so that an execution with a given seed always gives the same ones; it must outlive
/// the library. One library per execution: JSONata values are not shared across threads.
std::unique_ptr<jsonata::FunctionLibrary> makeStepFunctionsLibrary(std::mt19937_64 *rng);

/// The code a refusal by one of these functions carries (the cause shows only its message).
inline constexpr const char *kStepFunctionsErrorCode = "States.QueryEvaluationError";

} // namespace stepwise::runtime
