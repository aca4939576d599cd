#include "jsonatapicture.h"

// fn:format-integer pictures as jsonata-js reads them: a decimal-digit pattern (any Unicode
// digit family, '#' optional digits, anything else a grouping separator), or one of the
// tokens a/A (letters), i/I (roman), w/W/Ww (words); ";o" asks for ordinals.

#include <algorithm>
#include <cmath>
#include <numeric>

namespace stepwise::jsonata::picture {

namespace {

// The zero of every decimal digit family in the Basic Multilingual Plane (Unicode Nd).
constexpr char32_t kDecimalGroups[] = {
    0x30,   0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
    0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10};

std::optional<char32_t> digitFamily(char32_t c)
{
    for (const char32_t zero : kDecimalGroups)
        if (c >= zero && c <= zero + 9)
            return zero;
    return std::nullopt;
}

// Equal spacing with one character: the grouping repeats (e.g. "#,##0" groups every 3).
int regularPeriod(const std::vector<GroupingSeparator> &separators)
{
    if (separators.empty())
        return 0;
    for (const auto &s : separators)
        if (s.character != separators.front().character)
            return 0;
    int factor = 0;
    for (const auto &s : separators)
        factor = std::gcd(factor, s.position);
    if (factor == 0)
        return 0;
    for (std::size_t i = 1; i <= separators.size(); ++i) {
        const int wanted = static_cast<int>(i) * factor;
        if (std::none_of(separators.begin(), separators.end(),
                         [wanted](const GroupingSeparator &s) { return s.position == wanted; }))
            return 0;
    }
    return factor;
}

// Inserts like the reference's substr(0, pos) + sep + substr(pos): a negative position
// counts from the end, as JavaScript's substr does.
void insertAt(std::u32string &text, int position, char32_t separator)
{
    const int length = static_cast<int>(text.size());
    const std::u32string head = position > 0 ? text.substr(0, std::min(position, length)) : U"";
    const int tailStart =
        position >= 0 ? std::min(position, length) : std::max(length + position, 0);
    text = head + separator + text.substr(static_cast<std::size_t>(tailStart));
}

} // namespace

IntegerPicture analyseIntegerPicture(const std::u32string &picture)
{
    IntegerPicture result;
    std::u32string primary = picture;
    const auto semicolon = picture.rfind(U';');
    if (semicolon != std::u32string::npos) {
        primary = picture.substr(0, semicolon);
        result.ordinal = picture.size() > semicolon + 1 && picture[semicolon + 1] == U'o';
    }
    if (primary == U"A" || primary == U"a") {
        result.kind = IntegerKind::Letters;
        result.letterCase = primary == U"A" ? LetterCase::Upper : LetterCase::Lower;
        return result;
    }
    if (primary == U"I" || primary == U"i") {
        result.kind = IntegerKind::Roman;
        result.letterCase = primary == U"I" ? LetterCase::Upper : LetterCase::Lower;
        return result;
    }
    if (primary == U"W" || primary == U"Ww" || primary == U"w") {
        result.kind = IntegerKind::Words;
        result.letterCase = primary == U"W"    ? LetterCase::Upper
                            : primary == U"Ww" ? LetterCase::Title
                                               : LetterCase::Lower;
        return result;
    }
    std::optional<char32_t> zero;
    int position = 0;
    std::vector<GroupingSeparator> separators;
    for (auto it = primary.rbegin(); it != primary.rend(); ++it) {
        if (const auto family = digitFamily(*it)) {
            if (zero && *zero != *family)
                throw PictureError{"D3131", {}};
            zero = family;
            ++result.mandatoryDigits;
            ++position;
        } else if (*it == U'#') {
            ++result.optionalDigits;
            ++position;
        } else {
            separators.push_back({position, *it});
        }
    }
    if (result.mandatoryDigits == 0) {
        result.kind = IntegerKind::Sequence;
        result.token = toUtf8(primary);
        return result;
    }
    result.zeroCode = *zero;
    if (const int period = regularPeriod(separators); period > 0) {
        result.regular = true;
        result.separators = {{period, separators.front().character}};
    } else {
        result.separators = separators;
    }
    return result;
}

std::string formatIntegerWith(double value, const IntegerPicture &picture)
{
    const bool negative = value < 0;
    value = std::fabs(value);
    if (!std::isfinite(value) && picture.kind != IntegerKind::Decimal)
        throw PictureError{"D3001", {}};
    // The reference builds roman numerals recursively and overflows its stack long before
    // this; a limit keeps the output (one 'M' per thousand) bounded.
    if (picture.kind == IntegerKind::Roman && value > 1e7)
        throw PictureError{"D3130", "I"};
    std::string text;
    switch (picture.kind) {
    case IntegerKind::Letters:
        text = decimalToLetters(value, picture.letterCase == LetterCase::Upper ? 'A' : 'a');
        break;
    case IntegerKind::Roman:
        text = decimalToRoman(value);
        if (picture.letterCase == LetterCase::Upper)
            text = asciiUpper(text);
        break;
    case IntegerKind::Words:
        text = numberToWords(value, picture.ordinal);
        if (picture.letterCase == LetterCase::Upper)
            text = asciiUpper(text);
        else if (picture.letterCase == LetterCase::Lower)
            text = asciiLower(text);
        break;
    case IntegerKind::Decimal: {
        std::u32string digits = toU32(jsNumberToString(value));
        if (static_cast<int>(digits.size()) < picture.mandatoryDigits)
            digits.insert(0, static_cast<std::size_t>(picture.mandatoryDigits) - digits.size(),
                          U'0');
        if (picture.zeroCode != U'0')
            for (char32_t &c : digits)
                c = c + picture.zeroCode - U'0';
        if (picture.regular) {
            const int period = picture.separators.front().position;
            const int groups = (static_cast<int>(digits.size()) - 1) / period;
            for (int i = groups; i > 0; --i)
                insertAt(digits, static_cast<int>(digits.size()) - i * period,
                         picture.separators.front().character);
        } else {
            for (auto it = picture.separators.rbegin(); it != picture.separators.rend(); ++it)
                insertAt(digits, static_cast<int>(digits.size()) - it->position, it->character);
        }
        text = toUtf8(digits);
        if (picture.ordinal) {
            const char last = text.empty() ? '\0' : text.back();
            const bool teen = text.size() > 1 && text[text.size() - 2] == '1';
            const char *suffix = "th";
            if (!teen && last == '1')
                suffix = "st";
            else if (!teen && last == '2')
                suffix = "nd";
            else if (!teen && last == '3')
                suffix = "rd";
            text += suffix;
        }
        break;
    }
    case IntegerKind::Sequence:
        throw PictureError{"D3130", picture.token};
    }
    return negative ? "-" + text : text;
}

std::string integerRegex(const IntegerPicture &picture)
{
    const bool upper = picture.letterCase == LetterCase::Upper;
    switch (picture.kind) {
    case IntegerKind::Letters:
        return upper ? "[A-Z]+" : "[a-z]+";
    case IntegerKind::Roman:
        return upper ? "[MDCLXVI]+" : "[mdclxvi]+";
    case IntegerKind::Words:
        return wordsRegex();
    case IntegerKind::Decimal: {
        std::string regex = "[0-9]";
        regex += picture.parseWidth > 0 ? "{" + std::to_string(picture.parseWidth) + "}" : "+";
        if (picture.ordinal)
            regex += "(?:th|st|nd|rd)";
        return regex;
    }
    case IntegerKind::Sequence:
        break;
    }
    throw PictureError{"D3130", picture.token};
}

std::optional<double> parseIntegerWith(const std::string &text, const IntegerPicture &picture)
{
    const bool upper = picture.letterCase == LetterCase::Upper;
    switch (picture.kind) {
    case IntegerKind::Letters:
        return lettersToDecimal(text, upper ? 'A' : 'a');
    case IntegerKind::Roman: {
        const double value = romanToDecimal(upper ? text : asciiUpper(text));
        return std::isnan(value) ? std::nullopt : std::optional<double>(value);
    }
    case IntegerKind::Words:
        return wordsToNumber(asciiLower(text));
    case IntegerKind::Decimal: {
        std::u32string digits = toU32(text);
        if (picture.ordinal)
            digits.resize(digits.size() >= 2 ? digits.size() - 2 : 0);
        // The reference strips ',' for any regular grouping, whatever its character.
        const auto strip = [&digits](char32_t c) { std::erase(digits, c); };
        if (picture.regular)
            strip(U',');
        else
            for (const auto &s : picture.separators)
                strip(s.character);
        if (picture.zeroCode != U'0')
            for (char32_t &c : digits)
                c = c - picture.zeroCode + U'0';
        return jsParseInt(toUtf8(digits));
    }
    case IntegerKind::Sequence:
        break;
    }
    throw PictureError{"D3130", picture.token};
}

} // namespace stepwise::jsonata::picture
