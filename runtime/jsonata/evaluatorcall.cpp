// Function values of the Evaluator: calls, the tail-call trampoline, lambdas, partial
// application, `~>`, the transform operator and regex matchers.

#include "jsonata/evaluator.h"

#include "jsonata/function.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/regex.h"
#include "jsonata/signature.h"
#include "jsonata/valueutil.h"

#include <algorithm>

namespace stepwise::jsonata {

int Function::functionArity() const
{
    switch (kind) {
    case Kind::Lambda:
        return static_cast<int>(params.size());
    case Kind::Native:
        return arity;
    case Kind::Partial: {
        int n = 0;
        for (bool p : placeholder)
            n += p ? 1 : 0;
        return n;
    }
    case Kind::Regex:
        return 2;
    case Kind::Transform:
    case Kind::Chain:
        return 1;
    }
    return 0;
}

namespace {
std::string procedureName(const Node *procedure)
{
    if (procedure->type == NodeType::Path && !procedure->steps.empty())
        return procedure->steps[0]->value;
    return procedure->value;
}
} // namespace

Value Evaluator::evaluateFunctionCall(const Node *expr, const Value &input, const FramePtr &env,
                                      const Value *applyTo)
{
    Value proc = evaluate(expr->procedure, input, env);
    if (proc.isUndefined() && expr->procedure->type == NodeType::Path &&
        env->lookup(expr->procedure->steps[0]->value))
        throw JsonataException("T1005", expr->position).withToken(expr->procedure->steps[0]->value);
    std::vector<Value> args;
    args.reserve(expr->arguments.size() + (applyTo ? 1 : 0));
    if (applyTo)
        args.push_back(*applyTo);
    for (const Node *arg : expr->arguments)
        args.push_back(evaluate(arg, input, env));
    try {
        return apply(proc, std::move(args), input, env);
    } catch (JsonataException &e) {
        if (e.position < 0)
            e.position = expr->position;
        if (!e.hasToken)
            e.withToken(procedureName(expr->procedure));
        throw;
    }
}

Value Evaluator::apply(const Value &proc, std::vector<Value> args, const Value &input,
                       const FramePtr &env)
{
    Value result = applyInner(proc, std::move(args), input, env);
    while (result.isFunction() && result.function().kind == Function::Kind::Lambda &&
           result.function().thunk) {
        // A call in tail position came back unevaluated: run it here, without recursing.
        Value thunk = result;
        const Function &t = thunk.function();
        Value next = evaluate(t.body->procedure, t.input, t.frame);
        std::vector<Value> nextArgs;
        nextArgs.reserve(t.body->arguments.size());
        for (const Node *arg : t.body->arguments)
            nextArgs.push_back(evaluate(arg, t.input, t.frame));
        try {
            result = applyInner(next, std::move(nextArgs), input, env);
        } catch (JsonataException &e) {
            if (e.position < 0)
                e.position = t.body->position;
            if (!e.hasToken)
                e.withToken(procedureName(t.body->procedure));
            throw;
        }
    }
    return result;
}

Value Evaluator::applyInner(const Value &proc, std::vector<Value> args, const Value &input,
                            const FramePtr &env)
{
    if (!proc.isFunction())
        throw JsonataException("T1006");
    const Function &f = proc.function();
    if (f.signature)
        args = f.signature->validate(args, input);
    switch (f.kind) {
    case Function::Kind::Lambda:
        return applyProcedure(f, std::move(args));
    case Function::Kind::Native: {
        NativeCall call{*this, args, input, env};
        return f.impl(call);
    }
    case Function::Kind::Partial: {
        std::vector<Value> full;
        full.reserve(f.boundArgs.size());
        std::size_t next = 0;
        for (std::size_t i = 0; i < f.boundArgs.size(); ++i) {
            if (f.placeholder[i])
                full.push_back(next < args.size() ? args[next++] : Value());
            else
                full.push_back(f.boundArgs[i]);
        }
        while (!full.empty() && full.back().isUndefined())
            full.pop_back();
        return applyInner(f.target, std::move(full), input, env);
    }
    case Function::Kind::Regex: {
        if (args.empty() || !args[0].isString())
            return Value();
        std::size_t from = 0;
        if (args.size() > 1 && args[1].isNumber() && args[1].number() > 0)
            from = static_cast<std::size_t>(args[1].number());
        return regexMatch(f.regex, std::make_shared<const std::string>(args[0].string()), from);
    }
    case Function::Kind::Transform:
        return runTransform(f, args.empty() ? Value() : args[0]);
    case Function::Kind::Chain: {
        Value mid = apply(f.first, {args.empty() ? Value() : args[0]}, Value(nullptr), env);
        return apply(f.second, {mid}, Value(nullptr), env);
    }
    }
    return Value();
}

Value Evaluator::applyProcedure(const Function &proc, std::vector<Value> args)
{
    auto frame = std::make_shared<Frame>(proc.frame);
    for (std::size_t i = 0; i < proc.params.size(); ++i)
        frame->bind(proc.params[i], i < args.size() ? std::move(args[i]) : Value());
    return evaluate(proc.body, proc.input, frame);
}

void Evaluator::noteClosure(const FramePtr &frame)
{
    if (!m_closureFrames.empty() && !m_closureFrames.back().owner_before(frame) &&
        !frame.owner_before(m_closureFrames.back()))
        return; // the same scope again (a lambda made in a loop)
    if (m_closureFrames.size() >= m_closureCompactAt) {
        // Scopes that died already need no sweep: keep the list as long as the live ones.
        m_closureFrames.erase(std::remove_if(m_closureFrames.begin(), m_closureFrames.end(),
                                             [](const auto &w) { return w.expired(); }),
                              m_closureFrames.end());
        m_closureCompactAt = std::max<std::size_t>(64, 2 * m_closureFrames.size());
    }
    m_closureFrames.push_back(frame);
}

Value Evaluator::evaluateLambda(const Node *expr, const Value &input, const FramePtr &env)
{
    auto *fn = new Function;
    fn->kind = Function::Kind::Lambda;
    fn->node = expr;
    fn->body = expr->body;
    for (const Node *arg : expr->arguments)
        fn->params.push_back(arg->value);
    fn->frame = env;
    noteClosure(env);
    fn->input = input;
    fn->thunk = expr->thunk;
    fn->signature = expr->signature;
    fn->keepAlive = m_program;
    return Value(fn);
}

Value Evaluator::evaluatePartial(const Node *expr, const Value &input, const FramePtr &env)
{
    std::vector<Value> args;
    std::vector<bool> holes;
    for (const Node *arg : expr->arguments) {
        bool hole = arg->type == NodeType::Operator && arg->value == "?";
        holes.push_back(hole);
        args.push_back(hole ? Value() : evaluate(arg, input, env));
    }
    Value proc = evaluate(expr->procedure, input, env);
    if (proc.isUndefined() && expr->procedure->type == NodeType::Path &&
        env->lookup(expr->procedure->steps[0]->value))
        throw JsonataException("T1007", expr->position).withToken(expr->procedure->steps[0]->value);
    if (!proc.isFunction())
        throw JsonataException("T1008", expr->position).withToken(procedureName(expr->procedure));
    const Function &target = proc.function();
    if (target.kind == Function::Kind::Lambda) {
        auto *fn = new Function;
        fn->kind = Function::Kind::Lambda;
        fn->node = target.node;
        fn->body = target.body;
        fn->input = target.input;
        fn->keepAlive = target.keepAlive;
        fn->frame = std::make_shared<Frame>(target.frame);
        noteClosure(fn->frame);
        for (std::size_t i = 0; i < target.params.size(); ++i) {
            if (i < holes.size() && holes[i])
                fn->params.push_back(target.params[i]);
            else
                fn->frame->bind(target.params[i], i < args.size() ? args[i] : Value());
        }
        return Value(fn);
    }
    auto *fn = new Function;
    fn->kind = Function::Kind::Partial;
    fn->target = proc;
    fn->boundArgs = std::move(args);
    fn->placeholder = std::move(holes);
    return Value(fn);
}

Value Evaluator::evaluateApply(const Node *expr, const Value &input, const FramePtr &env)
{
    Value lhs = evaluate(expr->lhs, input, env);
    if (expr->rhs->type == NodeType::Function)
        return evaluateFunctionCall(expr->rhs, input, env, &lhs);
    Value func = evaluate(expr->rhs, input, env);
    if (!func.isFunction()) {
        JsonataException e("T2006", expr->position);
        e.value = func;
        throw e;
    }
    if (lhs.isFunction()) {
        auto *fn = new Function;
        fn->kind = Function::Kind::Chain;
        fn->first = lhs;
        fn->second = func;
        return Value(fn);
    }
    return apply(func, {lhs}, Value(nullptr), env);
}

Value Evaluator::evaluateTransform(const Node *expr, const Value &input, const FramePtr &env)
{
    (void)input;
    static const std::shared_ptr<Signature> sig = Signature::parse("<(oa):o>");
    auto *fn = new Function;
    fn->kind = Function::Kind::Transform;
    fn->node = expr;
    fn->frame = env;
    noteClosure(env);
    fn->signature = sig;
    fn->keepAlive = m_program;
    return Value(fn);
}

Value Evaluator::runTransform(const Function &fn, const Value &obj)
{
    if (obj.isUndefined())
        return Value();
    const Node *expr = fn.node;
    const Value *cloneFn = fn.frame->lookup("clone");
    if (!cloneFn || !cloneFn->isFunction()) {
        JsonataException e("T2013", expr->position);
        if (cloneFn)
            e.value = *cloneFn;
        throw e;
    }
    Value result = apply(*cloneFn, {obj}, Value(nullptr), fn.frame);
    Value matches = evaluate(expr->pattern, result, fn.frame);
    if (matches.isUndefined())
        return result;
    std::vector<Value> items = vutil::asItems(matches);
    for (Value &match : items) {
        Value update = evaluate(expr->update, match, fn.frame);
        if (update.isDefined()) {
            if (!update.isObject()) {
                JsonataException e("T2011", expr->update->position);
                e.value = update;
                throw e;
            }
            if (match.isObject()) {
                for (const auto &[k, v] : update.object().entries)
                    match.object().set(k, v);
            }
        }
        if (expr->remove) {
            Value deletions = evaluate(expr->remove, match, fn.frame);
            if (deletions.isDefined()) {
                Value list = deletions.isArray() ? deletions : makeArray({deletions});
                if (!vutil::isArrayOfStrings(list)) {
                    JsonataException e("T2012", expr->remove->position);
                    e.value = deletions;
                    throw e;
                }
                if (match.isObject()) {
                    for (const Value &key : list.array().items)
                        match.object().erase(key.string());
                }
            }
        }
    }
    return result;
}

Value Evaluator::regexMatch(const std::shared_ptr<jsonata::Regex> &regex,
                            const std::shared_ptr<const std::string> &text, std::size_t from)
{
    const std::string &str = *text;
    if (from > str.size())
        return Value();
    std::smatch m;
    auto flags =
        from > 0 ? std::regex_constants::match_prev_avail : std::regex_constants::match_default;
    if (!regex->search(str.begin() + static_cast<std::ptrdiff_t>(from), str.end(), m, flags))
        return Value();
    std::size_t start = static_cast<std::size_t>(m.position(0)) + from;
    std::size_t end = start + static_cast<std::size_t>(m.length(0));
    Value result = makeObject();
    Object &o = result.object();
    o.set("match", Value(m.str(0)));
    o.set("start", Value(start));
    o.set("end", Value(end));
    Value groups = makeArray();
    for (std::size_t i = 1; i < m.size(); ++i)
        groups.array().items.push_back(m[i].matched ? Value(m.str(i)) : Value());
    o.set("groups", groups);
    auto *next = new Function;
    next->kind = Function::Kind::Native;
    next->name = "next";
    next->impl = [regex, text, end](NativeCall &) -> Value {
        if (end >= text->size())
            return Value();
        Value n = regexMatch(regex, text, end);
        if (n.isObject()) {
            const Value *mm = n.object().find("match");
            if (mm && mm->isString() && mm->string().empty()) {
                JsonataException e("D1004");
                e.value = Value(regex->source);
                throw e;
            }
        }
        return n;
    };
    o.set("next", Value(next));
    return result;
}

} // namespace stepwise::jsonata
