#include "jsonatadatetime.h"

// $toMillis: an ISO 8601 timestamp (as JavaScript's Date.parse reads one), or text matched
// against a date/time picture. The picture becomes the same case-insensitive ECMAScript regex
// the reference builds, so that the same texts match; the captured components then fill a
// date and a time, the missing ones defaulting as F&O and the reference say.

#include "jsonata/regex.h"

#include <cmath>
#include <map>
#include <regex>

namespace stepwise::jsonata {

using picture::PictureError;

namespace {

constexpr double kMillisPerDay = 86400000;
// No timestamp is longer than this, so longer texts do not match (and the ISO pattern's
// backtracking matcher, which recurses once per character, never sees a long text).
constexpr std::size_t kLongestTimestamp = 4096;

// How one capture group turns into a component value; nullopt leaves it undefined.
struct Capture
{
    char32_t component = 0;
    const datetime::Marker *marker = nullptr; // null for a literal
};

std::string escapeLiteral(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (std::string_view(".*+?^${}()|[]\\").find(c) != std::string_view::npos)
            out += '\\';
        out += c;
    }
    return out;
}

std::string markerRegex(const datetime::Marker &marker)
{
    if (marker.component == U'Z' || marker.component == U'z') {
        std::string regex = marker.component == U'z' ? "GMT" : "";
        regex += "[-+][0-9]+";
        if (marker.integer->regular) // a separator such as ':' between hours and minutes
            regex += picture::toUtf8(marker.integer->separators.front().character) + "[0-9]+";
        return regex;
    }
    if (marker.component == U'f')
        return "[0-9]+"; // whatever the picture: a fraction of any length
    if (marker.integer)
        return picture::integerRegex(*marker.integer);
    const char32_t c = marker.component;
    if (c != U'M' && c != U'x' && c != U'F' && c != U'P')
        throw PictureError{"D3133", picture::toUtf8(c)};
    return "[a-zA-Z]+";
}

double parseInt(const std::string &text)
{
    return picture::jsParseInt(text).value_or(std::nan(""));
}

std::optional<double> nameValue(const datetime::Marker &marker, const std::string &text)
{
    // Case-sensitive, as the reference's lookup table is, though its regex is not.
    if (marker.component == U'P') {
        if (text == "am" || text == "AM")
            return 0;
        if (text == "pm" || text == "PM")
            return 1;
        return std::nullopt;
    }
    const bool months = marker.component != U'F';
    for (int i = 0; i < (months ? 12 : 7); ++i) {
        std::string name = months ? datetime::kMonthNames[i] : datetime::kDayNames[i + 1];
        if (marker.widthMax && *marker.widthMax >= 0 &&
            name.size() > static_cast<std::size_t>(*marker.widthMax))
            name.resize(static_cast<std::size_t>(*marker.widthMax));
        if (name == text)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<double> captureValue(const datetime::Marker &marker, std::string text)
{
    const char32_t c = marker.component;
    if (c == U'Z' || c == U'z') {
        if (c == U'z')
            text = text.substr(3); // "GMT"
        double hours = 0;
        double minutes = 0;
        if (marker.integer->regular) {
            const auto at =
                text.find(picture::toUtf8(marker.integer->separators.front().character));
            if (at == std::string::npos)
                return std::nan("");
            hours = parseInt(text.substr(0, at));
            minutes = parseInt(text.substr(at + 1));
        } else if (text.size() - 1 <= 2) {
            hours = parseInt(text);
        } else {
            hours = parseInt(text.substr(0, 3));
            minutes = parseInt(text.substr(3));
        }
        return hours * 60 + minutes;
    }
    if (c == U'f') {
        // Fractional seconds: the digits are a fraction, truncated to milliseconds.
        std::string digits = text.substr(0, 3);
        digits.append(3 - digits.size(), '0');
        return parseInt(digits);
    }
    if (!marker.integer)
        return nameValue(marker, text);
    return picture::parseIntegerWith(text, *marker.integer).value_or(std::nan(""));
}

bool truthy(const std::map<char32_t, double> &components, char32_t c)
{
    const auto found = components.find(c);
    return found != components.end() && found->second != 0 && !std::isnan(found->second);
}

double assemble(std::map<char32_t, double> components, std::int64_t now)
{
    const auto maskOf = [&components](std::u32string_view letters) {
        int mask = 0;
        for (const char32_t c : letters)
            mask = (mask << 1) | (truthy(components, c) ? 1 : 0);
        return mask;
    };
    // Only components of the type (bits set) and at least one of them.
    const auto isType = [](int type, int mask) {
        return (~type & mask) == 0 && (type & mask) != 0;
    };
    const int dateMask = maskOf(U"YXMxWwdD");
    const bool dateA = isType(0b10100001, dateMask);
    const bool dateB = !dateA && isType(0b10000010, dateMask);
    const bool dateC = isType(0b01010100, dateMask);
    const bool dateD = !dateC && isType(0b01001000, dateMask);
    const int timeMask = maskOf(U"PHhmsf");
    const bool timeA = isType(0b010111, timeMask);
    const bool timeB = !timeA && isType(0b101111, timeMask);

    std::u32string order = dateB ? U"YD" : dateC ? U"XxwF" : dateD ? U"XWF" : U"YMD";
    order += timeB ? U"Phmsf" : U"Hmsf";
    // Left of the first given component: from now; right of the last: the minimum; a gap
    // between given components cannot be filled.
    bool started = false;
    bool ended = false;
    for (const char32_t c : order) {
        if (!components.contains(c)) {
            if (started) {
                components[c] = (c == U'M' || c == U'D' || c == U'd') ? 1 : 0;
                ended = true;
            } else {
                components[c] = c == U'P' ? -1 : datetime::fragment(now, c);
            }
        } else {
            started = true;
            if (ended)
                throw PictureError{"D3136", {}};
        }
    }
    double month0 = components[U'M'] > 0 ? components[U'M'] - 1 : 0;
    double day = components[U'D'];
    if (dateB) {
        const double firstJan = datetime::dateUtc(components[U'Y'], 0, 1, 0, 0, 0, 0);
        const double derived = firstJan + (components[U'd'] - 1) * kMillisPerDay;
        if (std::isnan(derived))
            return std::nan("");
        const auto civil = datetime::civilFromMillis(static_cast<std::int64_t>(derived));
        month0 = civil.month - 1;
        day = civil.day;
    }
    if (dateC || dateD)
        throw PictureError{"D3136", {}}; // week dates cannot be parsed (nor by the reference)
    if (timeB) {
        components[U'H'] = components[U'h'] == 12 ? 0 : components[U'h'];
        if (components[U'P'] == 1)
            components[U'H'] += 12;
    }
    double millis = datetime::dateUtc(components[U'Y'], month0, day, components[U'H'],
                                      components[U'm'], components[U's'], components[U'f']);
    const double zone = truthy(components, U'Z')   ? components[U'Z']
                        : truthy(components, U'z') ? components[U'z']
                                                   : 0;
    return millis - zone * 60000; // NaN for impossible fields, as Date.UTC gives
}

// std::regex takes milliseconds to build the word alternatives, and a workflow parses with
// the same few pictures again and again: keep the last ones built, per thread.
const std::regex &compiled(const std::string &pattern)
{
    thread_local std::map<std::string, std::regex> cache;
    if (const auto found = cache.find(pattern); found != cache.end())
        return found->second;
    if (cache.size() >= 64)
        cache.clear();
    return cache
        .emplace(pattern, compileBoundedRegex(pattern, std::regex::ECMAScript | std::regex::icase))
        .first->second;
}

std::optional<double> parseWithPicture(const std::string &timestamp, const std::string &pictureText,
                                       std::int64_t now)
{
    const auto parts = datetime::analysePicture(pictureText);
    std::string pattern = "^";
    for (const auto &part : parts)
        pattern += "(" + (part.literal ? escapeLiteral(part.text) : markerRegex(part.marker)) + ")";
    pattern += "$";
    std::smatch match;
    try {
        const std::regex &re = compiled(pattern);
        requireRegexStack(pattern.size());
        if (timestamp.size() > kLongestTimestamp || !std::regex_match(timestamp, match, re))
            return std::nullopt;
    } catch (const std::regex_error &) {
        return std::nullopt; // a picture character that breaks the pattern: nothing matches
    }
    std::map<char32_t, double> components;
    bool anyMarker = false;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].literal)
            continue;
        anyMarker = true;
        // A repeated component takes its last value, even an unknown name (undefined).
        if (const auto value = captureValue(parts[i].marker, match[i + 1].str()))
            components[parts[i].marker.component] = *value;
        else
            components.erase(parts[i].marker.component);
    }
    if (!anyMarker)
        return std::nullopt;
    return assemble(std::move(components), now);
}

} // namespace

ParseResult toMillis(const std::string &timestamp, const std::optional<std::string> &pictureText,
                     std::int64_t nowMillis)
{
    try {
        if (!pictureText) {
            static const std::regex iso(
                "^\\d{4}(-[01]\\d)?(-[0-3]\\d)?(T[0-2]\\d:[0-5]\\d:[0-5]\\d)?"
                "(\\.\\d+)?([+-][0-2]\\d:?[0-5]\\d|Z)?$");
            if (timestamp.size() > kLongestTimestamp || !std::regex_match(timestamp, iso))
                throw PictureError{"D3110", timestamp};
            return {datetime::parseIsoTimestamp(timestamp).value_or(std::nan("")), {}, {}};
        }
        return {parseWithPicture(timestamp, *pictureText, nowMillis), {}, {}};
    } catch (const PictureError &error) {
        return {std::nullopt, error.code, picture::errorMessage(error)};
    }
}

} // namespace stepwise::jsonata
