#include "jsonataformat.h"
#include "jsonatadatetime.h"
#include "jsonatapicture.h"

// $formatInteger and $parseInteger (fn:format-integer pictures), and the system-clock
// $toMillis. $formatNumber lives in jsonataformatnumber.cpp, the date/time functions in
// jsonatadatetime*.cpp.

#include <chrono>
#include <cmath>

namespace stepwise::jsonata {

using picture::PictureError;

FormatResult formatInteger(double value, const std::string &pictureText)
{
    try {
        const auto parsed = picture::analyseIntegerPicture(picture::toU32(pictureText));
        return {picture::formatIntegerWith(std::floor(value), parsed), {}, {}};
    } catch (const PictureError &error) {
        return {{}, error.code, picture::errorMessage(error)};
    }
}

ParseResult parseInteger(const std::string &text, const std::string &pictureText)
{
    try {
        const auto parsed = picture::analyseIntegerPicture(picture::toU32(pictureText));
        picture::integerRegex(parsed); // refuses what the reference cannot parse (D3130)
        const auto value = picture::parseIntegerWith(text, parsed);
        return {value && std::isfinite(*value) ? value : std::nullopt, {}, {}};
    } catch (const PictureError &error) {
        return {std::nullopt, error.code, picture::errorMessage(error)};
    }
}

ParseResult toMillis(const std::string &timestamp, const std::optional<std::string> &pictureText)
{
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    return toMillis(timestamp, pictureText, static_cast<std::int64_t>(now.count()));
}

} // namespace stepwise::jsonata
