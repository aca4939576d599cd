#include "jsonataformat.h"
#include "jsonatapicture.h"

// $formatNumber: fn:format-number (XPath F&O 3.1, 4.7) as jsonata-js implements it, including
// its quirks (e.g. a sub-picture without a decimal separator takes its suffix as the fractional
// part, and the last of several validation errors is the one reported), so results match.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <optional>
#include <vector>

namespace stepwise::jsonata {

using picture::PictureError;

namespace {

using Text = std::u32string;
constexpr auto npos = Text::npos;

struct Properties
{
    Text decimal = U".", grouping = U",", exponent = U"e", infinity = U"Infinity", minus = U"-",
         notANumber = U"NaN", percent = U"%", perMille = U"\u2030", zero = U"0", digit = U"#",
         pattern = U";";

    explicit Properties(const nlohmann::json &options)
    {
        if (!options.is_object())
            return;
        const std::pair<const char *, Text *> keys[] = {{"decimal-separator", &decimal},
                                                        {"grouping-separator", &grouping},
                                                        {"exponent-separator", &exponent},
                                                        {"infinity", &infinity},
                                                        {"minus-sign", &minus},
                                                        {"NaN", &notANumber},
                                                        {"percent", &percent},
                                                        {"per-mille", &perMille},
                                                        {"zero-digit", &zero},
                                                        {"digit", &digit},
                                                        {"pattern-separator", &pattern}};
        for (const auto &[key, target] : keys) {
            const auto found = options.find(key);
            if (found != options.end() && found->is_string())
                *target = picture::toU32(found->get<std::string>());
        }
    }
    char32_t zeroChar() const { return zero.empty() ? U'0' : zero[0]; }
    bool inFamily(char32_t c) const { return c >= zeroChar() && c <= zeroChar() + 9; }
    static bool is(const Text &property, char32_t c)
    {
        return property.size() == 1 && property[0] == c;
    }
    bool isDigitSign(char32_t c) const { return inFamily(c) || is(digit, c); }
    bool isActive(char32_t c) const
    {
        return inFamily(c) || is(decimal, c) || is(exponent, c) || is(grouping, c) ||
               is(digit, c) || is(pattern, c);
    }
};

// JavaScript's String.prototype.substring: clamps both bounds and swaps reversed ones.
Text substring(const Text &s, long from, long to)
{
    const long length = static_cast<long>(s.size());
    from = std::clamp(from, 0L, length);
    to = std::clamp(to, 0L, length);
    if (from > to)
        std::swap(from, to);
    return s.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from));
}

Text substring(const Text &s, long from)
{
    return substring(s, from, static_cast<long>(s.size()));
}

// Inserts like the reference's slice(0, at) + text + slice(at): negative counts from the end.
void insertAt(Text &s, long at, const Text &text)
{
    const long length = static_cast<long>(s.size());
    if (at < 0)
        at = std::max(length + at, 0L);
    at = std::min(at, length);
    s.insert(static_cast<std::size_t>(at), text);
}

long indexOf(const Text &s, const Text &what, std::size_t from = 0)
{
    const auto at = s.find(what, from);
    return at == npos ? -1 : static_cast<long>(at);
}

template <typename Pred> int countIf(const Text &s, Pred pred)
{
    return static_cast<int>(std::count_if(s.begin(), s.end(), pred));
}

struct SubPicture
{
    Text prefix, suffix, active, mantissa, integer, fractional, whole;
    std::optional<Text> exponent;
};

SubPicture split(const Text &sub, const Properties &p)
{
    SubPicture parts;
    parts.whole = sub;
    const auto isMarker = [&p](char32_t c) {
        return p.isActive(c) && !Properties::is(p.exponent, c);
    };
    const auto first = std::find_if(sub.begin(), sub.end(), isMarker);
    parts.prefix = first == sub.end() ? Text() : Text(sub.begin(), first);
    const auto last = std::find_if(sub.rbegin(), sub.rend(), isMarker);
    parts.suffix = last == sub.rend() ? Text() : Text(last.base(), sub.end());
    parts.active = substring(sub, static_cast<long>(parts.prefix.size()),
                             static_cast<long>(sub.size() - parts.suffix.size()));
    const long exponentAt = indexOf(sub, p.exponent, parts.prefix.size());
    if (exponentAt == -1 || exponentAt > static_cast<long>(sub.size() - parts.suffix.size())) {
        parts.mantissa = parts.active;
    } else {
        // The reference indexes the active part with a position in the whole sub-picture.
        parts.mantissa = substring(parts.active, 0, exponentAt);
        parts.exponent = substring(parts.active, exponentAt + 1);
    }
    const long decimalAt = indexOf(parts.mantissa, p.decimal);
    if (decimalAt == -1) {
        parts.integer = parts.mantissa;
        parts.fractional = parts.suffix;
    } else {
        parts.integer = substring(parts.mantissa, 0, decimalAt);
        parts.fractional = substring(parts.mantissa, decimalAt + 1);
    }
    return parts;
}

void validate(const SubPicture &parts, const Properties &p)
{
    const Text &sub = parts.whole;
    std::string error; // the reference reports the last rule broken
    const long decimalAt = indexOf(sub, p.decimal);
    const auto appearsTwice = [&sub](const Text &what) {
        return sub.find(what) != sub.rfind(what);
    };
    if (appearsTwice(p.decimal))
        error = "D3081";
    if (appearsTwice(p.percent))
        error = "D3082";
    if (appearsTwice(p.perMille))
        error = "D3083";
    if (sub.find(p.percent) != npos && sub.find(p.perMille) != npos)
        error = "D3084";
    if (countIf(parts.mantissa, [&p](char32_t c) { return p.isDigitSign(c); }) == 0)
        error = "D3085";
    if (countIf(parts.active, [&p](char32_t c) { return !p.isActive(c); }) > 0)
        error = "D3086";
    const auto charAt = [](const Text &s, long at) {
        return at >= 0 && at < static_cast<long>(s.size()) ? s[static_cast<std::size_t>(at)] : 0;
    };
    if (decimalAt != -1) {
        if (Properties::is(p.grouping, charAt(sub, decimalAt - 1)) ||
            Properties::is(p.grouping, charAt(sub, decimalAt + 1)))
            error = "D3087";
    } else if (!parts.integer.empty() && Properties::is(p.grouping, parts.integer.back())) {
        error = "D3088";
    }
    if (sub.find(p.grouping + p.grouping) != npos)
        error = "D3089";
    const auto inFamily = [&p](char32_t c) { return p.inFamily(c); };
    const long optionalAt = indexOf(parts.integer, p.digit);
    if (optionalAt != -1 && countIf(substring(parts.integer, 0, optionalAt), inFamily) > 0)
        error = "D3090";
    const auto lastOptional = parts.fractional.rfind(p.digit);
    if (lastOptional != npos &&
        countIf(substring(parts.fractional, static_cast<long>(lastOptional)), inFamily) > 0)
        error = "D3091";
    if (parts.exponent && !parts.exponent->empty() &&
        (sub.find(p.percent) != npos || sub.find(p.perMille) != npos))
        error = "D3092";
    if (parts.exponent && (parts.exponent->empty() || countIf(*parts.exponent, [&p](char32_t c) {
                                                          return !p.inFamily(c);
                                                      }) > 0))
        error = "D3093";
    if (!error.empty())
        throw PictureError{error, {}};
}

// The sizes and grouping a sub-picture asks for (F&O 4.7.4).
struct Layout
{
    std::vector<long> integerGroups;
    long regularGroup = 0;
    int minInteger = 0, scaling = 0, minFraction = 0, maxFraction = 0, minExponent = 0;
    std::vector<long> fractionGroups;
    Text prefix, suffix, picture;
};

Layout analyse(const SubPicture &parts, const Properties &p)
{
    const auto digitSign = [&p](char32_t c) { return p.isDigitSign(c); };
    const auto inFamily = [&p](char32_t c) { return p.inFamily(c); };
    const auto groupingPositions = [&](const Text &part, bool toLeft) {
        std::vector<long> positions;
        long at = indexOf(part, p.grouping);
        while (at != -1) {
            positions.push_back(
                countIf(toLeft ? substring(part, 0, at) : substring(part, at), digitSign));
            // The reference continues its search in the integer part, whichever part it scans.
            at = indexOf(parts.integer, p.grouping, static_cast<std::size_t>(at + 1));
        }
        return positions;
    };
    Layout layout;
    layout.integerGroups = groupingPositions(parts.integer, false);
    if (!layout.integerGroups.empty()) {
        long factor = 0;
        for (const long position : layout.integerGroups)
            factor = std::gcd(factor, position);
        layout.regularGroup = factor;
        for (std::size_t i = 1; i <= layout.integerGroups.size(); ++i)
            if (std::find(layout.integerGroups.begin(), layout.integerGroups.end(),
                          static_cast<long>(i) * factor) == layout.integerGroups.end())
                layout.regularGroup = 0;
    }
    layout.fractionGroups = groupingPositions(parts.fractional, true);
    layout.minInteger = countIf(parts.integer, inFamily);
    layout.scaling = layout.minInteger;
    layout.minFraction = countIf(parts.fractional, inFamily);
    layout.maxFraction = countIf(parts.fractional, digitSign);
    if (layout.minInteger == 0 && layout.maxFraction == 0) {
        if (parts.exponent) {
            layout.minFraction = 1;
            layout.maxFraction = 1;
        } else {
            layout.minInteger = 1;
        }
    }
    if (parts.exponent && layout.minInteger == 0 && parts.integer.find(p.digit) != npos)
        layout.minInteger = 1;
    if (layout.minInteger == 0 && layout.minFraction == 0)
        layout.minFraction = 1;
    if (parts.exponent)
        layout.minExponent = countIf(*parts.exponent, inFamily);
    layout.prefix = parts.prefix;
    layout.suffix = parts.suffix;
    layout.picture = parts.whole;
    return layout;
}

// Number.prototype.toFixed of |value| in the picture's digit family.
Text fixed(double value, int places, const Properties &p)
{
    value = std::fabs(value);
    std::string text;
    if (value >= 1e21) {
        text = picture::jsNumberToString(value);
    } else {
        char buffer[512];
        std::snprintf(buffer, sizeof buffer, "%.*f", std::clamp(places, 0, 100), value);
        text = buffer;
    }
    Text out = picture::toU32(text);
    if (p.zero != U"0")
        for (char32_t &c : out)
            if (c >= U'0' && c <= U'9')
                c = c - U'0' + p.zeroChar();
    return out;
}

Text repeat(const Text &text, long times)
{
    Text out;
    for (long i = 0; i < times; ++i)
        out += text;
    return out;
}

std::string format(double value, const Text &pictureText, const Properties &p)
{
    // split() of JavaScript: an empty separator splits into single characters.
    std::vector<Text> subPictures;
    if (p.pattern.empty()) {
        for (const char32_t c : pictureText)
            subPictures.emplace_back(1, c);
    } else {
        std::size_t from = 0;
        for (auto at = pictureText.find(p.pattern); at != npos;
             at = pictureText.find(p.pattern, from)) {
            subPictures.push_back(pictureText.substr(from, at - from));
            from = at + p.pattern.size();
        }
        subPictures.push_back(pictureText.substr(from));
    }
    if (subPictures.size() > 2)
        throw PictureError{"D3080", {}};
    std::vector<SubPicture> parts;
    for (const auto &sub : subPictures)
        parts.push_back(split(sub, p));
    for (const auto &part : parts)
        validate(part, p);
    std::vector<Layout> layouts;
    for (const auto &part : parts)
        layouts.push_back(analyse(part, p));
    if (layouts.size() == 1) {
        layouts.push_back(layouts.front());
        layouts.back().prefix = p.minus + layouts.back().prefix;
    }
    const Layout &pic = value >= 0 ? layouts[0] : layouts[1];
    if (!std::isfinite(value)) // JSON has neither, but the caller may: F&O's rule
        return picture::toUtf8(pic.prefix + (std::isnan(value) ? p.notANumber : p.infinity) +
                               pic.suffix);

    double adjusted = value;
    if (pic.picture.find(p.percent) != npos)
        adjusted = value * 100;
    else if (pic.picture.find(p.perMille) != npos)
        adjusted = value * 1000;
    double mantissa = adjusted;
    std::optional<int> exponent;
    if (pic.minExponent != 0) {
        const double maxMantissa = std::pow(10, pic.scaling);
        const double minMantissa = std::pow(10, pic.scaling - 1);
        exponent = 0;
        if (mantissa != 0) {
            while (std::fabs(mantissa) < minMantissa) {
                mantissa *= 10;
                --*exponent;
            }
            while (std::fabs(mantissa) > maxMantissa) {
                mantissa /= 10;
                ++*exponent;
            }
        }
    }
    const double rounded = picture::jsonataRound(mantissa, pic.maxFraction);
    Text text = fixed(rounded, pic.maxFraction, p);
    if (const auto point = text.find(U'.'); point == npos)
        text += p.decimal;
    else
        text.replace(point, 1, p.decimal);
    while (!text.empty() && Properties::is(p.zero, text.front()))
        text.erase(0, 1);
    while (!text.empty() && Properties::is(p.zero, text.back()))
        text.pop_back();

    long decimalAt = indexOf(text, p.decimal);
    const long padLeft = pic.minInteger - decimalAt;
    const long padRight = pic.minFraction - (static_cast<long>(text.size()) - decimalAt - 1);
    text = repeat(p.zero, padLeft) + text + repeat(p.zero, padRight);
    decimalAt = indexOf(text, p.decimal);
    if (pic.regularGroup > 0) {
        const long groups = (decimalAt - 1) / pic.regularGroup;
        for (long group = 1; group <= groups; ++group)
            insertAt(text, decimalAt - group * pic.regularGroup, p.grouping);
    } else {
        for (const long position : pic.integerGroups) {
            insertAt(text, decimalAt - position, p.grouping);
            ++decimalAt;
        }
    }
    decimalAt = indexOf(text, p.decimal);
    for (const long position : pic.fractionGroups)
        insertAt(text, position + decimalAt + 1, p.grouping);
    decimalAt = indexOf(text, p.decimal);
    if ((pic.picture.find(p.decimal) == npos || decimalAt == static_cast<long>(text.size()) - 1) &&
        !text.empty())
        text.pop_back();
    if (exponent) {
        Text digits = fixed(*exponent, 0, p);
        digits = repeat(p.zero, pic.minExponent - static_cast<long>(digits.size())) + digits;
        text += p.exponent + (*exponent < 0 ? p.minus : Text()) + digits;
    }
    return picture::toUtf8(pic.prefix + text + pic.suffix);
}

} // namespace

FormatResult formatNumber(double value, const std::string &pictureText,
                          const nlohmann::json &options)
{
    try {
        return {format(value, picture::toU32(pictureText), Properties(options)), {}, {}};
    } catch (const PictureError &error) {
        return {{}, error.code, picture::errorMessage(error)};
    }
}

} // namespace stepwise::jsonata
