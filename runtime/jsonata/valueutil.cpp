#include "jsonata/valueutil.h"

#include "jsonata/function.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/stackguard.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace stepwise::jsonata::vutil {

void checkNesting(int depth)
{
    StackGuard::check();
    if (depth > maxNesting) {
        JsonataException e("U1001");
        e.message = "Value nesting exceeds " + std::to_string(maxNesting) + " levels";
        throw e;
    }
}

Value lookup(const Value &input, const std::string &key)
{
    if (input.isArray()) {
        Value result = makeSequence();
        auto &out = result.array().items;
        for (const Value &item : input.array().items) {
            Value res = lookup(item, key);
            if (res.isUndefined())
                continue;
            if (res.isArray()) {
                for (const Value &v : res.array().items)
                    out.push_back(v);
            } else {
                out.push_back(std::move(res));
            }
        }
        return result;
    }
    if (input.isObject()) {
        const Value *v = input.object().find(key);
        return v ? *v : Value();
    }
    return Value();
}

Value append(const Value &a, const Value &b)
{
    if (a.isUndefined())
        return b;
    if (b.isUndefined())
        return a;
    Value result = makeArray();
    auto &out = result.array().items;
    if (a.isArray())
        out = a.array().items;
    else
        out.push_back(a);
    if (b.isArray())
        out.insert(out.end(), b.array().items.begin(), b.array().items.end());
    else
        out.push_back(b);
    return result;
}

namespace {
bool deepEqualsAt(const Value &a, const Value &b, int depth);
}

bool deepEquals(const Value &a, const Value &b)
{
    return deepEqualsAt(a, b, 0);
}

namespace {
bool deepEqualsAt(const Value &a, const Value &b, int depth)
{
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case Type::Undefined:
    case Type::Null:
        return true;
    case Type::Boolean:
        return a.boolean() == b.boolean();
    case Type::Number:
        return a.number() == b.number();
    case Type::String:
        return a.string() == b.string();
    case Type::Array: {
        const auto &x = a.array().items;
        const auto &y = b.array().items;
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i) {
            checkNesting(depth);
            if (!deepEqualsAt(x[i], y[i], depth + 1))
                return false;
        }
        return true;
    }
    case Type::Object: {
        const Object &x = a.object();
        const Object &y = b.object();
        if (x.size() != y.size())
            return false;
        for (const auto &[k, v] : x.entries) {
            const Value *w = y.find(k);
            checkNesting(depth);
            if (!w || !deepEqualsAt(v, *w, depth + 1))
                return false;
        }
        return true;
    }
    case Type::Function:
        return a.heap() == b.heap();
    }
    return false;
}
} // namespace

bool isArrayOfNumbers(const Value &v)
{
    if (!v.isArray())
        return false;
    for (const Value &x : v.array().items) {
        if (!x.isNumber())
            return false;
    }
    return true;
}

bool isArrayOfStrings(const Value &v)
{
    if (!v.isArray())
        return false;
    for (const Value &x : v.array().items) {
        if (!x.isString())
            return false;
    }
    return true;
}

std::vector<Value> asItems(const Value &v)
{
    if (v.isUndefined())
        return {};
    if (v.isArray())
        return v.array().items;
    return {v};
}

std::string jsNumber(double d)
{
    if (std::isnan(d))
        return "NaN";
    if (std::isinf(d))
        return d > 0 ? "Infinity" : "-Infinity";
    if (d == 0)
        return "0";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, res.ptr);
    // sci: [-]d[.ddd]e[+-]xx
    bool neg = sci[0] == '-';
    if (neg)
        sci.erase(0, 1);
    auto epos = sci.find('e');
    std::string mant = sci.substr(0, epos);
    int exp = std::atoi(sci.c_str() + epos + 1);
    std::string digits;
    for (char c : mant) {
        if (c != '.')
            digits += c;
    }
    int k = static_cast<int>(digits.size());
    int n = exp + 1;
    std::string out;
    if (k <= n && n <= 21) {
        out = digits + std::string(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out = digits.substr(0, static_cast<std::size_t>(n)) + "." +
              digits.substr(static_cast<std::size_t>(n));
    } else if (-6 < n && n <= 0) {
        out = "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
    } else {
        out = digits.substr(0, 1);
        if (k > 1)
            out += "." + digits.substr(1);
        out += "e";
        out += (n - 1 >= 0) ? "+" : "-";
        out += std::to_string(std::abs(n - 1));
    }
    return neg ? "-" + out : out;
}

double precision15(double d)
{
    if (!std::isfinite(d))
        return d;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.14e", d);
    return std::strtod(buf, nullptr);
}

void quote(std::string &out, const std::string &s)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

namespace {
void stringifyInto(std::string &out, const Value &v, bool pretty, int indent)
{
    checkNesting(indent);
    auto newline = [&](int level) {
        if (pretty) {
            out += '\n';
            out.append(static_cast<std::size_t>(level * 2), ' ');
        }
    };
    switch (v.type()) {
    case Type::Undefined:
    case Type::Null:
        out += "null";
        break;
    case Type::Boolean:
        out += v.boolean() ? "true" : "false";
        break;
    case Type::Number: {
        double d = v.number();
        if (!std::isfinite(d)) {
            JsonataException e("D1001");
            e.value = v;
            throw e;
        }
        // integers print exactly; other numbers with 15 significant digits
        out += jsNumber(d == std::floor(d) ? d : precision15(d));
        break;
    }
    case Type::String:
        quote(out, v.string());
        break;
    case Type::Function:
        out += "\"\"";
        break;
    case Type::Array: {
        const auto &items = v.array().items;
        if (items.empty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i)
                out += ',';
            newline(indent + 1);
            stringifyInto(out, items[i], pretty, indent + 1);
        }
        newline(indent);
        out += ']';
        break;
    }
    case Type::Object: {
        bool any = false;
        out += '{';
        for (const auto &[k, val] : v.object().entries) {
            if (val.isUndefined())
                continue;
            if (any)
                out += ',';
            any = true;
            newline(indent + 1);
            quote(out, k);
            out += pretty ? ": " : ":";
            stringifyInto(out, val, pretty, indent + 1);
        }
        if (any)
            newline(indent);
        out += '}';
        break;
    }
    }
}
} // namespace

std::string stringify(const Value &v, bool pretty)
{
    std::string out;
    stringifyInto(out, v, pretty, 0);
    return out;
}

namespace {
Value cloneAt(const Value &v, int depth)
{
    checkNesting(depth);
    if (v.isArray()) {
        Value out = makeArray();
        Array &a = out.array();
        const Array &src = v.array();
        a.sequence = src.sequence;
        a.items.reserve(src.items.size());
        for (const Value &x : src.items)
            a.items.push_back(cloneAt(x, depth + 1));
        return out;
    }
    if (v.isObject()) {
        Value out = makeObject();
        for (const auto &[k, x] : v.object().entries)
            out.object().entries.emplace_back(k, cloneAt(x, depth + 1));
        return out;
    }
    return v;
}
} // namespace

Value clone(const Value &v)
{
    return cloneAt(v, 0);
}

namespace {
template <typename J> Value fromJsonT(const J &j, int depth = 0)
{
    checkNesting(depth);
    switch (j.type()) {
    case J::value_t::null:
        return Value(nullptr);
    case J::value_t::boolean:
        return Value(j.template get<bool>());
    case J::value_t::number_integer:
        return Value(static_cast<double>(j.template get<std::int64_t>()));
    case J::value_t::number_unsigned:
        return Value(static_cast<double>(j.template get<std::uint64_t>()));
    case J::value_t::number_float:
        return Value(j.template get<double>());
    case J::value_t::string:
        return Value(j.template get<std::string>());
    case J::value_t::array: {
        Value out = makeArray();
        auto &items = out.array().items;
        items.reserve(j.size());
        for (const auto &x : j)
            items.push_back(fromJsonT(x, depth + 1));
        return out;
    }
    case J::value_t::object: {
        Value out = makeObject();
        auto &entries = out.object().entries;
        for (auto it = j.begin(); it != j.end(); ++it)
            entries.emplace_back(it.key(), fromJsonT(it.value(), depth + 1));
        return out;
    }
    default:
        return Value();
    }
}
} // namespace

Value fromJson(const nlohmann::ordered_json &j)
{
    return fromJsonT(j);
}

Value fromJson(const nlohmann::json &j)
{
    return fromJsonT(j);
}

namespace {
nlohmann::ordered_json toJsonAt(const Value &v, int depth)
{
    using J = nlohmann::ordered_json;
    checkNesting(depth);
    switch (v.type()) {
    case Type::Undefined:
    case Type::Null:
        return nullptr;
    case Type::Boolean:
        return v.boolean();
    case Type::Number: {
        double d = v.number();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.2e18)
            return static_cast<std::int64_t>(d);
        return d;
    }
    case Type::String:
        return v.string();
    case Type::Function:
        return "";
    case Type::Array: {
        J out = J::array();
        for (const Value &x : v.array().items)
            out.push_back(toJsonAt(x, depth + 1));
        return out;
    }
    case Type::Object: {
        J out = J::object();
        for (const auto &[k, x] : v.object().entries) {
            if (x.isDefined())
                out[k] = toJsonAt(x, depth + 1);
        }
        return out;
    }
    }
    return nullptr;
}
} // namespace

nlohmann::ordered_json toJson(const Value &v)
{
    return toJsonAt(v, 0);
}

} // namespace stepwise::jsonata::vutil
