#include "jsonata/evaluator.h"

#include "jsonata/function.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/stackguard.h"
#include "jsonata/valueutil.h"

#include <cmath>

namespace stepwise::jsonata {

struct DepthGuard
{
    explicit DepthGuard(Evaluator &e) : ev(e)
    {
        if (++ev.m_depth > ev.m_limits.maxDepth || StackGuard::exhausted()) {
            --ev.m_depth;
            JsonataException ex("U1001");
            ex.message = "Stack overflow error: Check for non-terminating recursive function.  "
                         "Consider rewriting as tail-recursive.";
            throw ex;
        }
        if ((++ev.m_ticks & 1023) == 0)
            ev.checkTime();
    }
    ~DepthGuard() { --ev.m_depth; }
    Evaluator &ev;
};

Evaluator::Evaluator(Limits limits, std::shared_ptr<const void> program)
    : m_limits(limits), m_program(std::move(program)), m_start(std::chrono::steady_clock::now())
{
    if (m_limits.maxDepth <= 0)
        m_limits.maxDepth = defaultMaxDepth;
    m_timestamp = std::chrono::duration_cast<std::chrono::milliseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
}

void Evaluator::checkTime()
{
    if (m_limits.timeoutMs <= 0)
        return;
    auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now() - m_start)
                       .count();
    if (elapsed > m_limits.timeoutMs) {
        JsonataException ex("U1001");
        ex.message = "Expression evaluation timeout: Check for infinite loop";
        throw ex;
    }
}

FramePtr Evaluator::frameFromTuple(const FramePtr &env, const Value &tuple)
{
    auto frame = std::make_shared<Frame>(env);
    if (!tuple.isObject())
        return frame;
    for (const auto &[k, v] : tuple.object().entries) {
        if (k != "@")
            frame->bind(k, v);
    }
    return frame;
}

namespace {
void flattenInto(const Value &v, std::vector<Value> &out, int depth)
{
    vutil::checkNesting(depth);
    if (v.isArray()) {
        for (const Value &x : v.array().items)
            flattenInto(x, out, depth + 1);
    } else {
        out.push_back(v);
    }
}
} // namespace

Value Evaluator::evaluate(const Node *expr, const Value &input, const FramePtr &env)
{
    DepthGuard guard(*this);
    Value result;
    switch (expr->type) {
    case NodeType::Path:
        result = evaluatePath(expr, input, env);
        break;
    case NodeType::Binary:
        result = evaluateBinary(expr, input, env);
        break;
    case NodeType::Unary:
        result = evaluateUnary(expr, input, env);
        break;
    case NodeType::Name:
        result = vutil::lookup(input, expr->value);
        break;
    case NodeType::String:
    case NodeType::Number:
    case NodeType::Value:
        result = expr->literal;
        break;
    case NodeType::Wildcard: {
        result = makeSequence();
        Value in = input;
        if (in.isArray() && in.array().outerWrapper && !in.array().items.empty())
            in = in.array().items[0];
        // The reference walks Object.keys(), so an array's members count as its values.
        auto visit = [&result](const Value &v) {
            if (v.isArray()) {
                std::vector<Value> flat;
                flattenInto(v, flat, 0);
                // appending an array yields a plain array (concat), as the reference does
                result = vutil::append(result, makeArray(std::move(flat)));
            } else {
                result.array().items.push_back(v);
            }
        };
        if (in.isObject()) {
            for (const auto &[k, v] : in.object().entries)
                visit(v);
        } else if (in.isArray()) {
            for (const Value &v : in.array().items)
                visit(v);
        }
        break;
    }
    case NodeType::Descendant: {
        if (input.isUndefined())
            break;
        Value seq = makeSequence();
        auto &out = seq.array().items;
        std::function<void(const Value &, int)> rec = [&](const Value &v, int depth) {
            vutil::checkNesting(depth);
            if (!v.isArray())
                out.push_back(v);
            if (v.isArray()) {
                for (const Value &x : v.array().items)
                    rec(x, depth + 1);
            } else if (v.isObject()) {
                for (const auto &[k, x] : v.object().entries)
                    rec(x, depth + 1);
            }
        };
        rec(input, 0);
        result = out.size() == 1 ? out[0] : seq;
        break;
    }
    case NodeType::Parent: {
        const Value *v = env->lookup(expr->slot->label);
        if (v)
            result = *v;
        break;
    }
    case NodeType::Condition: {
        Value cond = evaluate(expr->condition, input, env);
        if (truthy(cond))
            result = evaluate(expr->then, input, env);
        else if (expr->otherwise)
            result = evaluate(expr->otherwise, input, env);
        break;
    }
    case NodeType::Block: {
        auto frame = std::make_shared<Frame>(env);
        for (const Node *e : expr->expressions)
            result = evaluate(e, input, frame);
        break;
    }
    case NodeType::Bind: {
        result = evaluate(expr->rhs, input, env);
        env->bind(expr->lhs->value, result);
        break;
    }
    case NodeType::Regex: {
        auto *fn = new Function;
        fn->kind = Function::Kind::Regex;
        fn->regex = expr->regex;
        fn->arity = 1;
        result = Value(fn);
        break;
    }
    case NodeType::Function:
        result = evaluateFunctionCall(expr, input, env, nullptr);
        break;
    case NodeType::Variable:
        result = evaluateVariable(expr, input, env);
        break;
    case NodeType::Lambda:
        result = evaluateLambda(expr, input, env);
        break;
    case NodeType::Partial:
        result = evaluatePartial(expr, input, env);
        break;
    case NodeType::Apply:
        result = evaluateApply(expr, input, env);
        break;
    case NodeType::Transform:
        result = evaluateTransform(expr, input, env);
        break;
    case NodeType::Sort:
        result = evaluateSort(expr, input, env);
        break;
    default:
        break;
    }
    if (expr->hasPredicate) {
        for (const Stage &stage : expr->predicate)
            result = evaluateFilter(stage.expr, result, env);
    }
    if (expr->type != NodeType::Path && expr->group)
        result = evaluateGroup(*expr->group, result, env);
    if (result.isSequence() && !result.array().tupleStream) {
        Array &a = result.array();
        if (expr->keepArray)
            a.keepSingleton = true;
        if (a.items.empty()) {
            result = Value();
        } else if (a.items.size() == 1 && !a.keepSingleton) {
            Value only = a.items[0];
            result = std::move(only);
        }
    }
    return result;
}

Value Evaluator::evaluateVariable(const Node *expr, const Value &input, const FramePtr &env)
{
    if (expr->value.empty()) {
        if (input.isArray() && input.array().outerWrapper && !input.array().items.empty())
            return input.array().items[0];
        return input;
    }
    const Value *v = env->lookup(expr->value);
    return v ? *v : Value();
}

Value Evaluator::evaluatePath(const Node *expr, const Value &input, const FramePtr &env)
{
    Value inputSequence;
    if (input.isArray() && expr->steps[0]->type != NodeType::Variable)
        inputSequence = input;
    else
        inputSequence = makeSequence(input);
    Value resultSequence;
    bool isTupleStream = false;
    Value tupleBindings;
    const std::size_t count = expr->steps.size();
    for (std::size_t i = 0; i < count; ++i) {
        const Node *step = expr->steps[i];
        if (step->tuple)
            isTupleStream = true;
        if (i == 0 && step->consarray) {
            resultSequence = evaluate(step, inputSequence, env);
            if (resultSequence.isDefined() && !resultSequence.isArray())
                resultSequence = makeSequence(resultSequence);
        } else if (isTupleStream) {
            tupleBindings = evaluateTupleStep(step, inputSequence, tupleBindings, env);
        } else {
            resultSequence = evaluateStep(step, inputSequence, env, i == count - 1);
        }
        if (!isTupleStream &&
            (resultSequence.isUndefined() || resultSequence.array().items.empty()))
            break;
        if (!step->hasFocus)
            inputSequence = resultSequence;
    }
    if (isTupleStream) {
        if (expr->tuple) {
            resultSequence = tupleBindings;
        } else {
            resultSequence = makeSequence();
            if (tupleBindings.isArray()) {
                auto &out = resultSequence.array().items;
                for (const Value &t : tupleBindings.array().items) {
                    const Value *at = vutil::tupleFocus(t);
                    out.push_back(at ? *at : Value());
                }
            }
        }
    }
    if (expr->keepSingletonArray && resultSequence.isArray()) {
        if (resultSequence.array().cons && !resultSequence.array().sequence)
            resultSequence = makeSequence(resultSequence);
        resultSequence.array().keepSingleton = true;
    }
    if (expr->group)
        resultSequence =
            evaluateGroup(*expr->group, isTupleStream ? tupleBindings : resultSequence, env);
    return resultSequence;
}

Value Evaluator::evaluateStep(const Node *step, const Value &input, const FramePtr &env,
                              bool lastStep)
{
    if (step->type == NodeType::Sort) {
        Value result = evaluateSort(step, input, env);
        if (step->hasStages)
            result = evaluateStages(step->stages, result, env);
        return result;
    }
    std::vector<Value> results;
    const auto &items = input.array().items;
    results.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value res = evaluate(step, items[i], env);
        if (step->hasStages) {
            for (const Stage &stage : step->stages)
                res = evaluateFilter(stage.expr, res, env);
        }
        if (res.isDefined())
            results.push_back(std::move(res));
    }
    if (lastStep && results.size() == 1 && results[0].isArray() && !results[0].isSequence())
        return results[0];
    Value resultSequence = makeSequence();
    auto &out = resultSequence.array().items;
    out.reserve(results.size());
    for (Value &res : results) {
        if (!res.isArray() || res.array().cons) {
            out.push_back(std::move(res));
        } else {
            for (const Value &v : res.array().items)
                out.push_back(v);
        }
    }
    return resultSequence;
}

Value Evaluator::evaluateStages(const std::vector<Stage> &stages, Value input, const FramePtr &env)
{
    Value result = std::move(input);
    for (const Stage &stage : stages) {
        if (stage.isIndex) {
            if (result.isArray()) {
                auto &items = result.array().items;
                for (std::size_t i = 0; i < items.size(); ++i) {
                    if (items[i].isObject())
                        items[i].object().set(stage.indexVar, Value(i));
                }
            }
        } else {
            result = evaluateFilter(stage.expr, result, env);
        }
    }
    return result;
}

Value Evaluator::evaluateTupleStep(const Node *step, const Value &input, Value tupleBindings,
                                   const FramePtr &env)
{
    Value result;
    if (step->type == NodeType::Sort) {
        if (tupleBindings.isDefined()) {
            result = evaluateSort(step, tupleBindings, env);
        } else {
            Value sorted = evaluateSort(step, input, env);
            result = makeSequence();
            result.array().tupleStream = true;
            if (sorted.isArray()) {
                const auto &items = sorted.array().items;
                for (std::size_t i = 0; i < items.size(); ++i) {
                    Value tuple = makeObject();
                    tuple.object().set("@", items[i]);
                    if (step->hasIndex)
                        tuple.object().set(step->index, Value(i));
                    result.array().items.push_back(tuple);
                }
            }
        }
        if (step->hasStages)
            result = evaluateStages(step->stages, result, env);
        return result;
    }
    result = makeSequence();
    result.array().tupleStream = true;
    if (tupleBindings.isUndefined()) {
        tupleBindings = makeSequence();
        if (input.isArray()) {
            for (const Value &item : input.array().items) {
                Value tuple = makeObject();
                tuple.object().set("@", item);
                tupleBindings.array().items.push_back(tuple);
            }
        }
    }
    auto &out = result.array().items;
    for (const Value &binding : tupleBindings.array().items) {
        FramePtr stepEnv = frameFromTuple(env, binding);
        const Value *at = vutil::tupleFocus(binding);
        Value res = evaluate(step, at ? *at : Value(), stepEnv);
        if (res.isUndefined())
            continue;
        bool resTuples = res.isArray() && res.array().tupleStream;
        std::vector<Value> items = res.isArray() ? res.array().items : std::vector<Value>{res};
        for (std::size_t b = 0; b < items.size(); ++b) {
            Value tuple = makeObject();
            tuple.object().entries = binding.object().entries;
            if (resTuples) {
                for (const auto &[k, v] : items[b].object().entries)
                    tuple.object().set(k, v);
            } else {
                if (step->hasFocus) {
                    tuple.object().set(step->focus, items[b]);
                    tuple.object().set("@", at ? *at : Value());
                } else {
                    tuple.object().set("@", items[b]);
                }
                if (step->hasIndex)
                    tuple.object().set(step->index, Value(b));
                if (step->ancestor)
                    tuple.object().set(step->ancestor->label, at ? *at : Value());
            }
            out.push_back(std::move(tuple));
        }
    }
    if (step->hasStages)
        result = evaluateStages(step->stages, result, env);
    return result;
}

Value Evaluator::evaluateFilter(const Node *predicate, const Value &input, const FramePtr &env)
{
    Value results = makeSequence();
    bool tupleStream = input.isArray() && input.array().tupleStream;
    if (tupleStream)
        results.array().tupleStream = true;
    Value in = input.isArray() ? input : makeSequence(input);
    const auto &items = in.array().items;
    auto &out = results.array().items;
    const long long n = static_cast<long long>(items.size());
    if (predicate->type == NodeType::Number) {
        long long index = static_cast<long long>(std::floor(predicate->literal.number()));
        if (index < 0)
            index += n;
        if (index >= 0 && index < n) {
            const Value &item = items[static_cast<std::size_t>(index)];
            if (item.isArray())
                results = item;
            else if (item.isDefined())
                out.push_back(item);
        }
        return results;
    }
    for (long long index = 0; index < n; ++index) {
        const Value &item = items[static_cast<std::size_t>(index)];
        Value res;
        if (tupleStream) {
            const Value *at = vutil::tupleFocus(item);
            res = evaluate(predicate, at ? *at : Value(), frameFromTuple(env, item));
        } else {
            res = evaluate(predicate, item, env);
        }
        if (isNumeric(res))
            res = makeArray({res});
        if (vutil::isArrayOfNumbers(res)) {
            for (const Value &r : res.array().items) {
                long long ii = static_cast<long long>(std::floor(r.number()));
                if (ii < 0)
                    ii += n;
                if (ii == index)
                    out.push_back(item);
            }
        } else if (truthy(res)) {
            out.push_back(item);
        }
    }
    return results;
}

} // namespace stepwise::jsonata
