// JSONPath: "PATH\nJSON". Parsing never throws; a parsed path evaluates, selects and (when it
// is a reference path) assigns into the document without any exception or sanitizer finding.
#include "fuzzjson.h"
#include "jsonpath.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    fuzz::Split in = fuzz::split(data, size);
    std::string why;
    auto path = runtime::JsonPath::parse(in.head, &why);
    if (!path) {
        if (why.empty())
            std::abort();
        return 0;
    }
    runtime::Json out;
    (void)path->evaluate(in.json, out);
    (void)path->select(in.json);
    if (path->isReference() && path->root() == runtime::JsonPath::Root::Input) {
        try {
            path->assign(in.json, runtime::Json{{"x", 1}});
        } catch (const runtime::StatesError &) {
        }
    }
    return 0;
}
