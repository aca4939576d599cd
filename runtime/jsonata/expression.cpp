#include "jsonata/expression.h"

#include "jsonata/builtins.h"
#include "jsonata/closurecycles.h"
#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/program.h"
#include "jsonata/valueutil.h"

#include <unordered_set>

namespace stepwise::jsonata {

namespace {
Error toError(const JsonataException &e)
{
    Error err;
    err.code = e.code;
    err.position = e.position;
    err.token = e.token;
    err.message = e.formatMessage();
    return err;
}
} // namespace

// A closure keeps the scope it was made in, and a scope keeps what is bound in it: a closure
// bound in its own scope, or an enclosing one, is a reference cycle that would outlive the
// evaluation (found by fuzz_jsonata: `( $A := function(){1}; $A() )` leaked each time). Once
// nothing of the evaluation is used any more, empty every scope closures captured, up to the
// evaluation's own environment; scopes outside it (the built-ins) are never touched.
void breakClosureCycles(const std::vector<std::weak_ptr<Frame>> &closureFrames, const Frame *stop)
{
    std::vector<std::vector<std::pair<std::string, Value>>> released; // freed on return
    std::unordered_set<const Frame *> done;
    std::vector<Frame *> chain;
    for (const auto &weak : closureFrames) {
        const FramePtr frame = weak.lock();
        chain.clear();
        Frame *f = frame.get();
        for (; f && f != stop && !done.count(f); f = f->parent().get())
            chain.push_back(f);
        if (f != stop && !done.count(f))
            continue; // not below this evaluation's environment: not ours to empty
        for (Frame *c : chain) {
            done.insert(c);
            released.push_back(c->takeBindings());
        }
    }
}

std::shared_ptr<const Expression> Expression::compile(const std::string &source, Error *error)
{
    try {
        auto expr = std::make_shared<Expression>();
        expr->m_program = Program::parse(source);
        return expr;
    } catch (const JsonataException &e) {
        if (error)
            *error = toError(e);
    } catch (const std::exception &e) {
        if (error)
            *error = Error{"S0500", -1, {}, e.what()};
    }
    return nullptr;
}

const std::string &Expression::source() const
{
    return m_program->source;
}

Result Expression::evaluateValue(const Value &input,
                                 const std::vector<std::pair<std::string, Value>> &bindings,
                                 const EvalOptions &options, Value *rawResult) const
{
    Result result;
    Evaluator evaluator({options.maxDepth, options.timeoutMs}, m_program);
    FramePtr parent = builtins::rootFrame();
    bool keepScopes = false;
    try {
        if (options.functions && !options.functions->entries().empty()) {
            parent = std::make_shared<Frame>(parent);
            for (const auto &[name, fn] : options.functions->entries())
                parent->bind(name, fn);
        }
        auto env = std::make_shared<Frame>(parent);
        for (const auto &[name, value] : bindings)
            env->bind(name, value);
        Value in = input;
        if (in.isArray() && !in.isSequence()) {
            Value wrapped = makeSequence(in);
            wrapped.array().outerWrapper = true;
            in = wrapped;
        }
        env->bind("$", in);
        Value v = evaluator.evaluate(m_program->root, in, env);
        if (v.isUndefined()) {
            result.undefined = true;
        } else {
            result.value = vutil::toJson(v);
        }
        // A raw result may be (or hold) a closure whose scopes must stay as they are.
        keepScopes = rawResult && (v.isFunction() || v.isArray() || v.isObject());
        if (rawResult)
            *rawResult = std::move(v);
    } catch (const JsonataException &e) {
        result.error = toError(e);
    } catch (const std::bad_alloc &) {
        result.error = Error{"D1001", -1, {}, "Out of memory while evaluating the expression"};
    } catch (const std::exception &e) {
        result.error = Error{"U1002", -1, {}, std::string("Internal error: ") + e.what()};
    }
    if (!keepScopes)
        breakClosureCycles(evaluator.closureFrames(), parent.get());
    return result;
}

Result Expression::evaluate(const nlohmann::ordered_json *input,
                            const nlohmann::ordered_json &bindings,
                            const EvalOptions &options) const
{
    std::vector<std::pair<std::string, Value>> vars;
    if (bindings.is_object()) {
        for (auto it = bindings.begin(); it != bindings.end(); ++it)
            vars.emplace_back(it.key(), vutil::fromJson(it.value()));
    }
    return evaluateValue(input ? vutil::fromJson(*input) : Value(), vars, options);
}

} // namespace stepwise::jsonata
