// Intrinsic functions: "CALL\nJSON". A call parses or is refused with a message; evaluating it
// against the JSON either returns a value or raises a StatesError, nothing else.
#include "fuzzjson.h"
#include "intrinsic.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    fuzz::Split in = fuzz::split(data, size);
    std::string why;
    auto call = runtime::Intrinsic::parse(in.head, &why);
    if (!call) {
        if (why.empty())
            std::abort();
        return 0;
    }
    std::mt19937_64 rng(1);
    runtime::Json variables = runtime::Json::object();
    runtime::EvalScope scope;
    scope.input = &in.json;
    scope.variables = &variables;
    scope.rng = &rng;
    try {
        runtime::Json v = call->evaluate(scope);
        (void)runtime::json_util::dump(v);
    } catch (const runtime::StatesError &) {
    }
    return 0;
}
