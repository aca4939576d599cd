#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

#include <string>

namespace stepwise {

/// The rules of a Choice state's `Choices`: each rule an object with `Next` (at the top),
/// exactly one comparison (or And/Or/Not, or a JSONata `Condition`), a `Variable` that is a
/// reference path, and a comparison value of the right type.
class AslChoiceRules
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslChoiceRules)
public:
    static void check(const OrderedJson &state, const std::string &pointer, bool jsonata,
                      Diagnostics &out);
};

} // namespace stepwise
