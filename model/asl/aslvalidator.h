#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// Checks an ASL definition and reports every finding with a stable code and a JSON pointer
/// (the reader adds line and column). Errors are what AWS would refuse; warnings (unreachable
/// states) are legal but suspicious. Structural errors (no StartAt, States not an object, a
/// state without Type) mean the definition cannot even be drawn: isStructural() names them.
class AslValidator
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslValidator)
public:
    static Diagnostics validate(const OrderedJson &definition);
    static bool isStructural(const Diagnostic &diagnostic);
    /// Nesting depth of a JSON value, measured without recursion. Readers refuse documents
    /// deeper than maxDepth so that no later recursive walk can exhaust the stack.
    static int depth(const OrderedJson &json);
    static constexpr int maxDepth = 200;
};

} // namespace stepwise
