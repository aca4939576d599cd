#pragma once

// Date/time pictures (XPath F&O 9.8 as jsonata-js implements them): the analysed picture,
// proleptic Gregorian calendar arithmetic on epoch milliseconds (JavaScript's Date in UTC),
// and the variant of $toMillis that takes the evaluation's "now".

#include "jsonataformat.h"
#include "jsonatapicture.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stepwise::jsonata {

/// $toMillis with an explicit "now" (epoch ms). With a picture, the components to the left of
/// the first one it gives are taken from now (e.g. "[H]:[m]" means today); the reference uses
/// the evaluation's fixed $now(), so the evaluator should pass that. The two-argument
/// toMillis() uses the system clock.
ParseResult toMillis(const std::string &timestamp, const std::optional<std::string> &picture,
                     std::int64_t nowMillis);

namespace datetime {

/// One variable marker such as [D01], [MNn,3-3] or [Z01:01t].
struct Marker
{
    char32_t component = 0;
    std::u32string presentation1;
    char32_t presentation2 = 0; // 'a', 't', 'c' or 'o', or 0
    std::optional<int> widthMin;
    std::optional<int> widthMax;
    bool names = false; // presentation N, n or Nn: month/day names
    picture::LetterCase nameCase = picture::LetterCase::Lower;
    std::optional<picture::IntegerPicture> integer;
    int yearDigits = -1; // [Y]: keep this many low-order digits (-1: all)
};

/// A literal run of text or a marker.
struct Part
{
    bool literal = true;
    std::string text;
    Marker marker;
};

/// Splits a picture into literals and markers; throws PictureError D3135, D3132, D3131.
std::vector<Part> analysePicture(const std::string &picture);

/// Calendar fields of an instant in UTC, as JavaScript's getUTC* return them.
struct Civil
{
    std::int64_t year = 1970;
    int month = 1; // 1..12
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

std::int64_t daysFromCivil(std::int64_t year, int month, int day);
Civil civilFromMillis(std::int64_t millis);
/// 1 = Monday .. 7 = Sunday.
int isoWeekday(std::int64_t days);
/// Date.UTC(year, month0, day, hour, minute, second, ms) with its normalisation rules; NaN in,
/// NaN out.
double dateUtc(double year, double month0, double day, double hour, double minute, double second,
               double millisecond);

/// The numeric value of a component at an instant (getDateTimeFragment); 'P' gives 0 (am)
/// or 1 (pm). Unknown components give NaN.
double fragment(std::int64_t millis, char32_t component);

/// Date.parse of JavaScript for the ISO 8601 forms $toMillis accepts (UTC when no offset is
/// given); nullopt for an impossible date such as month 13.
std::optional<double> parseIsoTimestamp(const std::string &text);

extern const char *const kMonthNames[12];
extern const char *const kDayNames[8]; // [1] = Monday

} // namespace datetime
} // namespace stepwise::jsonata
