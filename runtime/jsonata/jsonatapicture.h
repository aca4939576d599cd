#pragma once

// Internal helpers shared by the picture-string functions: UTF-8 <-> code points, JavaScript's
// number-to-string and rounding (the reference is written in JavaScript, and its results
// depend on them), and fn:format-integer pictures (used on their own and inside date/time
// markers). Errors travel as PictureError exceptions that never leave jsonataformat*.cpp and
// jsonatadatetime*.cpp: the public functions turn them into FormatResult/ParseResult.

#include <optional>
#include <string>
#include <vector>

namespace stepwise::jsonata::picture {

/// A JSONata error code with the value its message names (may be empty).
struct PictureError
{
    std::string code;
    std::string value;
};

/// The reference's message for an error code, with {{value}} filled in.
std::string errorMessage(const PictureError &error);

std::u32string toU32(const std::string &utf8);
std::string toUtf8(const std::u32string &text);
std::string toUtf8(char32_t c);
std::string asciiLower(std::string text);
std::string asciiUpper(std::string text);

/// Number.prototype.toString() of JavaScript (shortest round trip, its exponent rules).
std::string jsNumberToString(double value);
/// Math.round of JavaScript: halves go toward +infinity.
double jsMathRound(double value);
/// JSONata's $round: half to even, shifting the decimal point in text as the reference does.
double jsonataRound(double value, int precision);
/// parseInt of JavaScript over ASCII text: leading blanks, a sign, then decimal digits.
std::optional<double> jsParseInt(const std::string &text);

enum class IntegerKind { Decimal, Letters, Roman, Words, Sequence };
enum class LetterCase { Lower, Upper, Title };

struct GroupingSeparator
{
    int position = 0; // digits to its right
    char32_t character = U',';
};

/// An analysed fn:format-integer picture (primary token ; modifier).
struct IntegerPicture
{
    IntegerKind kind = IntegerKind::Decimal;
    LetterCase letterCase = LetterCase::Lower;
    bool ordinal = false;
    char32_t zeroCode = U'0';
    int mandatoryDigits = 0;
    int optionalDigits = 0;
    bool regular = false; // then separators holds one entry: the period and the character
    std::vector<GroupingSeparator> separators;
    int parseWidth = 0; // > 0: parsing takes exactly this many digits
    std::string token;  // the unsupported sequence token
};

/// Throws D3131 (digits of two families); a picture without digits is a Sequence.
IntegerPicture analyseIntegerPicture(const std::u32string &picture);
/// Formats an integral value; throws D3130 for a Sequence picture.
std::string formatIntegerWith(double value, const IntegerPicture &picture);
/// The ECMAScript regex the reference matches this picture with when parsing dates.
std::string integerRegex(const IntegerPicture &picture);
/// Reads text written with the picture (no validation beyond what the reference does).
std::optional<double> parseIntegerWith(const std::string &text, const IntegerPicture &picture);

// English words, roman numerals and spreadsheet-style letters (jsonatapicturewords.cpp).
std::string numberToWords(double value, bool ordinal); // Title Case, "and" in lower case
std::optional<double> wordsToNumber(const std::string &lowerText);
std::string wordsRegex();
std::string decimalToRoman(double value); // lower case
double romanToDecimal(const std::string &upperText);
std::string decimalToLetters(double value, char first);
double lettersToDecimal(const std::string &text, char first);

} // namespace stepwise::jsonata::picture
