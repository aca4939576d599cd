#include "jsonataformat.h"

// Placeholder so the evaluator can link: every function reports that it is not implemented yet.

namespace stepwise::jsonata {

namespace {
const char *const kPending = "not implemented yet";
}

FormatResult formatNumber(double, const std::string &, const nlohmann::json &)
{
    return {{}, "D3080", kPending};
}

FormatResult formatInteger(double, const std::string &)
{
    return {{}, "D3130", kPending};
}

ParseResult parseInteger(const std::string &, const std::string &)
{
    return {std::nullopt, "D3130", kPending};
}

FormatResult fromMillis(std::int64_t, const std::optional<std::string> &,
                        const std::optional<std::string> &)
{
    return {{}, "D3133", kPending};
}

ParseResult toMillis(const std::string &, const std::optional<std::string> &)
{
    return {std::nullopt, "D3110", kPending};
}

} // namespace stepwise::jsonata
