#include "jsonatapicture.h"

// Numbers as English words (British style: "one hundred and five", "three thousand, two"),
// roman numerals and spreadsheet column letters, both ways, as the reference spells them.

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace stepwise::jsonata::picture {

namespace {

const char *const kFew[] = {"Zero",    "One",     "Two",       "Three",    "Four",
                            "Five",    "Six",     "Seven",     "Eight",    "Nine",
                            "Ten",     "Eleven",  "Twelve",    "Thirteen", "Fourteen",
                            "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
const char *const kOrdinals[] = {
    "Zeroth",     "First",     "Second",    "Third",       "Fourth",     "Fifth",     "Sixth",
    "Seventh",    "Eighth",    "Ninth",     "Tenth",       "Eleventh",   "Twelfth",   "Thirteenth",
    "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"};
// "Hundred" ends the list because the reference derives its word table from it too.
const char *const kDecades[] = {"Twenty",  "Thirty", "Forty",  "Fifty",  "Sixty",
                                "Seventy", "Eighty", "Ninety", "Hundred"};
const char *const kMagnitudes[] = {"Thousand", "Million", "Billion", "Trillion"};

std::string spell(double number, bool previous, bool ordinal)
{
    std::string words;
    if (number <= 19) {
        const auto index = static_cast<std::size_t>(number);
        words = std::string(previous ? " and " : "") + (ordinal ? kOrdinals : kFew)[index];
    } else if (number < 100) {
        const auto tens = static_cast<std::size_t>(std::floor(number / 10));
        const double rest = std::fmod(number, 10);
        words = std::string(previous ? " and " : "") + kDecades[tens - 2];
        if (rest > 0)
            words += "-" + spell(rest, false, ordinal);
        else if (ordinal)
            words = words.substr(0, words.size() - 1) + "ieth"; // Twenty -> Twentieth
    } else if (number < 1000) {
        const auto hundreds = static_cast<std::size_t>(std::floor(number / 100));
        const double rest = std::fmod(number, 100);
        words = std::string(previous ? ", " : "") + kFew[hundreds] + " Hundred";
        if (rest > 0)
            words += spell(rest, true, ordinal);
        else if (ordinal)
            words += "th";
    } else {
        // Beyond a trillion the reference repeats "trillion" ("one thousand trillion").
        int magnitude = static_cast<int>(std::floor(std::log10(number) / 3));
        magnitude = std::min(magnitude, 4);
        const double factor = std::pow(10, magnitude * 3);
        const double mantissa = std::floor(number / factor);
        const double rest = number - mantissa * factor;
        words = std::string(previous ? ", " : "") + spell(mantissa, false, false) + " " +
                kMagnitudes[magnitude - 1];
        if (rest > 0)
            words += spell(rest, true, ordinal);
        else if (ordinal)
            words += "th";
    }
    return words;
}

// Word -> value, and the words in the order the reference lists them in its parsing regex.
struct WordTable
{
    std::map<std::string, double> values;
    std::vector<std::string> order;
    void add(const std::string &word, double value)
    {
        if (values.emplace(word, value).second)
            order.push_back(word);
        else
            values[word] = value;
    }
};

const WordTable &wordTable()
{
    static const WordTable table = [] {
        WordTable t;
        for (int i = 0; i < 20; ++i)
            t.add(asciiLower(kFew[i]), i);
        for (int i = 0; i < 20; ++i)
            t.add(asciiLower(kOrdinals[i]), i);
        for (int i = 0; i < 9; ++i) {
            const std::string word = asciiLower(kDecades[i]);
            t.add(word, (i + 2) * 10);
            t.add(word.substr(0, word.size() - 1) + "ieth", (i + 2) * 10);
        }
        t.add("hundredth", 100);
        for (int i = 0; i < 4; ++i) {
            const std::string word = asciiLower(kMagnitudes[i]);
            t.add(word, std::pow(10, (i + 1) * 3));
            t.add(word + "th", std::pow(10, (i + 1) * 3));
        }
        return t;
    }();
    return table;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::string numberToWords(double value, bool ordinal)
{
    return spell(value, false, ordinal);
}

std::string wordsRegex()
{
    std::string regex = "(?:";
    for (const auto &word : wordTable().order)
        regex += word + "|";
    return regex + "and|[\\-, ])+";
}

std::optional<double> wordsToNumber(const std::string &lowerText)
{
    // Split at ", ", " and ", a blank, a backslash or a hyphen, in that order of preference.
    std::vector<std::string> parts(1);
    const std::size_t n = lowerText.size();
    for (std::size_t i = 0; i < n;) {
        if (lowerText[i] == ',' && i + 1 < n && isBlank(lowerText[i + 1])) {
            parts.emplace_back();
            i += 2;
        } else if (isBlank(lowerText[i]) && lowerText.compare(i + 1, 3, "and") == 0 && i + 4 < n &&
                   isBlank(lowerText[i + 4])) {
            parts.emplace_back();
            i += 5;
        } else if (isBlank(lowerText[i]) || lowerText[i] == '\\' || lowerText[i] == '-') {
            parts.emplace_back();
            ++i;
        } else {
            parts.back() += lowerText[i++];
        }
    }
    // A segment collects a number below a thousand and its multipliers; a small number after
    // a thousand or more starts the next segment.
    std::vector<double> segments{0};
    for (const auto &part : parts) {
        const auto found = wordTable().values.find(part);
        if (found == wordTable().values.end())
            return std::nullopt;
        const double value = found->second;
        if (value < 100) {
            double top = segments.back();
            segments.pop_back();
            if (top >= 1000) {
                segments.push_back(top);
                top = 0;
            }
            segments.push_back(top + value);
        } else {
            segments.back() *= value;
        }
    }
    double sum = 0;
    for (const double s : segments)
        sum += s;
    return sum;
}

std::string decimalToRoman(double value)
{
    static const std::pair<int, const char *> numerals[] = {
        {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
        {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
    std::string out;
    for (const auto &[amount, letters] : numerals)
        while (value >= amount) {
            out += letters;
            value -= amount;
        }
    return out;
}

double romanToDecimal(const std::string &upperText)
{
    static const std::map<char, int> values = {{'M', 1000}, {'D', 500}, {'C', 100}, {'L', 50},
                                               {'X', 10},   {'V', 5},   {'I', 1}};
    double total = 0;
    int largest = 1;
    for (auto it = upperText.rbegin(); it != upperText.rend(); ++it) {
        const auto found = values.find(*it);
        if (found == values.end())
            return std::nan("");
        if (found->second < largest) {
            total -= found->second; // a smaller numeral before a larger one subtracts
        } else {
            largest = found->second;
            total += found->second;
        }
    }
    return total;
}

std::string decimalToLetters(double value, char first)
{
    std::string letters;
    while (value > 0) {
        letters.insert(letters.begin(), static_cast<char>(std::fmod(value - 1, 26) + first));
        value = std::floor((value - 1) / 26);
    }
    return letters;
}

double lettersToDecimal(const std::string &text, char first)
{
    double total = 0;
    double weight = 1;
    for (auto it = text.rbegin(); it != text.rend(); ++it) {
        total += (static_cast<unsigned char>(*it) - first + 1) * weight;
        weight *= 26;
    }
    return total;
}

} // namespace stepwise::jsonata::picture
