#pragma once

// Comparison of a runtime result with a recorded or oracle result: numbers by value, objects by
// key set, and (for volatile recordings) the placeholders the conformance README describes.

#include "jsonutil.h"

#include <regex>
#include <string>

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

} // namespace stepwise::rttest
