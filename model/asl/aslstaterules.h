#pragma once

#include "aslpathsyntax.h"
#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

#include <string>

namespace stepwise {

/// The rules one ASL state must follow on its own: the fields its type allows, the type of
/// each value, JSONPath and intrinsic syntax, `X` and `XPath` not given together, Retry and
/// Catch lists with `States.ALL` last and alone, Choice rules. Transitions between states and
/// names across machines are AslValidator's part.
class AslStateRules
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslStateRules)
public:
    /// `pointer` is the state's JSON pointer; `jsonata` whether the state's query language
    /// (its own or inherited) is JSONata.
    static void check(const OrderedJson &state, const std::string &pointer, bool jsonata,
                      Diagnostics &out);
    /// Pushes an error with a code and pointer (line and column are filled in by the reader).
    /// Reports a path or intrinsic call that is not valid in `context`.
    static void checkPath(const std::string &pointer, const std::string &text,
                          AslPathSyntax::Context context, Diagnostics &out);
    static void report(Diagnostics &out, const std::string &pointer, const QString &code,
                       const QString &message, bool warning = false);
};

} // namespace stepwise
