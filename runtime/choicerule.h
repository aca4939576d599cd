#pragma once

#include "evalscope.h"
#include "payloadtemplate.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stepwise::runtime {

/// One compiled Choice rule (a comparison or And/Or/Not of rules) with its target state.
class ChoiceRule
{
public:
    static constexpr int kMaxDepth = 64;

    /// Compiles a rule; `topLevel` rules need `Next`. Returns an error message or "".
    std::string compile(const Json &rule, bool topLevel, int depth = 0);
    /// Throws StatesError{States.Runtime} when the Variable path selects nothing.
    bool matches(const EvalScope &scope) const;

    const std::string &nextName() const { return m_nextName; }
    int next = -1;
    std::shared_ptr<PayloadTemplate> assign;

private:
    enum class Op { And, Or, Not, Compare };
    enum class Cmp {
        StringEq,
        StringLt,
        StringGt,
        StringLe,
        StringGe,
        StringMatches,
        NumericEq,
        NumericLt,
        NumericGt,
        NumericLe,
        NumericGe,
        TimestampEq,
        TimestampLt,
        TimestampGt,
        TimestampLe,
        TimestampGe,
        BooleanEq,
        IsNull,
        IsPresent,
        IsNumeric,
        IsString,
        IsBoolean,
        IsTimestamp
    };
    bool compare(const Json &value, const Json &operand) const;

    Op m_op = Op::Compare;
    Cmp m_cmp = Cmp::StringEq;
    std::vector<ChoiceRule> m_children;
    std::optional<JsonPath> m_variable;
    std::optional<JsonPath> m_operandPath;
    Json m_operand;
    std::string m_nextName;
};

} // namespace stepwise::runtime
