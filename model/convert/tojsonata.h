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

    /// The editor's menu command on a document value (tojsonatadocument.cpp).
    struct DocumentResult
    {
        WorkflowData document;
        /// One line per state left as JSONPath: "STATE: why".
        QStringList notes;
        int converted = 0; // states rewritten, nested ones included
    };
    /// Every state at every depth; the top gets `"QueryLanguage": "JSONata"` and a state that
    /// cannot be said in JSONata is pinned to `"QueryLanguage": "JSONPath"` with a note.
    static DocumentResult document(const WorkflowData &doc);
    /// One state (`node` at any depth) and, for a Parallel or Map, the states inside it: the
    /// state gets its own `"QueryLanguage": "JSONata"`, which its nested states inherit. Nothing
    /// changes (converted 0, a note) when the state cannot be said in JSONata.
    static DocumentResult oneState(const WorkflowData &doc, Id node);
};

} // namespace stepwise
