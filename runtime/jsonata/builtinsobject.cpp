// Object built-ins: $keys, $lookup, $spread, $merge, $each, $sift, $type, $clone.

#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/valueutil.h"

namespace stepwise::jsonata::builtins {

namespace {

std::vector<Value> hofArgs(const Value &fn, Value a, Value b, Value c)
{
    std::vector<Value> args{std::move(a)};
    int arity = fn.function().functionArity();
    if (arity >= 2)
        args.push_back(std::move(b));
    if (arity >= 3)
        args.push_back(std::move(c));
    return args;
}

void keysInto(const Value &arg, std::vector<std::string> &out)
{
    if (arg.isArray()) {
        for (const Value &item : arg.array().items)
            keysInto(item, out);
    } else if (arg.isObject()) {
        for (const auto &[k, v] : arg.object().entries) {
            bool seen = false;
            for (const std::string &s : out) {
                if (s == k) {
                    seen = true;
                    break;
                }
            }
            if (!seen)
                out.push_back(k);
        }
    }
}

Value spreadFn(const Value &arg)
{
    if (arg.isArray()) {
        Value result = makeSequence();
        for (const Value &item : arg.array().items)
            result = vutil::append(result, spreadFn(item));
        return result;
    }
    if (arg.isObject()) {
        Value result = makeSequence();
        for (const auto &[k, v] : arg.object().entries) {
            Value o = makeObject();
            o.object().set(k, v);
            result.array().items.push_back(o);
        }
        return result;
    }
    return arg;
}

} // namespace

void addObjectFunctions(Frame &f)
{
    define(f, "keys", "<x-:a<s>>", 1, [](NativeCall &c) -> Value {
        std::vector<std::string> keys;
        keysInto(c.arg(0), keys);
        Value result = makeSequence();
        for (std::string &k : keys)
            result.array().items.emplace_back(std::move(k));
        return result;
    });
    define(f, "lookup", "<x-s:x>", 2,
           [](NativeCall &c) { return vutil::lookup(c.arg(0), c.arg(1).string()); });
    define(f, "spread", "<x-:a<o>>", 1, [](NativeCall &c) { return spreadFn(c.arg(0)); });
    define(f, "merge", "<a<o>:o>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        Value result = makeObject();
        for (const Value &o : c.arg(0).array().items) {
            for (const auto &[k, v] : o.object().entries)
                result.object().set(k, v);
        }
        return result;
    });
    define(f, "each", "<o-f:a>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        Value obj = c.arg(0);
        Value fn = c.arg(1);
        Value result = makeSequence();
        auto entries = obj.object().entries;
        for (const auto &[k, v] : entries) {
            Value r = call(c, fn, hofArgs(fn, v, Value(k), obj));
            if (r.isDefined())
                result.array().items.push_back(std::move(r));
        }
        return result;
    });
    define(f, "sift", "<o-f?:o>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        Value obj = c.arg(0);
        Value fn = c.arg(1);
        Value result = makeObject();
        auto entries = obj.object().entries;
        for (const auto &[k, v] : entries) {
            if (Evaluator::truthy(call(c, fn, hofArgs(fn, v, Value(k), obj))))
                result.object().set(k, v);
        }
        if (result.object().size() == 0)
            return Value();
        return result;
    });
    define(f, "type", "<x:s>", 1, [](NativeCall &c) -> Value {
        const Value &v = c.arg(0);
        switch (v.type()) {
        case Type::Undefined:
            return Value();
        case Type::Null:
            return Value("null");
        case Type::Number:
            return Value("number");
        case Type::String:
            return Value("string");
        case Type::Boolean:
            return Value("boolean");
        case Type::Array:
            return Value("array");
        case Type::Function:
            return Value("function");
        case Type::Object:
            return Value("object");
        }
        return Value();
    });
    define(f, "clone", "<(oa)-:o>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        // as JSON.parse(JSON.stringify()): undefined members vanish, functions become ""
        return vutil::fromJson(vutil::toJson(c.arg(0)));
    });
}

} // namespace stepwise::jsonata::builtins
