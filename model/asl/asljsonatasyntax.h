#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

#include <string>
#include <string_view>

namespace stepwise {

/// Checks the `{% %}` expressions of a JSONata state with the runtime's own JSONata parser, so
/// that a definition the validator accepts is one a run can compile. A syntax error is reported
/// at the field (its line and column in the file) with the offset inside the field's text and
/// the reference implementation's error code.
class AslJsonataSyntax
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslJsonataSyntax)
public:
    /// The expression inside `{% ... %}`, or false when the text is not one (a literal string).
    static bool expressionOf(std::string_view text, std::string_view &expression);
    /// Every `{% %}` string of the state (nested machines excluded: they are states of their own).
    static void checkState(const OrderedJson &state, const std::string &pointer, Diagnostics &out);
};

} // namespace stepwise
