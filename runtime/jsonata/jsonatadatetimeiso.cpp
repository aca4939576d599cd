#include "jsonatadatetime.h"

// The ISO 8601 timestamps $toMillis reads without a picture: YYYY[-MM[-DD]][THH:mm:ss[.f+]]
// with an optional Z or ±HH[:]mm. JavaScript reads a date-time without an offset as local
// time; Step Functions (and this runtime) run in UTC, so it is read as UTC here.

namespace stepwise::jsonata::datetime {

namespace {

class Reader
{
public:
    explicit Reader(const std::string &text) : m_text(text) {}
    bool atEnd() const { return m_pos == m_text.size(); }
    bool accept(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::optional<int> number(std::size_t digits)
    {
        if (m_pos + digits > m_text.size())
            return std::nullopt;
        int value = 0;
        for (std::size_t i = 0; i < digits; ++i) {
            const char c = m_text[m_pos + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + (c - '0');
        }
        m_pos += digits;
        return value;
    }
    // Fractional seconds: any number of digits, truncated to milliseconds.
    std::optional<int> fraction()
    {
        std::string digits;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            digits += m_text[m_pos++];
        if (digits.empty())
            return std::nullopt;
        digits.resize(3, '0');
        return std::stoi(digits);
    }

private:
    const std::string &m_text;
    std::size_t m_pos = 0;
};

int daysInMonth(std::int64_t year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

std::optional<double> parseIsoTimestamp(const std::string &text)
{
    Reader in(text);
    const auto year = in.number(4);
    std::optional<int> month = 1;
    std::optional<int> day = 1;
    if (in.accept('-')) {
        month = in.number(2);
        if (in.accept('-'))
            day = in.number(2);
    }
    std::optional<int> hour = 0, minute = 0, second = 0, millis = 0;
    const bool hasTime = in.accept('T');
    if (hasTime) {
        hour = in.number(2);
        minute = in.accept(':') ? in.number(2) : std::nullopt;
        second = in.accept(':') ? in.number(2) : std::nullopt;
        if (in.accept('.'))
            millis = in.fraction();
    }
    int offsetMinutes = 0;
    if (!in.accept('Z')) {
        const bool plus = in.accept('+');
        if (plus || in.accept('-')) {
            const auto hours = in.number(2);
            in.accept(':');
            const auto minutes = in.number(2);
            if (!hours || !minutes || *hours > 23 || *minutes > 59)
                return std::nullopt;
            offsetMinutes = (plus ? 1 : -1) * (*hours * 60 + *minutes);
        }
    }
    if (!in.atEnd() || !year || !month || !day || !hour || !minute || !second || !millis)
        return std::nullopt;
    if (*month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month) || *hour > 24 ||
        *minute > 59 || *second > 59 || (*hour == 24 && (*minute || *second || *millis)))
        return std::nullopt;
    const double days = static_cast<double>(daysFromCivil(*year, *month, *day));
    return days * 86400000.0 + *hour * 3600000.0 + *minute * 60000.0 + *second * 1000.0 + *millis -
           offsetMinutes * 60000.0;
}

} // namespace stepwise::jsonata::datetime
