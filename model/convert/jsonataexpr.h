#pragma once

#include "workflowdata.h"

#include <string>
#include <string_view>

namespace stepwise {

/// Translates the JSONPath side of ASL into JSONata expressions: paths, intrinsic function
/// calls, payload templates and Choice rules. Paths and calls are read with the runtime's own
/// parsers, so a text means here what it means in a run. `input` is the JSONata expression that
/// `$` stands for (`$states.input`, or the state's input after its InputPath). Every function
/// returns false and says why when a form has no faithful JSONata equivalent.
class JsonataExpr
{
public:
    /// A path (`$.a[0]`, `$$.Execution.Id`, `$var`) or an intrinsic call.
    static bool value(std::string_view text, const std::string &input, std::string &out,
                      std::string &why);
    /// A payload template (Parameters, ResultSelector, ItemSelector, Assign) as one JSONata
    /// object (or array) constructor.
    static bool templateExpr(const OrderedJson &tmpl, const std::string &input, std::string &out,
                             std::string &why);
    /// A Choice rule (Variable and a comparison, And, Or, Not) as a boolean expression.
    static bool condition(const OrderedJson &rule, const std::string &input, std::string &out,
                          std::string &why);
    /// A JSON value written as JSONata (JSON is valid JSONata, but for its strings' escapes).
    static std::string literal(const OrderedJson &value);
};

} // namespace stepwise
