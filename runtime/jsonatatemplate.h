#pragma once

#include "jsonutil.h"

#include "jsonata/expression.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stepwise::runtime {

/// What a JSONata field of a state is evaluated with: the reserved `$states` (`input`,
/// `result`, `errorOutput`, `context`) and the workflow variables the state can see. The
/// converted `$states` is kept for the next field of the same state.
struct JsonataScope
{
    const Json *input = nullptr;
    const Json *result = nullptr;      // Output and Assign of Task, Parallel and Map
    const Json *errorOutput = nullptr; // a Catch's Output and Assign
    std::function<const Json &()> context;
    const Json *variables = nullptr;
    const jsonata::FunctionLibrary *functions = nullptr;

    mutable jsonata::Value states;
    mutable bool statesHasContext = false;
};

/// A JSONata field failed: AWS's States.QueryEvaluationError with its cause, and the field
/// (`Output/FunctionResult`) that its EvaluationFailed event names as the location.
struct QueryFailure
{
    std::string cause;
    std::string location;
};

/// A compiled JSONata field (Arguments, Output, Assign, Items, Condition, Seconds, ...): any
/// string of the form `{% expression %}`, at any depth of objects and arrays, is an expression
/// compiled once; everything else is a literal. Expressions read `$states` and `$name` only
/// when their text mentions them, so a large context or variable set costs nothing otherwise.
/// Not thread-safe: one execution at a time evaluates a definition's expressions.
class JsonataTemplate
{
public:
    static constexpr int kMaxDepth = 64;

    /// True for a string that starts with `{%` and ends with `%}`.
    static bool isExpression(const std::string &text);

    /// Compiles `value` for the field `location`; on a syntax error returns false with the
    /// place and the engine's code, position and message in `error`.
    bool compile(const Json &value, const std::string &location, std::string *error);

    /// Throws QueryFailure when an expression fails, returns nothing or returns a function.
    Json evaluate(const JsonataScope &scope) const;
    /// A whole-field expression's source, or "" (for causes that quote it).
    const std::string &source() const { return m_root.source; }
    const std::string &location() const { return m_root.location; }

private:
    struct Node
    {
        enum class Kind { Literal, Expression, Object, Array } kind = Kind::Literal;
        Json literal;
        std::shared_ptr<const jsonata::Expression> expression;
        std::string source;
        std::string location;
        std::vector<std::string> variables; // `$name`s the expression mentions
        bool usesStates = false;
        bool usesContext = false;
        std::vector<std::string> keys;
        std::vector<Node> items;
    };
    bool compileNode(Node &node, const Json &value, const std::string &location, std::string *error,
                     int depth);
    Json evaluateNode(const Node &node, const JsonataScope &scope) const;
    Json evaluateExpression(const Node &node, const JsonataScope &scope) const;

    Node m_root;
};

} // namespace stepwise::runtime
