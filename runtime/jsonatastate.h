#pragma once

#include "jsonatatemplate.h"

#include <memory>
#include <string>
#include <vector>

namespace stepwise::runtime {

/// The fields of a state whose QueryLanguage is JSONata, each compiled once. A field that is
/// absent is null; a literal (a number of seconds, a constant Condition) is a template without
/// expressions.
struct JsonataFields
{
    using Field = std::shared_ptr<const JsonataTemplate>;
    struct Rule // a Choice rule
    {
        Field condition, assign, output;
        int next = -1;
    };
    struct Catch
    {
        Field assign, output;
    };

    Field arguments, output, assign;
    Field items, itemSelector, maxConcurrency, toleratedCount, toleratedPercentage;
    Field timeoutSeconds, heartbeatSeconds;
    Field seconds, timestamp;
    Field error, cause;
    std::vector<Rule> rules;
    std::vector<Catch> catchers; // one per Catch entry, in order
};

/// Compiles the JSONata fields of state `s` of type `type` ("Pass", "Task", ...). JSONPath-only
/// fields (InputPath, Parameters, ResultSelector, ResultPath, OutputPath, the …Path variants)
/// are errors here. Each error is "<where>.<field>: <what>". `resolve` maps a Choice rule's or a
/// Catch's Next to a state index (and reports an unknown name itself).
std::shared_ptr<const JsonataFields>
compileJsonataFields(const Json &s, const std::string &type, const std::string &where,
                     const std::function<int(const std::string &, const std::string &)> &resolve,
                     std::vector<std::string> &errors);

} // namespace stepwise::runtime
