#pragma once

// Evaluates a processed syntax tree, following the reference's semantics step by step: path
// steps over sequences, tuple streams for `@`, `#` and `%`, predicates, grouping, order-by,
// function application with signatures, and a trampoline for tail calls. Recursion depth and
// time are bounded so that a runaway expression ends with error U1001, not a crashed process.

#include "jsonata/frame.h"
#include "jsonata/node.h"
#include "jsonata/value.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

namespace stepwise::jsonata {

struct GroupSpec;
struct Function;
struct Regex;

class Evaluator
{
public:
    struct Limits
    {
        int maxDepth = 0;           // nested evaluations; 0 means the built-in default
        std::int64_t timeoutMs = 0; // 0: no time limit
    };
    /// The default bound on nested evaluations. The real protection is StackGuard, which
    /// measures the thread's stack; this bound keeps runaway recursion short on big stacks.
    static constexpr int defaultMaxDepth = 100000;

    Evaluator(Limits limits, std::shared_ptr<const void> program);

    Value evaluate(const Node *expr, const Value &input, const FramePtr &env);
    /// Calls a function value (with the trampoline for tail calls).
    Value apply(const Value &proc, std::vector<Value> args, const Value &input,
                const FramePtr &env);
    /// Runs a regex matcher on `text` from byte offset `from`: the reference's match object
    /// ({match, start, end, groups, next}) or undefined.
    static Value regexMatch(const std::shared_ptr<jsonata::Regex> &regex,
                            const std::shared_ptr<const std::string> &text, std::size_t from);
    /// Milliseconds since the epoch, fixed for one evaluation ($now, $millis).
    std::int64_t timestamp() const { return m_timestamp; }
    const std::shared_ptr<const void> &program() const { return m_program; }
    /// The scopes closures captured in this evaluation. A closure bound in its own scope
    /// (`$f := function(){...}`) is a reference cycle that Expression breaks at the end.
    const std::vector<std::weak_ptr<Frame>> &closureFrames() const { return m_closureFrames; }

    /// Truthiness as $boolean computes it (undefined counts as false).
    static bool truthy(const Value &v);
    /// `typeof v === 'number'` with the reference's check that it is finite (D1001).
    static bool isNumeric(const Value &v);

private:
    friend struct DepthGuard;
    Value evaluatePath(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateStep(const Node *step, const Value &input, const FramePtr &env, bool lastStep);
    Value evaluateTupleStep(const Node *step, const Value &input, Value tupleBindings,
                            const FramePtr &env);
    Value evaluateStages(const std::vector<Stage> &stages, Value input, const FramePtr &env);
    Value evaluateFilter(const Node *predicate, const Value &input, const FramePtr &env);
    Value evaluateBinary(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateUnary(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateGroup(const GroupSpec &group, const Value &input, const FramePtr &env);
    Value evaluateSort(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateVariable(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateFunctionCall(const Node *expr, const Value &input, const FramePtr &env,
                               const Value *applyTo);
    Value evaluatePartial(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateLambda(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateApply(const Node *expr, const Value &input, const FramePtr &env);
    Value evaluateTransform(const Node *expr, const Value &input, const FramePtr &env);
    Value applyInner(const Value &proc, std::vector<Value> args, const Value &input,
                     const FramePtr &env);
    Value applyProcedure(const Function &proc, std::vector<Value> args);
    Value runTransform(const Function &fn, const Value &obj);
    FramePtr frameFromTuple(const FramePtr &env, const Value &tuple);
    void checkTime();
    void noteClosure(const FramePtr &frame);

    Limits m_limits;
    std::shared_ptr<const void> m_program;
    int m_depth = 0;
    std::uint32_t m_ticks = 0;
    std::chrono::steady_clock::time_point m_start;
    std::int64_t m_timestamp = 0;
    std::vector<std::weak_ptr<Frame>> m_closureFrames;
    std::size_t m_closureCompactAt = 64;
};

} // namespace stepwise::jsonata
