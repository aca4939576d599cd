// Numeric built-ins: conversion, rounding, arithmetic, aggregation and the picture-string
// formatters (which delegate to jsonataformat.h).

#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/jsonataformat.h"
#include "jsonata/valueutil.h"

#include <cmath>
#include <cstdlib>
#include <random>

namespace stepwise::jsonata::builtins {

namespace {

bool allDigits(const std::string &s, std::size_t from, int base)
{
    if (from >= s.size())
        return false;
    for (std::size_t i = from; i < s.size(); ++i) {
        char c = s[i];
        int d = (c >= '0' && c <= '9')   ? c - '0'
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                         : 99;
        if (d >= base)
            return false;
    }
    return true;
}

bool isDecimal(const std::string &s)
{
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    std::size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    if (i == start)
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        std::size_t f = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        if (i == f)
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        std::size_t e = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i;
        if (i == e)
            return false;
    }
    return i == s.size();
}

Value numberFn(NativeCall &c)
{
    const Value &arg = c.arg(0);
    if (arg.isUndefined())
        return Value();
    if (arg.isNumber())
        return arg;
    if (arg.isBool())
        return Value(arg.boolean() ? 1.0 : 0.0);
    if (arg.isString()) {
        const std::string &s = arg.string();
        if (isDecimal(s)) {
            double d = std::strtod(s.c_str(), nullptr);
            if (std::isfinite(d))
                return Value(d);
        }
        if (s.size() > 2 && s[0] == '0') {
            char p = s[1];
            int base = (p == 'x' || p == 'X')   ? 16
                       : (p == 'o' || p == 'O') ? 8
                       : (p == 'b' || p == 'B') ? 2
                                                : 0;
            if (base && allDigits(s, 2, base))
                return Value(static_cast<double>(std::strtoull(s.c_str() + 2, nullptr, base)));
        }
    }
    JsonataException e("D3030");
    e.value = arg;
    e.index = 1;
    throw e;
}

double jsRound(double arg, double precision, bool hasPrecision)
{
    if (hasPrecision && precision != 0) {
        // shift the decimal point in text, so that the scaling is exact
        std::string s = vutil::jsNumber(arg);
        auto e = s.find('e');
        double exp = e == std::string::npos ? 0 : std::strtod(s.c_str() + e + 1, nullptr);
        std::string mant = s.substr(0, e);
        arg = std::strtod((mant + "e" + vutil::jsNumber(exp + precision)).c_str(), nullptr);
    }
    double result = std::floor(arg + 0.5);
    double diff = result - arg;
    if (std::fabs(diff) == 0.5 && std::fabs(std::fmod(result, 2)) == 1)
        result -= 1;
    if (hasPrecision && precision != 0) {
        std::string s = vutil::jsNumber(result);
        auto e = s.find('e');
        double exp = e == std::string::npos ? 0 : std::strtod(s.c_str() + e + 1, nullptr);
        std::string mant = s.substr(0, e);
        result = std::strtod((mant + "e" + vutil::jsNumber(exp - precision)).c_str(), nullptr);
    }
    if (result == 0)
        result = 0; // no negative zero in JSON
    return result;
}

Value unaryMath(NativeCall &c, double (*fn)(double))
{
    if (c.arg(0).isUndefined())
        return Value();
    double r = fn(c.arg(0).number());
    return Value(r == 0 ? 0.0 : r);
}

std::string toRadix(double value, int radix)
{
    bool neg = value < 0;
    unsigned long long n = static_cast<unsigned long long>(std::fabs(value));
    std::string out;
    do {
        int d = static_cast<int>(n % static_cast<unsigned long long>(radix));
        out.insert(out.begin(), static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10));
        n /= static_cast<unsigned long long>(radix);
    } while (n);
    return neg ? "-" + out : out;
}

JsonataException formatError(const std::string &code, const std::string &message)
{
    JsonataException e(code);
    e.message = message;
    return e;
}

Value aggregate(NativeCall &c, int kind)
{
    const Value &arr = c.arg(0);
    if (arr.isUndefined())
        return Value();
    const auto &items = arr.array().items;
    if (kind == 0) {
        double total = 0;
        for (const Value &v : items)
            total += v.number();
        return Value(total);
    }
    if (items.empty())
        return Value();
    if (kind == 3) {
        double total = 0;
        for (const Value &v : items)
            total += v.number();
        return Value(total / static_cast<double>(items.size()));
    }
    double r = items[0].number();
    for (const Value &v : items)
        r = kind == 1 ? std::max(r, v.number()) : std::min(r, v.number());
    return Value(r);
}

} // namespace

void addNumericFunctions(Frame &f)
{
    define(f, "number", "<(nsb)-:n>", 1, numberFn);
    define(f, "floor", "<n-:n>", 1, [](NativeCall &c) { return unaryMath(c, std::floor); });
    define(f, "ceil", "<n-:n>", 1, [](NativeCall &c) { return unaryMath(c, std::ceil); });
    define(f, "abs", "<n-:n>", 1, [](NativeCall &c) { return unaryMath(c, std::fabs); });
    define(f, "round", "<n-n?:n>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        bool hasP = c.arg(1).isNumber();
        return Value(jsRound(c.arg(0).number(), hasP ? c.arg(1).number() : 0, hasP));
    });
    define(f, "sqrt", "<n-:n>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        if (c.arg(0).number() < 0) {
            JsonataException e("D3060");
            e.value = c.arg(0);
            e.index = 1;
            throw e;
        }
        return Value(std::sqrt(c.arg(0).number()));
    });
    define(f, "power", "<n-n:n>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        double r = std::pow(c.arg(0).number(), c.arg(1).number());
        if (!std::isfinite(r)) {
            JsonataException e("D3061");
            e.value = c.arg(0);
            e.exponent = c.arg(1);
            throw e;
        }
        return Value(r);
    });
    define(f, "random", "<:n>", 0, [](NativeCall &) -> Value {
        thread_local std::mt19937_64 gen{std::random_device{}()};
        return Value(std::uniform_real_distribution<double>(0.0, 1.0)(gen));
    });
    define(f, "sum", "<a<n>:n>", 1, [](NativeCall &c) { return aggregate(c, 0); });
    define(f, "max", "<a<n>:n>", 1, [](NativeCall &c) { return aggregate(c, 1); });
    define(f, "min", "<a<n>:n>", 1, [](NativeCall &c) { return aggregate(c, 2); });
    define(f, "average", "<a<n>:n>", 1, [](NativeCall &c) { return aggregate(c, 3); });
    define(f, "formatBase", "<n-n?:s>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        double value = jsRound(c.arg(0).number(), 0, false);
        double radix = c.arg(1).isDefined() ? jsRound(c.arg(1).number(), 0, false) : 10;
        if (radix < 2 || radix > 36) {
            JsonataException e("D3100");
            e.value = Value(radix);
            throw e;
        }
        return Value(toRadix(value, static_cast<int>(radix)));
    });
    define(f, "formatNumber", "<n-so?:s>", 3, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        nlohmann::json options = nullptr;
        if (c.arg(2).isObject())
            options = nlohmann::json::parse(vutil::toJson(c.arg(2)).dump());
        FormatResult r = formatNumber(c.arg(0).number(), c.arg(1).string(), options);
        if (!r.ok())
            throw formatError(r.errorCode, r.errorMessage);
        return Value(r.value);
    });
    define(f, "formatInteger", "<n-s:s>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        FormatResult r = formatInteger(c.arg(0).number(), c.arg(1).string());
        if (!r.ok())
            throw formatError(r.errorCode, r.errorMessage);
        return Value(r.value);
    });
    define(f, "parseInteger", "<s-s:n>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        ParseResult r = parseInteger(c.arg(0).string(), c.arg(1).string());
        if (!r.ok())
            throw formatError(r.errorCode, r.errorMessage);
        return r.value ? Value(*r.value) : Value();
    });
}

} // namespace stepwise::jsonata::builtins
