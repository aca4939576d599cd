#pragma once

// Comparison of a runtime result with a recorded or oracle result: numbers by value, objects by
// key set, and (for volatile recordings) the placeholders the conformance README describes.

#include "jsonutil.h"

#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace stepwise::rttest {

using stepwise::runtime::Json;

/// Recorded strings outside angle brackets that stand for run-specific values as well.
inline bool isBarePlaceholder(const std::string &s)
{
    return s == "RandomNumberGenerated" || s == "generated-uuid" || s == "start-time" ||
           s == "entered-time" || s == "snf_role_arn";
}

inline bool placeholderMatch(const std::string &expected, const std::string &actual)
{
    if (expected.find('<') == std::string::npos)
        return expected == actual;
    std::string pattern;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        char c = expected[i];
        if (c == '<') {
            std::size_t close = expected.find('>', i);
            if (close != std::string::npos) {
                pattern += ".*";
                i = close;
                continue;
            }
        }
        if (std::string("\\^$.|?*+()[]{}").find(c) != std::string::npos)
            pattern += '\\';
        pattern += c;
    }
    return std::regex_match(actual, std::regex(pattern));
}

/// Appends the first difference to `why` (a JSON-pointer-like place).
inline bool jsonMatches(const Json &expected, const Json &actual, bool isVolatile, std::string &why,
                        const std::string &at = "$")
{
    if (isVolatile && expected.is_string()) {
        const std::string &e = expected.get_ref<const std::string &>();
        if (isBarePlaceholder(e))
            return true;
        if (actual.is_string() && placeholderMatch(e, actual.get<std::string>()))
            return true;
    }
    if (expected.is_number() && actual.is_number()) {
        if (stepwise::runtime::json_util::equals(expected, actual))
            return true;
    } else if (expected.is_object() && actual.is_object()) {
        if (expected.size() == actual.size()) {
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                auto other = actual.find(it.key());
                if (other == actual.end()) {
                    why = at + "." + it.key() + " is missing";
                    return false;
                }
                if (!jsonMatches(it.value(), *other, isVolatile, why, at + "." + it.key()))
                    return false;
            }
            return true;
        }
    } else if (expected.is_array() && actual.is_array()) {
        if (expected.size() == actual.size()) {
            for (std::size_t i = 0; i < expected.size(); ++i)
                if (!jsonMatches(expected[i], actual[i], isVolatile, why,
                                 at + "[" + std::to_string(i) + "]"))
                    return false;
            return true;
        }
    } else if (expected == actual) {
        return true;
    }
    why = at + ": expected " + expected.dump() + ", got " + actual.dump();
    return false;
}

/// AWS passes input and output as JSON text; recordings keep some as strings of JSON.
inline Json fromRecorded(const Json &value)
{
    if (!value.is_string())
        return value;
    Json parsed = Json::parse(value.get<std::string>(), nullptr, false);
    return parsed.is_discarded() ? value : parsed;
}

/// LocalStack's snapshots mask timestamp strings in recorded inputs and outputs as "timestamp"
/// or "date" (seen in the Wait recordings). Where the recorded cause quotes the value AWS was
/// given, that value is put back; a masked value the recording does not quote becomes a valid
/// timestamp. `masks` maps each value put back to its mask, for the results to be compared.
struct Unmasked
{
    Json input;
    std::vector<std::pair<std::string, std::string>> masks;
};

inline Unmasked unmaskInput(const Json &recordedCase)
{
    Unmasked out{fromRecorded(recordedCase.value("input", Json())), {}};
    if (!out.input.is_object())
        return out;
    const Json &expected = recordedCase.value("expected", Json::object());
    std::string quoted;
    if (auto cause = expected.find("cause"); cause != expected.end() && cause->is_string()) {
        const std::string &c = cause->get_ref<const std::string &>();
        const std::string marker = "format string: ";
        if (auto at = c.rfind(marker); at != std::string::npos) {
            quoted = c.substr(at + marker.size());
            if (auto eq = quoted.find(" == "); eq != std::string::npos) // JSONPath: "$.x == v"
                quoted = quoted.substr(eq + 4);
        }
    }
    for (auto it = out.input.begin(); it != out.input.end(); ++it) {
        if (!it->is_string())
            continue;
        const std::string mask = it->get<std::string>();
        if (mask != "timestamp" && mask != "date")
            continue;
        const std::string real = quoted.empty() ? std::string("2016-03-14T01:59:00Z") : quoted;
        *it = real;
        out.masks.emplace_back(real, mask);
    }
    return out;
}

/// Replaces every string equal to a value put back by its mask (see unmaskInput).
inline void applyMasks(Json &value, const std::vector<std::pair<std::string, std::string>> &masks)
{
    if (masks.empty())
        return;
    if (value.is_string()) {
        for (const auto &[real, mask] : masks)
            if (value.get_ref<const std::string &>() == real)
                value = mask;
    } else if (value.is_structured()) {
        for (auto &item : value)
            applyMasks(item, masks);
    }
}

} // namespace stepwise::rttest
