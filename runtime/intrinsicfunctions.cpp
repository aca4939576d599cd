#include "digest.h"
#include "intrinsic.h"

#include <climits>
#include <cmath>
#include <cstdio>

namespace stepwise::runtime {

namespace {

[[noreturn]] void failIntrinsic(const std::string &name, const std::string &why)
{
    throw StatesError{"States.IntrinsicFailure", "Invalid arguments in " + name + ": " + why};
}

void expectCount(const std::string &name, const std::vector<Json> &args, std::size_t lo,
                 std::size_t hi)
{
    if (args.size() < lo || args.size() > hi)
        failIntrinsic(name, "expected " + std::to_string(lo) +
                                (hi != lo ? " to " + std::to_string(hi) : std::string()) +
                                " arguments, got " + std::to_string(args.size()));
}

const std::string &str(const std::string &name, const Json &v, const char *what)
{
    if (!v.is_string())
        failIntrinsic(name, std::string(what) + " must be a string, got " + json_util::typeName(v));
    return v.get_ref<const std::string &>();
}

const Json &arr(const std::string &name, const Json &v, const char *what)
{
    if (!v.is_array())
        failIntrinsic(name, std::string(what) + " must be an array, got " + json_util::typeName(v));
    return v;
}

long long integer(const std::string &name, const Json &v, const char *what)
{
    if (!json_util::isIntegral(v))
        failIntrinsic(name, std::string(what) + " must be an integer, got " + json_util::dump(v));
    return v.get<long long>();
}

// Java's Math.round, which AWS applies to MathAdd's operands: 1.49 → 1, 1.5 → 2.
long long javaRound(const std::string &name, const Json &v)
{
    if (!v.is_number())
        failIntrinsic(name, std::string("operands must be numbers, got ") + json_util::typeName(v));
    // AWS takes 32-bit integers here; the bound also keeps the conversion and the sum defined.
    const double d = std::floor(v.get<double>() + 0.5);
    if (!(d >= -2147483648.0 && d <= 2147483647.0))
        failIntrinsic(name, "operands must be between -2147483648 and 2147483647, got " +
                                json_util::dump(v));
    return static_cast<long long>(d);
}

// Format renders values the way AWS's Java implementation prints them: strings bare,
// objects as {k=v, ...} and arrays as [a, b].
void formatValue(const Json &v, std::string &out, int depth)
{
    if (depth > 64) {
        out += "...";
        return;
    }
    if (v.is_string()) {
        out += v.get_ref<const std::string &>();
    } else if (v.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!first)
                out += ", ";
            first = false;
            out += it.key();
            out += '=';
            formatValue(it.value(), out, depth + 1);
        }
        out += '}';
    } else if (v.is_array()) {
        out += '[';
        for (std::size_t i = 0; i < v.size(); ++i) {
            if (i)
                out += ", ";
            formatValue(v[i], out, depth + 1);
        }
        out += ']';
    } else {
        out += json_util::dump(v);
    }
}

Json format(const std::string &name, const std::vector<Json> &args)
{
    if (args.empty())
        failIntrinsic(name, "expected a template");
    const std::string &tpl = str(name, args[0], "the template");
    std::string out;
    std::size_t next = 1;
    for (std::size_t i = 0; i < tpl.size(); ++i) {
        char c = tpl[i];
        if (c == '\\' && i + 1 < tpl.size() &&
            (tpl[i + 1] == '{' || tpl[i + 1] == '}' || tpl[i + 1] == '\\')) {
            out += tpl[++i];
        } else if (c == '{' && i + 1 < tpl.size() && tpl[i + 1] == '}') {
            if (next >= args.size())
                failIntrinsic(name, "more placeholders than arguments");
            formatValue(args[next++], out, 0);
            ++i;
        } else {
            out += c;
        }
    }
    if (next != args.size())
        failIntrinsic(name, "more arguments than placeholders");
    return out;
}

std::uint64_t nextRandom(const EvalScope &scope)
{
    static std::mt19937_64 fallback(0);
    return scope.rng ? (*scope.rng)() : fallback();
}

Json uuid(const EvalScope &scope)
{
    std::uint64_t hi = nextRandom(scope), lo = nextRandom(scope);
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", unsigned(hi >> 32),
                  unsigned((hi >> 16) & 0xFFFF), unsigned(hi & 0xFFFF), unsigned(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return std::string(buf);
}

} // namespace

namespace {
const char *const kNames[] = {"States.Format",      "States.StringToJson",   "States.JsonToString",
                              "States.Array",       "States.ArrayPartition", "States.ArrayContains",
                              "States.ArrayRange",  "States.ArrayGetItem",   "States.ArrayLength",
                              "States.ArrayUnique", "States.Base64Encode",   "States.Base64Decode",
                              "States.Hash",        "States.JsonMerge",      "States.MathRandom",
                              "States.MathAdd",     "States.StringSplit",    "States.UUID"};
constexpr int kCount = static_cast<int>(sizeof kNames / sizeof kNames[0]);
} // namespace

int intrinsicIndex(std::string_view name)
{
    for (int i = 0; i < kCount; ++i)
        if (name == kNames[i])
            return i;
    return -1;
}

Json callIntrinsic(int index, std::vector<Json> &a, const EvalScope &scope)
{
    if (index < 0 || index >= kCount)
        throw StatesError{"States.IntrinsicFailure", "Unknown intrinsic function"};
    const std::string name = kNames[index];
    switch (index) {
    case 0: // States.Format
        return format(name, a);
    case 1: { // States.StringToJson
        expectCount(name, a, 1, 1);
        std::string text = str(name, a[0], "the argument");
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            return nullptr;
        Json v = Json::parse(text, nullptr, false);
        if (v.is_discarded())
            failIntrinsic(name, "the string is not valid JSON");
        if (json_util::depth(v) > 512)
            failIntrinsic(name, "the JSON is nested too deeply");
        return v;
    }
    case 2: { // States.JsonToString
        expectCount(name, a, 1, 1);
        return json_util::dump(a[0]);
    }
    case 3: // States.Array
        return Json(a);
    case 4: { // States.ArrayPartition
        expectCount(name, a, 2, 2);
        const Json &src = arr(name, a[0], "the first argument");
        long long size = integer(name, a[1], "the chunk size");
        if (size <= 0)
            failIntrinsic(name, "the chunk size must be positive");
        Json out = Json::array();
        for (std::size_t i = 0; i < src.size(); i += static_cast<std::size_t>(size)) {
            Json chunk = Json::array();
            for (std::size_t j = i; j < src.size() && j < i + static_cast<std::size_t>(size); ++j)
                chunk.push_back(src[j]);
            out.push_back(std::move(chunk));
        }
        return out;
    }
    case 5: { // States.ArrayContains
        expectCount(name, a, 2, 2);
        for (const auto &item : arr(name, a[0], "the first argument"))
            if (json_util::equals(item, a[1]))
                return true;
        return false;
    }
    case 6: { // States.ArrayRange
        expectCount(name, a, 3, 3);
        long long start = integer(name, a[0], "start"), end = integer(name, a[1], "end");
        long long step = integer(name, a[2], "step");
        if (step == 0)
            failIntrinsic(name, "step cannot be 0");
        Json out = Json::array();
        for (long long v = start; step > 0 ? v <= end : v >= end; v += step) {
            if (out.size() >= 1000)
                failIntrinsic(name, "the range has more than 1000 items");
            out.push_back(v);
            if (step > 0 ? v > LLONG_MAX - step : v < LLONG_MIN - step)
                break; // the next value would not fit
        }
        return out;
    }
    case 7: { // States.ArrayGetItem
        expectCount(name, a, 2, 2);
        const Json &src = arr(name, a[0], "the first argument");
        long long i = integer(name, a[1], "the index");
        if (i < 0 || i >= static_cast<long long>(src.size()))
            failIntrinsic(name, "index " + std::to_string(i) + " is out of bounds for length " +
                                    std::to_string(src.size()));
        return src[static_cast<std::size_t>(i)];
    }
    case 8: { // States.ArrayLength
        expectCount(name, a, 1, 1);
        return arr(name, a[0], "the argument").size();
    }
    case 9: { // States.ArrayUnique
        expectCount(name, a, 1, 1);
        Json out = Json::array();
        for (const auto &item : arr(name, a[0], "the argument")) {
            bool seen = false;
            for (const auto &kept : out)
                seen = seen || json_util::equals(kept, item);
            if (!seen)
                out.push_back(item);
        }
        return out;
    }
    case 10: { // States.Base64Encode
        expectCount(name, a, 1, 1);
        const std::string &s = str(name, a[0], "the argument");
        if (s.size() > 10000)
            failIntrinsic(name, "the input is longer than 10000 characters");
        return digest::base64Encode(s);
    }
    case 11: { // States.Base64Decode
        expectCount(name, a, 1, 1);
        const std::string &s = str(name, a[0], "the argument");
        if (s.size() > 10000)
            failIntrinsic(name, "the input is longer than 10000 characters");
        auto decoded = digest::base64Decode(s);
        if (!decoded)
            failIntrinsic(name, "the input is not valid base64");
        return *decoded;
    }
    case 12: { // States.Hash
        expectCount(name, a, 2, 2);
        std::string data = a[0].is_string() ? a[0].get<std::string>() : json_util::dump(a[0]);
        if (data.size() > 10000)
            failIntrinsic(name, "the input is longer than 10000 characters");
        auto hex = digest::hexDigest(data, str(name, a[1], "the algorithm"));
        if (!hex)
            failIntrinsic(name, "unknown algorithm '" + a[1].get<std::string>() +
                                    "' (MD5, SHA-1, SHA-256, SHA-384, SHA-512)");
        return *hex;
    }
    case 13: { // States.JsonMerge
        expectCount(name, a, 3, 3);
        if (!a[0].is_object() || !a[1].is_object())
            failIntrinsic(name, "both values must be objects");
        if (!a[2].is_boolean() || a[2].get<bool>())
            failIntrinsic(name, "only a shallow merge (false) is supported");
        Json out = a[0];
        for (auto it = a[1].begin(); it != a[1].end(); ++it)
            out[it.key()] = it.value();
        return out;
    }
    case 14: { // States.MathRandom
        expectCount(name, a, 2, 3);
        if (!a[0].is_number() || !a[1].is_number())
            failIntrinsic(name, "start and end must be numbers");
        const double dlo = a[0].get<double>(), dhi = a[1].get<double>();
        if (!(dlo >= -2147483648.0 && dlo <= 2147483647.0 && dhi >= -2147483648.0 &&
              dhi <= 2147483647.0))
            failIntrinsic(name, "start and end must be between -2147483648 and 2147483647");
        long long lo = static_cast<long long>(dlo);
        long long hi = static_cast<long long>(dhi);
        if (hi <= lo)
            failIntrinsic(name, "end must be greater than start");
        std::uint64_t r;
        if (a.size() == 3) {
            std::mt19937_64 seeded(static_cast<std::uint64_t>(integer(name, a[2], "the seed")));
            r = seeded();
        } else {
            r = nextRandom(scope);
        }
        return lo + static_cast<long long>(r % static_cast<std::uint64_t>(hi - lo));
    }
    case 15: { // States.MathAdd
        expectCount(name, a, 2, 2);
        return javaRound(name, a[0]) + javaRound(name, a[1]);
    }
    case 16: { // States.StringSplit
        expectCount(name, a, 2, 2);
        const std::string &s = str(name, a[0], "the string");
        const std::string &delims = str(name, a[1], "the delimiter");
        Json out = Json::array();
        std::string piece;
        for (char c : s) {
            if (delims.find(c) != std::string::npos) {
                if (!piece.empty())
                    out.push_back(std::move(piece));
                piece.clear();
            } else {
                piece += c;
            }
        }
        if (!piece.empty())
            out.push_back(std::move(piece));
        return out;
    }
    case 17: { // States.UUID
        expectCount(name, a, 0, 0);
        return uuid(scope);
    }
    }
    throw StatesError{"States.IntrinsicFailure", "Unknown intrinsic function " + name};
}

} // namespace stepwise::runtime
