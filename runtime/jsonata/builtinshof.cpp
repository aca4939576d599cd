// Higher-order built-ins: $map, $filter, $single, $reduce. A function argument receives as many
// of (value, index, array) as it declares parameters.

#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"

namespace stepwise::jsonata::builtins {

namespace {

std::vector<Value> hofArgs(const Value &fn, const Value &value, std::size_t index,
                           const Value &array)
{
    std::vector<Value> args{value};
    int arity = fn.function().functionArity();
    if (arity >= 2)
        args.emplace_back(index);
    if (arity >= 3)
        args.push_back(array);
    return args;
}

Value mapFn(NativeCall &c)
{
    Value arr = c.arg(0);
    if (arr.isUndefined())
        return Value();
    Value fn = c.arg(1);
    Value result = makeSequence();
    const auto &items = arr.array().items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value r = call(c, fn, hofArgs(fn, items[i], i, arr));
        if (r.isDefined())
            result.array().items.push_back(std::move(r));
    }
    return result;
}

Value filterFn(NativeCall &c)
{
    Value arr = c.arg(0);
    if (arr.isUndefined())
        return Value();
    Value fn = c.arg(1);
    Value result = makeSequence();
    const auto &items = arr.array().items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (Evaluator::truthy(call(c, fn, hofArgs(fn, items[i], i, arr))))
            result.array().items.push_back(items[i]);
    }
    return result;
}

Value singleFn(NativeCall &c)
{
    Value arr = c.arg(0);
    if (arr.isUndefined())
        return Value();
    Value fn = c.arg(1);
    bool found = false;
    Value result;
    const auto &items = arr.array().items;
    for (std::size_t i = 0; i < items.size(); ++i) {
        bool positive = true;
        if (fn.isDefined())
            positive = Evaluator::truthy(call(c, fn, hofArgs(fn, items[i], i, arr)));
        if (positive) {
            if (found) {
                JsonataException e("D3138");
                e.index = static_cast<int>(i);
                throw e;
            }
            result = items[i];
            found = true;
        }
    }
    if (!found)
        throw JsonataException("D3139");
    return result;
}

Value reduceFn(NativeCall &c)
{
    Value seq = c.arg(0);
    if (seq.isUndefined())
        return Value();
    Value fn = c.arg(1);
    int arity = fn.function().functionArity();
    if (arity < 2) {
        JsonataException e("D3050");
        e.index = 1;
        throw e;
    }
    const auto &items = seq.array().items;
    Value result;
    std::size_t index = 0;
    if (c.arg(2).isUndefined() && !items.empty()) {
        result = items[0];
        index = 1;
    } else {
        result = c.arg(2);
    }
    for (; index < items.size(); ++index) {
        std::vector<Value> args{result, items[index]};
        if (arity >= 3)
            args.emplace_back(index);
        if (arity >= 4)
            args.push_back(seq);
        result = call(c, fn, std::move(args));
    }
    return result;
}

} // namespace

void addHigherOrderFunctions(Frame &f)
{
    define(f, "map", "<af>", 2, mapFn);
    define(f, "filter", "<af>", 2, filterFn);
    define(f, "single", "<af?>", 2, singleFn);
    define(f, "reduce", "<afj?:j>", 3, reduceFn);
}

} // namespace stepwise::jsonata::builtins
