#include "jsonatafunctions.h"

#include "digest.h"
#include "jsonutil.h"

#include <cmath>
#include <cstdio>

namespace stepwise::runtime {

namespace {

using Args = std::vector<std::optional<Json>>;

[[noreturn]] void refuse(const std::string &message)
{
    throw jsonata::FunctionError{kStepFunctionsErrorCode, message};
}

double number(const Args &a, std::size_t i, const char *fn, const char *what)
{
    if (i >= a.size() || !a[i] || !a[i]->is_number())
        refuse(std::string(fn) + ": " + what + " must be a number");
    return a[i]->get<double>();
}

Json partition(const Args &a)
{
    if (!a[0] || !a[1])
        refuse("$partition: the array and the chunk size are required");
    const Json items = a[0]->is_array() ? *a[0] : Json::array({*a[0]});
    const double size = number(a, 1, "$partition", "the chunk size");
    if (!(size >= 1) || size != std::floor(size))
        refuse("$partition: the chunk size must be a positive integer");
    const auto chunk = static_cast<std::size_t>(std::min(size, 1e15));
    Json out = Json::array();
    for (std::size_t i = 0; i < items.size(); i += chunk) {
        Json part = Json::array();
        for (std::size_t j = i; j < items.size() && j - i < chunk; ++j)
            part.push_back(items[j]);
        out.push_back(std::move(part));
    }
    return out;
}

// AWS returns a JSONata sequence: a range of one value reads as that value (recorded:
// $range(1, 9, 9) is 1, not [1]).
std::optional<Json> range(const Args &a)
{
    constexpr double kMaxItems = 1000000;
    const double first = number(a, 0, "$range", "the start");
    const double last = number(a, 1, "$range", "the end");
    const double step = number(a, 2, "$range", "the step");
    if (step == 0 || !std::isfinite(first) || !std::isfinite(last) || !std::isfinite(step))
        refuse("$range: the step must not be 0 and every argument must be finite");
    Json out = Json::array();
    if ((step > 0 && first > last) || (step < 0 && first < last))
        return out;
    const double count = std::floor((last - first) / step) + 1;
    if (count > kMaxItems)
        refuse("$range: the range would have more than 1000000 items");
    for (double i = 0; i < count; ++i) {
        const double v = first + i * step;
        if (v == std::floor(v) && std::fabs(v) < 9e15)
            out.push_back(static_cast<long long>(v));
        else
            out.push_back(v);
    }
    if (out.size() == 1)
        return out[0];
    return out;
}

Json randomNumber(const Args &a, std::mt19937_64 *rng)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    if (!a.empty() && a[0]) {
        const double seed = number(a, 0, "$random", "the seed");
        if (seed != std::floor(seed) || !std::isfinite(seed))
            refuse("$random: the seed must be an integer");
        std::mt19937_64 seeded(static_cast<std::uint64_t>(static_cast<long long>(seed)));
        return unit(seeded);
    }
    return unit(*rng);
}

std::string uuid(std::mt19937_64 *rng)
{
    const std::uint64_t hi = ((*rng)() & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    const std::uint64_t lo = ((*rng)() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(hi >> 32),
                  static_cast<unsigned long long>((hi >> 16) & 0xFFFF),
                  static_cast<unsigned long long>(hi & 0xFFFF),
                  static_cast<unsigned long long>(lo >> 48),
                  static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
    return buf;
}

} // namespace

std::unique_ptr<jsonata::FunctionLibrary> makeStepFunctionsLibrary(std::mt19937_64 *rng)
{
    auto lib = std::make_unique<jsonata::FunctionLibrary>();
    lib->add("partition", "<an:a>",
             [](const Args &a) -> std::optional<Json> { return partition(a); });
    lib->add("range", "<nnn>", [](const Args &a) { return range(a); });
    lib->add("hash", "<ss:s>", [](const Args &a) -> std::optional<Json> {
        if (!a[0] || !a[1])
            refuse("$hash: the value and the algorithm are required");
        auto hex = digest::hexDigest(a[0]->get<std::string>(), a[1]->get<std::string>());
        if (!hex)
            refuse("$hash: the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, "
                   "not '" +
                   a[1]->get<std::string>() + "'");
        return Json(*hex);
    });
    lib->add("random", "<n?:n>",
             [rng](const Args &a) -> std::optional<Json> { return randomNumber(a, rng); });
    lib->add("uuid", "<:s>", [rng](const Args &) -> std::optional<Json> { return uuid(rng); });
    lib->add("parse", "<s:x>", [](const Args &a) -> std::optional<Json> {
        if (!a[0])
            return std::nullopt;
        Json parsed = Json::parse(a[0]->get<std::string>(), nullptr, false);
        if (parsed.is_discarded())
            refuse("$parse: the string is not valid JSON: " + a[0]->get<std::string>());
        return parsed;
    });
    // AWS leaves $eval out of its JSONata: expressions must not build and run code from data.
    lib->add("eval", "", [](const Args &) -> std::optional<Json> {
        refuse("The function $eval is not supported by Step Functions; use $parse to read JSON "
               "text");
    });
    return lib;
}

} // namespace stepwise::runtime
