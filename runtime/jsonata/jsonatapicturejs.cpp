#include "jsonatapicture.h"

// The JavaScript behaviours the reference's results depend on, and the error texts.

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <map>

namespace stepwise::jsonata::picture {

std::string errorMessage(const PictureError &error)
{
    static const std::map<std::string, std::string> messages = {
        {"D3001", "Attempting to invoke string function on Infinity or NaN"},
        {"D3080", "The picture string must only contain a maximum of two sub-pictures"},
        {"D3081", "The sub-picture must not contain more than one instance of the "
                  "'decimal-separator' character"},
        {"D3082", "The sub-picture must not contain more than one instance of the 'percent' "
                  "character"},
        {"D3083", "The sub-picture must not contain more than one instance of the 'per-mille' "
                  "character"},
        {"D3084", "The sub-picture must not contain both a 'percent' and a 'per-mille' character"},
        {"D3085", "The mantissa part of a sub-picture must contain at least one character that "
                  "is either an 'optional digit character' or a member of the 'decimal digit "
                  "family'"},
        {"D3086", "The sub-picture must not contain a passive character that is preceded by an "
                  "active character and that is followed by another active character"},
        {"D3087", "The sub-picture must not contain a 'grouping-separator' character that "
                  "appears adjacent to a 'decimal-separator' character"},
        {"D3088", "The sub-picture must not contain a 'grouping-separator' at the end of the "
                  "integer part"},
        {"D3089", "The sub-picture must not contain two adjacent instances of the "
                  "'grouping-separator' character"},
        {"D3090", "The integer part of the sub-picture must not contain a member of the 'decimal "
                  "digit family' that is followed by an instance of the 'optional digit "
                  "character'"},
        {"D3091", "The fractional part of the sub-picture must not contain an instance of the "
                  "'optional digit character' that is followed by a member of the 'decimal "
                  "digit family'"},
        {"D3092", "A sub-picture that contains a 'percent' or 'per-mille' character must not "
                  "contain a character treated as an 'exponent-separator'"},
        {"D3093", "The exponent part of the sub-picture must comprise only of one or more "
                  "characters that are members of the 'decimal digit family'"},
        {"D3110", "The argument of the toMillis function must be an ISO 8601 formatted "
                  "timestamp. Given {{value}}"},
        {"D3130", "Formatting or parsing an integer as a sequence starting with {{value}} is not "
                  "supported by this implementation"},
        {"D3131", "In a decimal digit pattern, all digits must be from the same decimal group"},
        {"D3132", "Unknown component specifier {{value}} in date/time picture string"},
        {"D3133", "The 'name' modifier can only be applied to months and days in the date/time "
                  "picture string, not {{value}}"},
        {"D3134", "The timezone integer format specifier cannot have more than four digits"},
        {"D3135", "No matching closing bracket ']' in date/time picture string"},
        {"D3136", "The date/time picture string is missing specifiers required to parse the "
                  "timestamp"},
    };
    const auto found = messages.find(error.code);
    std::string text = found == messages.end() ? error.code : found->second;
    const auto at = text.find("{{value}}");
    if (at != std::string::npos)
        text.replace(at, 9, error.value);
    return text;
}

std::u32string toU32(const std::string &utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        int extra = lead < 0x80           ? 0
                    : (lead >> 5) == 0x6  ? 1
                    : (lead >> 4) == 0xE  ? 2
                    : (lead >> 3) == 0x1E ? 3
                                          : -1;
        char32_t cp = extra == 0   ? lead
                      : extra == 1 ? (lead & 0x1F)
                      : extra == 2 ? (lead & 0x0F)
                                   : (lead & 0x07);
        bool ok = extra >= 0 && i + extra < utf8.size();
        for (int k = 1; ok && k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + k]);
            ok = (next & 0xC0) == 0x80;
            cp = (cp << 6) | (next & 0x3F);
        }
        // A broken sequence becomes U+FFFD, one byte at a time, like a lenient decoder.
        out.push_back(ok ? cp : U'\uFFFD');
        i += ok ? extra + 1 : 1;
    }
    return out;
}

std::string toUtf8(char32_t c)
{
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

std::string toUtf8(const std::u32string &text)
{
    std::string out;
    for (const char32_t c : text)
        out += toUtf8(c);
    return out;
}

std::string asciiLower(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string asciiUpper(std::string text)
{
    for (char &c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

std::string jsNumberToString(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value < 0 ? "-Infinity" : "Infinity";
    if (value == 0)
        return "0";
    const std::string sign = value < 0 ? "-" : "";
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                   std::chars_format::scientific)
                         .ptr;
    const std::string text(buffer, end);
    const auto e = text.find('e');
    std::string digits;
    for (std::size_t i = 0; i < e; ++i)
        if (text[i] != '.')
            digits += text[i];
    const int k = static_cast<int>(digits.size());
    const int n = std::atoi(text.c_str() + e + 1) + 1; // value = 0.digits x 10^n
    if (k <= n && n <= 21)
        return sign + digits + std::string(static_cast<std::size_t>(n - k), '0');
    if (0 < n && n <= 21)
        return sign + digits.substr(0, n) + "." + digits.substr(n);
    if (-6 < n && n <= 0)
        return sign + "0." + std::string(static_cast<std::size_t>(-n), '0') + digits;
    std::string out = sign + digits.substr(0, 1);
    if (k > 1)
        out += "." + digits.substr(1);
    out += n - 1 >= 0 ? "e+" : "e-";
    return out + std::to_string(std::abs(n - 1));
}

double jsMathRound(double value)
{
    if (!std::isfinite(value))
        return value;
    double result = std::floor(value);
    if (value - result >= 0.5)
        result += 1;
    return result;
}

namespace {

// Moves the decimal point through the text form, as the reference does, so that no binary
// multiplication error creeps in.
double shiftDecimal(double value, int places)
{
    const std::string text = jsNumberToString(value);
    const auto e = text.find('e');
    std::string shifted;
    if (e == std::string::npos)
        shifted = text + "e" + std::to_string(places);
    else
        shifted =
            text.substr(0, e) + "e" + std::to_string(std::atoi(text.c_str() + e + 1) + places);
    return std::strtod(shifted.c_str(), nullptr);
}

} // namespace

double jsonataRound(double value, int precision)
{
    if (!std::isfinite(value))
        return value;
    const double shifted = precision != 0 ? shiftDecimal(value, precision) : value;
    double result = jsMathRound(shifted);
    if (std::fabs(result - shifted) == 0.5 && std::fabs(std::fmod(result, 2)) == 1)
        result -= 1; // Math.round went up from a half: half-to-even wants the even neighbour
    if (precision != 0)
        result = shiftDecimal(result, -precision);
    return result == 0 ? 0.0 : result;
}

std::optional<double> jsParseInt(const std::string &text)
{
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n'))
        ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        negative = text[i++] == '-';
    std::string digits;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        digits += text[i++];
    if (digits.empty())
        return std::nullopt;
    const double value = std::strtod(digits.c_str(), nullptr);
    return negative ? -value : value;
}

} // namespace stepwise::jsonata::picture
