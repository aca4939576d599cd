#include "jsonata/expression.h"

#include "jsonata/builtins.h"
#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/program.h"
#include "jsonata/valueutil.h"

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
    try {
        FramePtr parent = builtins::rootFrame();
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
        Evaluator evaluator({options.maxDepth, options.timeoutMs}, m_program);
        Value v = evaluator.evaluate(m_program->root, in, env);
        if (v.isUndefined()) {
            result.undefined = true;
        } else {
            result.value = vutil::toJson(v);
        }
        if (rawResult)
            *rawResult = std::move(v);
    } catch (const JsonataException &e) {
        result.error = toError(e);
    } catch (const std::bad_alloc &) {
        result.error = Error{"D1001", -1, {}, "Out of memory while evaluating the expression"};
    } catch (const std::exception &e) {
        result.error = Error{"U1002", -1, {}, std::string("Internal error: ") + e.what()};
    }
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
