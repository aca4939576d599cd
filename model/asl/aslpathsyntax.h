#pragma once

#include <string>
#include <string_view>

namespace stepwise {

/// Checks the JSONPath expressions and intrinsic function calls of an ASL definition. The
/// grammar is the runtime's own (runtime::JsonPath, runtime::Intrinsic): what the validator and
/// the inspector accept is exactly what a run can execute. On top of the grammar come the
/// rules of where each form may appear: a reference path (ItemsPath, Choice variables,
/// ResultPath) may not use filters, wildcards, slices or recursive descent; only payload
/// templates (`key.$`) may call intrinsic functions, with the number of arguments each takes;
/// ResultPath may not name a variable.
class AslPathSyntax
{
public:
    enum class Context { Path, ReferencePath, ResultPath, PayloadTemplate };
    enum class Verdict { Valid, SyntaxError, HasFunctions, NotReferencePath, HasVariable };

    /// `why`, when given, receives the parser's reason for a SyntaxError (with the offset).
    static Verdict check(std::string_view text, Context context, std::string *why = nullptr);
    static bool isValid(std::string_view text, Context context)
    {
        return check(text, context) == Verdict::Valid;
    }
    /// True when the text is an intrinsic call (`States.Format(...)`) rather than a path.
    static bool looksIntrinsic(std::string_view text);
};

} // namespace stepwise
