#pragma once

#include "workflowdata.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>

namespace stepwise {

/// Rewrites JSONPath states as JSONata ones: InputPath, Parameters, ResultSelector, ResultPath
/// and OutputPath become Arguments and Output, every intrinsic function its JSONata
/// equivalent, Choice rules `Condition`s, `*Path` fields `{% %}` expressions and JSONPath
/// Assign values JSONata ones. A state with a form JSONata cannot say faithfully (a slice, a
/// deep JsonMerge) stays JSONPath, with its own `"QueryLanguage": "JSONPath"` and a note why.
/// Used by `stepwise convert --to-jsonata` and by the editor's menu (the document or one state).
class ToJsonata
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::ToJsonata)
public:
    struct Result
    {
        OrderedJson definition;
        /// One line per state left as JSONPath: "STATE: why".
        QStringList notes;
    };

    /// The whole definition: the top gets `"QueryLanguage": "JSONata"`.
    static Result definition(const OrderedJson &asl);
    /// One JSONPath state as a JSONata state (its nested machines too); false and `why` when it
    /// cannot be said in JSONata, leaving `out` untouched.
    static bool state(const OrderedJson &state, OrderedJson &out, std::string &why);
};

} // namespace stepwise
