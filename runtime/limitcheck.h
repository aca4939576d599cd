#pragma once

#include "jsonutil.h"

#include <cstddef>
#include <optional>
#include <string>

namespace stepwise::runtime {

/// The limits the runtime and the command line enforce, in one place so that the README's
/// Limits section, the checks and their tests agree. AWS's own quotas where AWS has one.
namespace limits {
/// A definition, input, mock config or script file read from outside.
inline constexpr std::size_t kMaxFileBytes = 16u << 20;
/// AWS: a state's input or output, a task result, an execution's input (256 KiB).
inline constexpr std::size_t kMaxPayloadBytes = 256u * 1024u;
/// States in a definition, all nesting levels together.
inline constexpr std::size_t kMaxStates = 10000;
/// Items one Map state iterates over.
inline constexpr std::size_t kMaxMapItems = 10000;
/// AWS: a state name is at most 80 characters.
inline constexpr std::size_t kMaxStateNameLength = 80;
/// AWS SendTaskFailure: error at most 256 characters, cause at most 32,768.
inline constexpr std::size_t kMaxErrorLength = 256;
inline constexpr std::size_t kMaxCauseLength = 32768;

/// Bytes of `value` serialised compactly, counting only up to `stopAfter` (a huge payload is
/// not serialised just to learn that it is too big).
std::size_t serialisedSize(const Json &value, std::size_t stopAfter);

/// What a payload is, for the message: AWS words it per place.
enum class PayloadKind { StateInput, StateOutput, TaskResult, ExecutionInput };

/// The 256 KiB payload check. Returns `States.DataLimitExceeded` with AWS's wording when
/// `value` is larger, nothing otherwise. The execution calls it where a state's input is
/// entered, a task's result is received and a state's output is produced.
std::optional<StatesError> checkPayload(const Json &value, PayloadKind kind,
                                        const std::string &stateName);

/// The Map items check: `States.Runtime` when a Map state is given more than kMaxMapItems.
std::optional<StatesError> checkMapItems(std::size_t count, const std::string &stateName);
} // namespace limits

} // namespace stepwise::runtime
