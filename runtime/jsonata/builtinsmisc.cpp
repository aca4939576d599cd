// Boolean, existence, error and evaluation built-ins, and the date/time functions (whose
// picture-string work is in jsonataformat.h).

#include "jsonata/builtins.h"

#include "jsonata/closurecycles.h"
#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/jsonataformat.h"
#include "jsonata/program.h"

#include <cmath>

namespace stepwise::jsonata::builtins {

namespace {

Value evalFn(NativeCall &c)
{
    const Value &expr = c.arg(0);
    if (expr.isUndefined())
        return Value();
    Value input = c.input;
    if (c.arg(1).isDefined()) {
        input = c.arg(1);
        if (input.isArray() && !input.isSequence()) {
            Value wrapped = makeSequence(input);
            wrapped.array().outerWrapper = true;
            input = wrapped;
        }
    }
    std::shared_ptr<Program> program;
    try {
        program = Program::parse(expr.string());
    } catch (const JsonataException &inner) {
        JsonataException e("D3120");
        e.value = Value(inner.formatMessage());
        throw e;
    }
    try {
        Evaluator nested({0, 0}, program);
        Value result = nested.evaluate(program->root, input, c.frame);
        // Its closures' scopes below the caller's are this evaluation's alone, unless the
        // result may hold one of them: then the calling evaluation breaks their cycles at its
        // end. (The list is the caller's own, not a const object: the const_cast stands in for
        // an Evaluator method until evaluator.h, which every file here includes, next changes.)
        if (!result.isFunction() && !result.isArray() && !result.isObject()) {
            breakClosureCycles(nested.closureFrames(), c.frame.get());
        } else {
            auto &outer =
                const_cast<std::vector<std::weak_ptr<Frame>> &>(c.evaluator.closureFrames());
            outer.insert(outer.end(), nested.closureFrames().begin(), nested.closureFrames().end());
        }
        return result;
    } catch (const JsonataException &inner) {
        // a limit (depth, stack, time) ends the whole evaluation, not just this $eval
        if (inner.code == "U1001")
            throw;
        JsonataException e("D3121");
        std::string message = inner.formatMessage();
        if (message.size() > 1000)
            message = message.substr(0, 1000) + "...";
        e.value = Value(message);
        throw e;
    }
}

Value fromMillisFn(NativeCall &c)
{
    const Value &millis = c.arg(0);
    if (millis.isUndefined())
        return Value();
    std::optional<std::string> picture, tz;
    if (c.arg(1).isString())
        picture = c.arg(1).string();
    if (c.arg(2).isString())
        tz = c.arg(2).string();
    // Beyond JavaScript's dates (±8.64e15 ms) there is no date, and the conversion below would
    // be undefined behaviour (found by fuzz_jsonata: $fromMillis(141944444444444940800000)).
    if (!(std::fabs(millis.number()) <= 8.64e15))
        return Value();
    FormatResult r =
        fromMillis(static_cast<std::int64_t>(std::floor(millis.number())), picture, tz);
    if (!r.ok()) {
        JsonataException e(r.errorCode);
        e.message = r.errorMessage;
        throw e;
    }
    return Value(r.value);
}

Value toMillisFn(NativeCall &c)
{
    const Value &ts = c.arg(0);
    if (ts.isUndefined())
        return Value();
    std::optional<std::string> picture;
    if (c.arg(1).isString())
        picture = c.arg(1).string();
    ParseResult r = toMillis(ts.string(), picture);
    if (!r.ok()) {
        JsonataException e(r.errorCode);
        e.message = r.errorMessage;
        e.value = ts;
        throw e;
    }
    return r.value ? Value(*r.value) : Value();
}

} // namespace

void addMiscFunctions(Frame &f)
{
    define(f, "boolean", "<x-:b>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        return Value(Evaluator::truthy(c.arg(0)));
    });
    define(f, "not", "<x-:b>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        return Value(!Evaluator::truthy(c.arg(0)));
    });
    define(f, "exists", "<x:b>", 1, [](NativeCall &c) { return Value(c.arg(0).isDefined()); });
    define(f, "error", "<s?:x>", 1, [](NativeCall &c) -> Value {
        JsonataException e("D3137");
        e.message = c.arg(0).isString() ? c.arg(0).string() : "$error() function evaluated";
        throw e;
    });
    define(f, "assert", "<bs?:x>", 2, [](NativeCall &c) -> Value {
        if (!c.arg(0).boolean()) {
            JsonataException e("D3141");
            e.message = c.arg(1).isString() ? c.arg(1).string() : "$assert() statement failed";
            throw e;
        }
        return Value();
    });
    define(f, "eval", "<sx?:x>", 2, evalFn);
    define(f, "millis", "<:n>", 0,
           [](NativeCall &c) { return Value(static_cast<double>(c.evaluator.timestamp())); });
    define(f, "now", "<s?s?:s>", 2, [](NativeCall &c) -> Value {
        std::optional<std::string> picture, tz;
        if (c.arg(0).isString())
            picture = c.arg(0).string();
        if (c.arg(1).isString())
            tz = c.arg(1).string();
        FormatResult r = fromMillis(c.evaluator.timestamp(), picture, tz);
        if (!r.ok()) {
            JsonataException e(r.errorCode);
            e.message = r.errorMessage;
            throw e;
        }
        return Value(r.value);
    });
    define(f, "fromMillis", "<n-s?s?:s>", 3, fromMillisFn);
    define(f, "toMillis", "<s-s?:n>", 2, toMillisFn);
}

} // namespace stepwise::jsonata::builtins
