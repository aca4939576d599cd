#include "jsonatadatetime.h"

// Picture analysis and the calendar. Weeks follow ISO 8601: they start on Monday, and the
// first week of a year (or, by F&O's extension, of a month) is the one with its first Thursday.

#include <cmath>
#include <map>

namespace stepwise::jsonata::datetime {

using picture::PictureError;

const char *const kMonthNames[12] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};
const char *const kDayNames[8] = {"",         "Monday", "Tuesday",  "Wednesday",
                                  "Thursday", "Friday", "Saturday", "Sunday"};

namespace {

constexpr std::int64_t kMillisPerDay = 86400000;

bool isJsSpace(char32_t c)
{
    return c == U' ' || (c >= U'\t' && c <= U'\r') || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

std::u32string defaultPresentation(char32_t component)
{
    static const std::map<char32_t, std::u32string> defaults = {
        {U'Y', U"1"},     {U'M', U"1"},     {U'D', U"1"},  {U'd', U"1"},  {U'F', U"n"},
        {U'W', U"1"},     {U'w', U"1"},     {U'X', U"1"},  {U'x', U"1"},  {U'H', U"1"},
        {U'h', U"1"},     {U'P', U"n"},     {U'm', U"01"}, {U's', U"01"}, {U'f', U"1"},
        {U'Z', U"01:01"}, {U'z', U"01:01"}, {U'C', U"n"},  {U'E', U"n"}};
    const auto found = defaults.find(component);
    return found == defaults.end() ? std::u32string() : found->second;
}

std::optional<int> parseWidth(const std::u32string &text)
{
    if (text == U"*")
        return std::nullopt;
    const auto value = picture::jsParseInt(picture::toUtf8(text));
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

Marker analyseMarker(std::u32string marker)
{
    std::erase_if(marker, isJsSpace); // blanks inside a marker do not count
    Marker def;
    def.component = marker.empty() ? 0 : marker[0];
    std::u32string modifiers;
    const auto comma = marker.rfind(U',');
    if (comma != std::u32string::npos) {
        const std::u32string width = marker.substr(comma + 1);
        const auto dash = width.find(U'-');
        def.widthMin = parseWidth(width.substr(0, dash));
        if (dash != std::u32string::npos)
            def.widthMax = parseWidth(width.substr(dash + 1));
        modifiers = comma >= 1 ? marker.substr(1, comma - 1) : marker.substr(0, 1);
    } else if (!marker.empty()) {
        modifiers = marker.substr(1);
    }
    if (modifiers.size() > 1 &&
        std::u32string(U"atco").find(modifiers.back()) != std::u32string::npos) {
        def.presentation2 = modifiers.back(); // 'o' ordinal; 'c' cardinal; 'a', 't' ignored
        modifiers.pop_back();
    }
    def.presentation1 = modifiers.empty() ? defaultPresentation(def.component) : modifiers;
    if (def.presentation1.empty())
        throw PictureError{"D3132", picture::toUtf8(def.component)};

    const std::u32string integerComponents = U"YMDdFWwXxHhmsf";
    if (def.presentation1[0] == U'n' || def.presentation1[0] == U'N') {
        def.names = true;
        def.nameCase = def.presentation1[0] == U'n' ? picture::LetterCase::Lower
                       : def.presentation1.size() > 1 && def.presentation1[1] == U'n'
                           ? picture::LetterCase::Title
                           : picture::LetterCase::Upper;
    } else if (integerComponents.find(def.component) != std::u32string::npos) {
        std::u32string pattern = def.presentation1;
        if (def.presentation2 != 0)
            pattern += std::u32string(U";") + def.presentation2;
        def.integer = picture::analyseIntegerPicture(pattern);
        if (def.widthMin && def.integer->mandatoryDigits < *def.widthMin)
            def.integer->mandatoryDigits = *def.widthMin;
        if (def.component == U'Y') {
            // F&O 9.8.4.4: a year picture of two or more digits keeps that many low digits.
            if (def.widthMax) {
                def.yearDigits = *def.widthMax;
                def.integer->mandatoryDigits = *def.widthMax;
            } else if (const int w = def.integer->mandatoryDigits + def.integer->optionalDigits;
                       w >= 2) {
                def.yearDigits = w;
            }
        }
    }
    if (def.component == U'Z' || def.component == U'z')
        def.integer = picture::analyseIntegerPicture(def.presentation1);
    return def;
}

std::string unescapeClosing(std::u32string literal)
{
    for (std::size_t at = literal.find(U"]]"); at != std::u32string::npos;
         at = literal.find(U"]]", at + 1))
        literal.erase(at, 1);
    return picture::toUtf8(literal);
}

} // namespace

std::vector<Part> analysePicture(const std::string &pictureText)
{
    const std::u32string text = picture::toU32(pictureText);
    std::vector<Part> parts;
    const auto addLiteral = [&](std::size_t from, std::size_t to) {
        if (to > from)
            parts.push_back({true, unescapeClosing(text.substr(from, to - from)), {}});
    };
    std::size_t start = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (text[pos] != U'[') {
            ++pos;
            continue;
        }
        if (pos + 1 < text.size() && text[pos + 1] == U'[') {
            addLiteral(start, pos);
            parts.push_back({true, "[", {}});
            pos += 2;
            start = pos;
            continue;
        }
        addLiteral(start, pos);
        const auto close = text.find(U']', pos);
        if (close == std::u32string::npos)
            throw PictureError{"D3135", {}};
        Part part{false, {}, analyseMarker(text.substr(pos + 1, close - pos - 1))};
        // Two numbers with nothing between them can only be told apart by width when parsing.
        if (part.marker.integer &&
            std::u32string(U"YMDdFWwXxHhmsf").find(part.marker.component) != std::u32string::npos) {
            if (!parts.empty() && !parts.back().literal && parts.back().marker.integer)
                parts.back().marker.integer->parseWidth =
                    parts.back().marker.integer->mandatoryDigits;
        }
        parts.push_back(std::move(part));
        pos = close + 1;
        start = pos;
    }
    addLiteral(start, pos);
    return parts;
}

std::int64_t daysFromCivil(std::int64_t year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t yearOfEra = year - era * 400;
    const std::int64_t dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const std::int64_t dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

Civil civilFromMillis(std::int64_t millis)
{
    std::int64_t days = millis / kMillisPerDay;
    std::int64_t rest = millis % kMillisPerDay;
    if (rest < 0) {
        rest += kMillisPerDay;
        --days;
    }
    Civil c;
    const std::int64_t z = days + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t dayOfEra = z - era * 146097;
    const std::int64_t yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const std::int64_t dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const std::int64_t mp = (5 * dayOfYear + 2) / 153;
    c.day = static_cast<int>(dayOfYear - (153 * mp + 2) / 5 + 1);
    c.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    c.year = yearOfEra + era * 400 + (c.month <= 2 ? 1 : 0);
    c.hour = static_cast<int>(rest / 3600000);
    c.minute = static_cast<int>(rest / 60000 % 60);
    c.second = static_cast<int>(rest / 1000 % 60);
    c.millisecond = static_cast<int>(rest % 1000);
    return c;
}

int isoWeekday(std::int64_t days)
{
    return static_cast<int>(((days % 7 + 7) % 7 + 3) % 7 + 1); // 1970-01-01 was a Thursday
}

double dateUtc(double year, double month0, double day, double hour, double minute, double second,
               double millisecond)
{
    for (const double v : {year, month0, day, hour, minute, second, millisecond})
        if (!std::isfinite(v))
            return std::nan("");
    year = std::trunc(year);
    if (year >= 0 && year <= 99)
        year += 1900; // Date.UTC reads two-digit years as 19xx
    const double normalisedYear = year + std::floor(std::trunc(month0) / 12);
    const double month = std::trunc(month0) - std::floor(std::trunc(month0) / 12) * 12;
    if (std::fabs(normalisedYear) > 400000)
        return std::nan("");
    const double days = static_cast<double>(daysFromCivil(static_cast<std::int64_t>(normalisedYear),
                                                          static_cast<int>(month) + 1, 1)) +
                        std::trunc(day) - 1;
    const double time = std::trunc(hour) * 3600000 + std::trunc(minute) * 60000 +
                        std::trunc(second) * 1000 + std::trunc(millisecond);
    const double result = days * kMillisPerDay + time;
    return std::fabs(result) > 8.64e15 ? std::nan("") : result;
}

namespace {

// The first day (epoch days) of week 1 of the given month (1..12, may run over).
std::int64_t startOfFirstWeek(std::int64_t year, int month)
{
    year += (month - 1 - ((month - 1) % 12 + 12) % 12) / 12;
    month = ((month - 1) % 12 + 12) % 12 + 1;
    const std::int64_t first = daysFromCivil(year, month, 1);
    const int weekday = isoWeekday(first);
    return weekday > 4 ? first + (8 - weekday) : first - (weekday - 1);
}

double weekNumber(std::int64_t today, std::int64_t start, std::int64_t nextStart,
                  std::int64_t previousStart, int lastUsualWeek)
{
    double week = static_cast<double>(today - start) / 7 + 1;
    if (week > lastUsualWeek) {
        if (today >= nextStart)
            week = 1;
    } else if (week < 1) {
        week = static_cast<double>(today - previousStart) / 7 + 1;
    }
    return std::floor(week);
}

} // namespace

double fragment(std::int64_t millis, char32_t component)
{
    const Civil c = civilFromMillis(millis);
    const std::int64_t today = daysFromCivil(c.year, c.month, c.day);
    switch (component) {
    case U'Y':
        return static_cast<double>(c.year);
    case U'M':
        return c.month;
    case U'D':
        return c.day;
    case U'd':
        return static_cast<double>(today - daysFromCivil(c.year, 1, 1) + 1);
    case U'F':
        return isoWeekday(today);
    case U'W':
        return weekNumber(today, startOfFirstWeek(c.year, 1), startOfFirstWeek(c.year + 1, 1),
                          startOfFirstWeek(c.year - 1, 1), 52);
    case U'w':
        return weekNumber(today, startOfFirstWeek(c.year, c.month),
                          startOfFirstWeek(c.year, c.month + 1),
                          startOfFirstWeek(c.year, c.month - 1), 4);
    case U'X':
        if (millis < startOfFirstWeek(c.year, 1) * kMillisPerDay)
            return static_cast<double>(c.year - 1);
        if (millis >= startOfFirstWeek(c.year + 1, 1) * kMillisPerDay)
            return static_cast<double>(c.year + 1);
        return static_cast<double>(c.year);
    case U'x':
        if (millis < startOfFirstWeek(c.year, c.month) * kMillisPerDay)
            return c.month == 1 ? 12 : c.month - 1;
        if (millis >= startOfFirstWeek(c.year, c.month + 1) * kMillisPerDay)
            return c.month == 12 ? 1 : c.month + 1;
        return c.month;
    case U'H':
        return c.hour;
    case U'h':
        return c.hour % 12 == 0 ? 12 : c.hour % 12;
    case U'P':
        return c.hour >= 12 ? 1 : 0;
    case U'm':
        return c.minute;
    case U's':
        return c.second;
    case U'f':
        return c.millisecond;
    default:
        return std::nan("");
    }
}

} // namespace stepwise::jsonata::datetime
