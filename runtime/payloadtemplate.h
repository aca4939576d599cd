#pragma once

#include "intrinsic.h"

#include <memory>
#include <string>
#include <vector>

namespace stepwise::runtime {

/// A compiled payload template (Parameters, ResultSelector, ItemSelector, Assign): static parts
/// are kept as ready JSON, `key.$` fields as pre-parsed paths or intrinsic calls.
class PayloadTemplate
{
public:
    static constexpr int kMaxDepth = 64;

    /// Compiles `value`; on error returns false and describes the field in `error`.
    bool compile(const Json &value, std::string *error)
    {
        return compileNode(m_root, value, error, 0);
    }
    /// Throws StatesError when a path selects nothing or an intrinsic fails.
    Json evaluate(const EvalScope &scope) const { return evaluateNode(m_root, scope); }

private:
    struct Node
    {
        enum class Kind { Literal, Path, Call, Object, Array } kind = Kind::Literal;
        Json literal;
        std::shared_ptr<const JsonPath> path;
        std::shared_ptr<const Intrinsic> call;
        std::string field;
        // An object's children are keys[i] → items[i]; an array's are items. (A vector of
        // pair<string, Node> inside Node is an incomplete type that clang refuses.)
        std::vector<std::string> keys;
        std::vector<Node> items;
    };
    bool compileNode(Node &node, const Json &value, std::string *error, int depth);
    Json evaluateNode(const Node &node, const EvalScope &scope) const;

    Node m_root;
};

} // namespace stepwise::runtime
