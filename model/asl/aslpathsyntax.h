#pragma once

#include <string_view>

namespace stepwise {

/// Syntax of the JSONPath expressions and intrinsic function calls ASL accepts, after the
/// grammar asl-validator uses (asl-path-validator), so that both agree on which files are
/// valid. A reference path (ItemsPath, Choice variables, ResultPath) may not use filters,
/// wildcards, slices or recursive descent; only payload templates (`key.$`) may call
/// intrinsic functions; ResultPath may not name a variable.
class AslPathSyntax
{
public:
    enum class Context { Path, ReferencePath, ResultPath, PayloadTemplate };
    enum class Verdict { Valid, SyntaxError, HasFunctions, NotReferencePath, HasVariable };

    static Verdict check(std::string_view text, Context context);
    static bool isValid(std::string_view text, Context context)
    {
        return check(text, context) == Verdict::Valid;
    }
    /// True when the text is an intrinsic call (`States.Format(...)`) rather than a path.
    static bool looksIntrinsic(std::string_view text);
};

} // namespace stepwise
