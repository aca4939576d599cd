#include "jsonatadatetime.h"

// $fromMillis: formats an instant with a date/time picture (default ISO 8601 with
// milliseconds), optionally shifted to a "±HHMM" timezone.

#include <algorithm>
#include <cmath>

namespace stepwise::jsonata {

using picture::PictureError;

namespace {

const char *const kIsoPicture = "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001][Z01:01t]";

struct Offset
{
    int hours = 0;
    int minutes = 0;
};

// The reference reads the timezone with parseInt and splits it by 100, so "-0530" gives
// hours -6 and minutes -30; kept so that results match it.
Offset parseTimezone(const std::optional<std::string> &timezone)
{
    if (!timezone)
        return {};
    const auto value = picture::jsParseInt(*timezone);
    if (!value)
        return {};
    const int offset = static_cast<int>(std::clamp(*value, -1e6, 1e6));
    const int hours = static_cast<int>(std::floor(offset / 100.0));
    return {hours, offset % 100};
}

std::string applyCase(std::string text, picture::LetterCase letterCase)
{
    if (letterCase == picture::LetterCase::Upper)
        return picture::asciiUpper(text);
    if (letterCase == picture::LetterCase::Lower)
        return picture::asciiLower(text);
    return text;
}

std::string formatTimezone(const datetime::Marker &marker, Offset offset)
{
    const int combined = offset.hours * 100 + offset.minutes;
    const auto &integer = *marker.integer;
    std::string text;
    if (integer.regular) {
        text = picture::formatIntegerWith(combined, integer);
    } else if (integer.mandatoryDigits == 1 || integer.mandatoryDigits == 2) {
        text = picture::formatIntegerWith(offset.hours, integer);
        if (offset.minutes != 0) {
            picture::IntegerPicture twoDigits;
            twoDigits.mandatoryDigits = 2;
            text += ":" + picture::formatIntegerWith(offset.minutes, twoDigits);
        }
    } else if (integer.mandatoryDigits == 3 || integer.mandatoryDigits == 4) {
        text = picture::formatIntegerWith(combined, integer);
    } else {
        throw PictureError{"D3134", std::to_string(integer.mandatoryDigits)};
    }
    if (combined >= 0)
        text = "+" + text;
    if (marker.component == U'z')
        text = "GMT" + text;
    if (combined == 0 && marker.presentation2 == U't')
        text = "Z";
    return text;
}

std::string formatMarker(std::int64_t millis, const datetime::Marker &marker, Offset offset)
{
    const char32_t c = marker.component;
    if (std::u32string(U"YMDdFWwXxHhms").find(c) != std::u32string::npos) {
        double value = datetime::fragment(millis, c);
        if (c == U'Y' && marker.yearDigits != -1)
            value = std::fmod(value, std::pow(10, marker.yearDigits));
        if (!marker.names)
            return picture::formatIntegerWith(value, *marker.integer);
        std::string name;
        if (c == U'M' || c == U'x')
            name = datetime::kMonthNames[static_cast<int>(value) - 1];
        else if (c == U'F')
            name = datetime::kDayNames[static_cast<int>(value)];
        else
            throw PictureError{"D3133", picture::toUtf8(c)};
        name = applyCase(name, marker.nameCase);
        if (marker.widthMax && static_cast<int>(name.size()) > *marker.widthMax)
            name.resize(static_cast<std::size_t>(std::max(*marker.widthMax, 0)));
        return name;
    }
    if (c == U'f') {
        if (!marker.integer)
            throw PictureError{"D3133", "f"};
        return picture::formatIntegerWith(datetime::fragment(millis, c), *marker.integer);
    }
    if (c == U'Z' || c == U'z')
        return formatTimezone(marker, offset);
    if (c == U'P') {
        const std::string text = datetime::fragment(millis, c) == 1 ? "pm" : "am";
        return marker.names && marker.nameCase == picture::LetterCase::Upper
                   ? picture::asciiUpper(text)
                   : text;
    }
    if (c == U'C' || c == U'E')
        return "ISO"; // the calendar and the era are always ISO
    throw PictureError{"D3132", picture::toUtf8(c)};
}

} // namespace

FormatResult fromMillis(std::int64_t millis, const std::optional<std::string> &picture,
                        const std::optional<std::string> &timezone)
{
    try {
        const auto parts = datetime::analysePicture(picture ? *picture : kIsoPicture);
        // JavaScript dates end at 8.64e15 ms either side of the epoch; beyond, only NaNs.
        if (millis > 8640000000000000LL || millis < -8640000000000000LL)
            throw PictureError{"D3001", {}};
        const Offset offset = parseTimezone(timezone);
        const std::int64_t shifted =
            millis + (60 * static_cast<std::int64_t>(offset.hours) + offset.minutes) * 60000;
        std::string out;
        for (const auto &part : parts)
            out += part.literal ? part.text : formatMarker(shifted, part.marker, offset);
        return {out, {}, {}};
    } catch (const PictureError &error) {
        return {{}, error.code, picture::errorMessage(error)};
    }
}

} // namespace stepwise::jsonata
