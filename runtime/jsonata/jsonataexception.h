#pragma once

// The error the lexer, parser and evaluator throw internally. It never leaves the public API
// (jsonata.h turns it into an Error struct); it carries the reference's error code and the
// fields its message templates use.

#include "jsonata/value.h"

#include <string>

namespace stepwise::jsonata {

struct JsonataException
{
    std::string code;
    int position = -1;
    std::string token;
    bool hasToken = false;
    Value value;
    Value value2;
    int index = -1;
    std::string message; // set explicitly ($error, $assert) or by a native extension
    std::string extra;   // e.g. the function name of D3140, the array type of T0412
    Value exponent;      // D3061

    JsonataException() = default;
    explicit JsonataException(std::string c) : code(std::move(c)) {}
    JsonataException(std::string c, int pos) : code(std::move(c)), position(pos) {}
    JsonataException &withToken(std::string t)
    {
        token = std::move(t);
        hasToken = true;
        return *this;
    }
    JsonataException &withValue(Value v)
    {
        value = std::move(v);
        return *this;
    }
    JsonataException &withIndex(int i)
    {
        index = i;
        return *this;
    }

    /// The message as the reference words it, with the fields substituted.
    std::string formatMessage() const;
};

} // namespace stepwise::jsonata
