#include "aslpathsyntax.h"

#include "intrinsic.h"
#include "jsonpath.h"

namespace stepwise {

using runtime::Intrinsic;
using runtime::JsonPath;

AslPathSyntax::Verdict AslPathSyntax::check(std::string_view text, Context context,
                                            std::string *why)
{
    std::string error;
    if (Intrinsic::looksLikeCall(text)) {
        if (!Intrinsic::parse(text, &error)) {
            if (why)
                *why = error;
            return Verdict::SyntaxError;
        }
        return context == Context::PayloadTemplate ? Verdict::Valid : Verdict::HasFunctions;
    }
    const std::optional<JsonPath> path = JsonPath::parse(text, &error);
    if (!path) {
        if (why)
            *why = error;
        return Verdict::SyntaxError;
    }
    if (context == Context::Path || context == Context::PayloadTemplate)
        return Verdict::Valid;
    if (!path->isReference())
        return Verdict::NotReferencePath;
    // ResultPath writes into the state's data: `$` only, never a variable or the context.
    if (context == Context::ResultPath && path->root() != JsonPath::Root::Input)
        return Verdict::HasVariable;
    return Verdict::Valid;
}

bool AslPathSyntax::looksIntrinsic(std::string_view text)
{
    return Intrinsic::looksLikeCall(text);
}

} // namespace stepwise
