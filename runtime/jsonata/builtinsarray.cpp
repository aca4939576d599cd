// Array built-ins: $count, $append, $reverse, $sort, $shuffle, $distinct, $zip.

#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/valueutil.h"

#include <random>

namespace stepwise::jsonata::builtins {

namespace {

// JavaScript truthiness, which $sort applies to a comparator's result.
bool jsTruthy(const Value &v)
{
    switch (v.type()) {
    case Type::Undefined:
    case Type::Null:
        return false;
    case Type::Boolean:
        return v.boolean();
    case Type::Number:
        return v.number() != 0 && v.number() == v.number();
    case Type::String:
        return !v.string().empty();
    default:
        return true;
    }
}

Value sortFn(NativeCall &c)
{
    const Value &arr = c.arg(0);
    if (arr.isUndefined())
        return Value();
    const auto &in = arr.array().items;
    if (in.size() <= 1)
        return arr;
    const Value &comparator = c.arg(1);
    std::function<bool(const Value &, const Value &)> greater;
    if (comparator.isUndefined()) {
        bool numbers = vutil::isArrayOfNumbers(arr);
        if (!numbers && !vutil::isArrayOfStrings(arr)) {
            JsonataException e("D3070");
            e.index = 1;
            throw e;
        }
        greater = [numbers](const Value &a, const Value &b) {
            return numbers ? a.number() > b.number() : a.string() > b.string();
        };
    } else {
        greater = [&c, &comparator](const Value &a, const Value &b) {
            return jsTruthy(call(c, comparator, {a, b}));
        };
    }
    std::vector<Value> items = in;
    std::vector<Value> tmp(items.size());
    for (std::size_t width = 1; width < items.size(); width *= 2) {
        for (std::size_t lo = 0; lo < items.size(); lo += 2 * width) {
            std::size_t mid = std::min(lo + width, items.size());
            std::size_t hi = std::min(lo + 2 * width, items.size());
            std::size_t l = lo, r = mid, o = lo;
            while (l < mid && r < hi)
                tmp[o++] = greater(items[l], items[r]) ? items[r++] : items[l++];
            while (l < mid)
                tmp[o++] = items[l++];
            while (r < hi)
                tmp[o++] = items[r++];
        }
        items.swap(tmp);
    }
    return makeArray(std::move(items));
}

Value distinctFn(NativeCall &c)
{
    const Value &arr = c.arg(0);
    if (arr.isUndefined())
        return Value();
    if (!arr.isArray() || arr.array().items.size() <= 1)
        return arr;
    Value result = arr.isSequence() ? makeSequence() : makeArray();
    auto &out = result.array().items;
    for (const Value &v : arr.array().items) {
        bool seen = false;
        for (const Value &r : out) {
            if (vutil::deepEquals(v, r)) {
                seen = true;
                break;
            }
        }
        if (!seen)
            out.push_back(v);
    }
    return result;
}

Value zipFn(NativeCall &c)
{
    std::size_t length = c.args.empty() ? 0 : SIZE_MAX;
    for (const Value &a : c.args)
        length = std::min(length, a.isArray() ? a.array().items.size() : std::size_t(0));
    Value result = makeArray();
    for (std::size_t i = 0; i < length; ++i) {
        Value tuple = makeArray();
        for (const Value &a : c.args)
            tuple.array().items.push_back(a.array().items[i]);
        result.array().items.push_back(tuple);
    }
    return result;
}

} // namespace

void addArrayFunctions(Frame &f)
{
    define(f, "count", "<a:n>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value(0);
        return Value(c.arg(0).array().items.size());
    });
    define(f, "append", "<xx:a>", 2,
           [](NativeCall &c) { return vutil::append(c.arg(0), c.arg(1)); });
    define(f, "reverse", "<a:a>", 1, [](NativeCall &c) -> Value {
        const Value &arr = c.arg(0);
        if (arr.isUndefined())
            return Value();
        if (arr.array().items.size() <= 1)
            return arr;
        std::vector<Value> items(arr.array().items.rbegin(), arr.array().items.rend());
        return makeArray(std::move(items));
    });
    define(f, "sort", "<af?:a>", 2, sortFn);
    define(f, "shuffle", "<a:a>", 1, [](NativeCall &c) -> Value {
        const Value &arr = c.arg(0);
        if (arr.isUndefined())
            return Value();
        if (arr.array().items.size() <= 1)
            return arr;
        std::vector<Value> items = arr.array().items;
        thread_local std::mt19937_64 gen{std::random_device{}()};
        std::shuffle(items.begin(), items.end(), gen);
        return makeArray(std::move(items));
    });
    define(f, "distinct", "<x:x>", 1, distinctFn);
    define(f, "zip", "<a+>", 1, zipFn);
}

} // namespace stepwise::jsonata::builtins
