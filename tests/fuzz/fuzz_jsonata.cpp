// JSONata: "EXPR \0 INPUT \0 BINDINGS" (a NUL separates the parts, since expressions span
// lines; a missing INPUT is undefined input, missing BINDINGS none). An expression compiles or
// is refused with a code; evaluating it under a depth and a time limit (so that an endless
// recursion or loop the language allows is a U1001, not a hang) ends with a value, undefined
// or an error with a code, nothing else. A result must serialise.
#include "jsonata/expression.h"
#include "jsonparse.h"
#include "jsonutil.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

std::string_view part(std::string_view &rest)
{
    const std::size_t nul = rest.find('\0');
    const std::string_view head = rest.substr(0, nul);
    rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
    return head;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    std::string_view rest(reinterpret_cast<const char *>(data), size);
    const std::string source(part(rest));
    const std::string_view inputText = part(rest);
    const std::string_view bindingsText = part(rest);

    jsonata::Error error;
    auto expr = jsonata::Expression::compile(source, &error);
    if (!expr) {
        if (error.code.empty())
            std::abort();
        return 0;
    }
    runtime::Json input;
    const bool haveInput = !inputText.empty() && runtime::json_util::parse(inputText, input).ok;
    runtime::Json bindings;
    if (bindingsText.empty() || !runtime::json_util::parse(bindingsText, bindings).ok ||
        !bindings.is_object())
        bindings = runtime::Json::object();

    jsonata::EvalOptions options;
    options.maxDepth = 200;
    options.timeoutMs = 1000;
    jsonata::Result r = expr->evaluate(haveInput ? &input : nullptr, bindings, options);
    if (!r.ok()) {
        if (r.error.message.empty())
            std::abort();
    } else if (!r.undefined) {
        (void)runtime::json_util::dump(r.value);
    }
    return 0;
}
