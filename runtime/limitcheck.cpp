#include "limitcheck.h"

#include <cstdint>
#include <type_traits>
#include <vector>

namespace stepwise::runtime::limits {

namespace {

// Length of a string as nlohmann writes it: quotes, escapes, control characters as \u00XX.
std::size_t quotedSize(const std::string &s)
{
    std::size_t n = 2;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t')
            n += 2;
        else if (c < 0x20)
            n += 6;
        else
            ++n;
    }
    return n;
}

// Digits (and sign) of an integer as written: computed, because dumping each number through
// nlohmann's serializer (a string and a locale lookup per number) was a fifth of a loop run.
template <typename Int> std::size_t integerSize(Int v)
{
    std::size_t n = 1;
    unsigned long long u;
    if constexpr (std::is_signed_v<Int>) {
        if (v < 0) {
            ++n;
            u = 0ULL - static_cast<unsigned long long>(v);
        } else {
            u = static_cast<unsigned long long>(v);
        }
    } else {
        u = v;
    }
    while (u >= 10) {
        u /= 10;
        ++n;
    }
    return n;
}

} // namespace

std::size_t serialisedSize(const Json &value, std::size_t stopAfter)
{
    // Iterative, like every walk over outside data: a deep value must not exhaust the stack.
    std::size_t total = 0;
    std::vector<const Json *> work{&value};
    while (!work.empty() && total <= stopAfter) {
        const Json *v = work.back();
        work.pop_back();
        if (v->is_object()) {
            total += 2 + (v->empty() ? 0 : v->size() - 1); // braces and commas
            for (auto it = v->begin(); it != v->end(); ++it) {
                total += quotedSize(it.key()) + 1; // key and colon
                work.push_back(&it.value());
            }
        } else if (v->is_array()) {
            total += 2 + (v->empty() ? 0 : v->size() - 1);
            for (const auto &item : *v)
                work.push_back(&item);
        } else if (v->is_string()) {
            total += quotedSize(v->get_ref<const std::string &>());
        } else if (v->is_number_integer() && !v->is_number_unsigned()) {
            total += integerSize(v->get<std::int64_t>());
        } else if (v->is_number_unsigned()) {
            total += integerSize(v->get<std::uint64_t>());
        } else if (v->is_boolean()) {
            total += v->get<bool>() ? 4 : 5;
        } else if (v->is_null()) {
            total += 4;
        } else {
            total += v->dump().size(); // floating point: the shortest round-trip form
        }
    }
    return total;
}

std::optional<StatesError> checkPayload(const Json &value, PayloadKind kind,
                                        const std::string &stateName)
{
    if (serialisedSize(value, kMaxPayloadBytes) <= kMaxPayloadBytes)
        return std::nullopt;
    std::string what;
    switch (kind) {
    case PayloadKind::StateInput:
        what = "The state '" + stateName + "' received an input with a size exceeding";
        break;
    case PayloadKind::StateOutput:
        what = "The state '" + stateName + "' produced an output with a size exceeding";
        break;
    case PayloadKind::TaskResult:
        what = "The state/task '" + stateName + "' returned a result with a size exceeding";
        break;
    case PayloadKind::ExecutionInput:
        what = "The execution input has a size exceeding";
        break;
    }
    return StatesError{"States.DataLimitExceeded",
                       what + " the maximum number of bytes service limit (" +
                           std::to_string(kMaxPayloadBytes) + " bytes)."};
}

std::optional<StatesError> checkMapItems(std::size_t count, const std::string &stateName)
{
    if (count <= kMaxMapItems)
        return std::nullopt;
    return StatesError{"States.Runtime", "The Map state '" + stateName + "' was given " +
                                             std::to_string(count) + " items; at most " +
                                             std::to_string(kMaxMapItems) + " are supported."};
}

} // namespace stepwise::runtime::limits
