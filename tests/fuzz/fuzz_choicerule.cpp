// Choice rules: the bytes are one JSON document {"rule": ..., "input": ...} (anything else is
// used as the rule with an empty input). A rule compiles or is refused; a compiled rule matches
// or raises a StatesError.
#include "choicerule.h"
#include "jsonparse.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise::runtime;
    Json doc;
    if (!json_util::parse(std::string_view(reinterpret_cast<const char *>(data), size), doc).ok)
        return 0;
    Json rule = doc, input = Json::object();
    if (doc.is_object() && doc.contains("rule")) {
        rule = doc["rule"];
        if (doc.contains("input"))
            input = doc["input"];
    }
    ChoiceRule compiled;
    if (!compiled.compile(rule, true).empty())
        return 0;
    EvalScope scope;
    scope.input = &input;
    try {
        (void)compiled.matches(scope);
    } catch (const StatesError &) {
    }
    return 0;
}
