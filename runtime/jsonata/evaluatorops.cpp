// Operators, object construction/grouping and order-by of the Evaluator.

#include "jsonata/evaluator.h"

#include "jsonata/function.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/valueutil.h"

#include <cmath>

namespace stepwise::jsonata {

namespace {
JsonataException opError(const char *code, const Node *expr, const Value &value)
{
    JsonataException e(code, expr->position);
    e.withToken(expr->value);
    e.value = value;
    return e;
}

bool comparable(const Value &v)
{
    return v.isUndefined() || v.isString() || v.isNumber();
}

Value stringOf(const Value &v)
{
    if (v.isUndefined())
        return Value(std::string());
    if (v.isString())
        return v;
    if (v.isFunction())
        return Value(std::string());
    if (v.isNumber() && !std::isfinite(v.number()))
        throw JsonataException("D3001").withValue(v);
    return Value(vutil::stringify(v, false));
}
} // namespace

Value Evaluator::evaluateBinary(const Node *expr, const Value &input, const FramePtr &env)
{
    const std::string &op = expr->value;
    Value lhs = evaluate(expr->lhs, input, env);
    if (op == "and" || op == "or") {
        bool l = truthy(lhs);
        if (op == "and") {
            if (!l)
                return Value(false);
            return Value(truthy(evaluate(expr->rhs, input, env)));
        }
        if (l)
            return Value(true);
        return Value(truthy(evaluate(expr->rhs, input, env)));
    }
    Value rhs = evaluate(expr->rhs, input, env);
    char c = op[0];
    if (op.size() == 1 && (c == '+' || c == '-' || c == '*' || c == '/' || c == '%')) {
        if (lhs.isDefined() && !isNumeric(lhs))
            throw opError("T2001", expr, lhs);
        if (rhs.isDefined() && !isNumeric(rhs))
            throw opError("T2002", expr, rhs);
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value();
        double a = lhs.number();
        double b = rhs.number();
        switch (c) {
        case '+':
            return Value(a + b);
        case '-':
            return Value(a - b);
        case '*':
            return Value(a * b);
        case '/':
            return Value(a / b);
        default:
            return Value(std::fmod(a, b));
        }
    }
    if (op == "=" || op == "!=") {
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value(false);
        bool eq = vutil::deepEquals(lhs, rhs);
        return Value(op == "=" ? eq : !eq);
    }
    if (op == "<" || op == "<=" || op == ">" || op == ">=") {
        bool lc = comparable(lhs);
        bool rc = comparable(rhs);
        if (!lc || !rc)
            throw opError("T2010", expr, lc ? rhs : lhs);
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value();
        if (lhs.type() != rhs.type()) {
            JsonataException e = opError("T2009", expr, lhs);
            e.value2 = rhs;
            throw e;
        }
        int cmp;
        if (lhs.isNumber()) {
            double a = lhs.number(), b = rhs.number();
            cmp = a < b ? -1 : a > b ? 1 : 0;
            if (std::isnan(a) || std::isnan(b))
                return Value(false);
        } else {
            // JavaScript compares strings by UTF-16 code units; UTF-8 byte order agrees
            // except between supplementary and U+E000..U+FFFF characters.
            int r = lhs.string().compare(rhs.string());
            cmp = r < 0 ? -1 : r > 0 ? 1 : 0;
        }
        if (op == "<")
            return Value(cmp < 0);
        if (op == "<=")
            return Value(cmp <= 0);
        if (op == ">")
            return Value(cmp > 0);
        return Value(cmp >= 0);
    }
    if (op == "&") {
        try {
            return Value(stringOf(lhs).string() + stringOf(rhs).string());
        } catch (JsonataException &e) {
            e.position = expr->position;
            e.withToken(op);
            throw;
        }
    }
    if (op == "..") {
        auto isInt = [](const Value &v) {
            return v.isNumber() && std::isfinite(v.number()) &&
                   v.number() == std::floor(v.number());
        };
        if (lhs.isDefined() && !isInt(lhs))
            throw opError("T2003", expr, lhs);
        if (rhs.isDefined() && !isInt(rhs))
            throw opError("T2004", expr, rhs);
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value();
        double a = lhs.number(), b = rhs.number();
        if (a > b)
            return Value();
        double size = b - a + 1;
        if (size > 1e7)
            throw opError("D2014", expr, Value(size));
        Value result = makeSequence();
        auto &items = result.array().items;
        items.reserve(static_cast<std::size_t>(size));
        for (double x = a; x <= b; x += 1)
            items.emplace_back(x);
        return result;
    }
    if (op == "in") {
        if (lhs.isUndefined() || rhs.isUndefined())
            return Value(false);
        auto same = [&lhs](const Value &v) {
            if (v.type() != lhs.type())
                return false;
            switch (v.type()) {
            case Type::Null:
                return true;
            case Type::Boolean:
                return v.boolean() == lhs.boolean();
            case Type::Number:
                return v.number() == lhs.number();
            case Type::String:
                return v.string() == lhs.string();
            default:
                return v.heap() == lhs.heap();
            }
        };
        if (rhs.isArray()) {
            for (const Value &v : rhs.array().items) {
                if (same(v))
                    return Value(true);
            }
            return Value(false);
        }
        return Value(same(rhs));
    }
    throw JsonataException("S0201", expr->position).withToken(op);
}

Value Evaluator::evaluateUnary(const Node *expr, const Value &input, const FramePtr &env)
{
    const std::string &op = expr->value;
    if (op == "-") {
        Value v = evaluate(expr->expression, input, env);
        if (v.isUndefined())
            return v;
        if (isNumeric(v))
            return Value(-v.number());
        throw opError("D1002", expr, v);
    }
    if (op == "[") {
        Value result = makeArray();
        for (const Node *item : expr->expressions) {
            Value v = evaluate(item, input, env);
            if (v.isUndefined())
                continue;
            if (item->type == NodeType::Unary && item->value == "[") {
                result.array().items.push_back(std::move(v));
            } else if (v.isArray()) {
                auto &out = result.array().items;
                // Flattening can double an array each call ($f([$s, $s])): bound it as the range
                // operator is bounded, before memory runs out within the time limit.
                const double size = double(out.size()) + double(v.array().items.size());
                if (size > 1e7)
                    throw opError("U1002", expr, Value(size));
                out.insert(out.end(), v.array().items.begin(), v.array().items.end());
            } else {
                result.array().items.push_back(std::move(v));
            }
        }
        if (expr->consarray)
            result.array().cons = true;
        return result;
    }
    if (op == "{") {
        GroupSpec spec;
        spec.pairs = expr->pairs;
        spec.position = expr->position;
        return evaluateGroup(spec, input, env);
    }
    return Value();
}

Value Evaluator::evaluateGroup(const GroupSpec &group, const Value &input, const FramePtr &env)
{
    bool reduce = input.isArray() && input.array().tupleStream;
    std::vector<Value> items;
    if (input.isArray())
        items = input.array().items;
    else
        items.push_back(input);
    if (items.empty())
        items.emplace_back();
    struct Entry
    {
        std::string key;
        Value data;
        std::size_t exprIndex;
    };
    std::vector<Entry> groups;
    auto findGroup = [&groups](const std::string &key) -> Entry * {
        for (Entry &e : groups) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    };
    for (const Value &item : items) {
        FramePtr itemEnv = reduce ? frameFromTuple(env, item) : env;
        Value context = item;
        if (reduce) {
            const Value *at = vutil::tupleFocus(item);
            context = at ? *at : Value();
        }
        for (std::size_t p = 0; p < group.pairs.size(); ++p) {
            Value key = evaluate(group.pairs[p].first, context, itemEnv);
            if (key.isUndefined())
                continue;
            if (!key.isString()) {
                JsonataException e("T1003", group.position);
                e.value = key;
                throw e;
            }
            Entry *existing = findGroup(key.string());
            if (existing) {
                if (existing->exprIndex != p) {
                    JsonataException e("D1009", group.position);
                    e.value = key;
                    throw e;
                }
                existing->data = vutil::append(existing->data, item);
            } else {
                groups.push_back({key.string(), item, p});
            }
        }
    }
    Value result = makeObject();
    for (Entry &entry : groups) {
        Value context = entry.data;
        FramePtr groupEnv = env;
        if (reduce) {
            // merge the tuples of the group: each binding becomes the sequence of its values
            Value tuple = makeObject();
            if (entry.data.isArray()) {
                const auto &tuples = entry.data.array().items;
                if (!tuples.empty())
                    tuple.object().entries = tuples[0].object().entries;
                for (std::size_t i = 1; i < tuples.size(); ++i) {
                    for (const auto &[k, v] : tuples[i].object().entries) {
                        const Value *prev = tuple.object().find(k);
                        tuple.object().set(k, vutil::append(prev ? *prev : Value(), v));
                    }
                }
            } else {
                tuple.object().entries = entry.data.object().entries;
            }
            const Value *at = vutil::tupleFocus(tuple);
            context = at ? *at : Value();
            tuple.object().erase("@");
            groupEnv = frameFromTuple(env, tuple);
        }
        Value value = evaluate(group.pairs[entry.exprIndex].second, context, groupEnv);
        if (value.isDefined())
            result.object().set(entry.key, std::move(value));
    }
    return result;
}

Value Evaluator::evaluateSort(const Node *expr, const Value &input, const FramePtr &env)
{
    if (!input.isArray())
        return input;
    bool isTupleSort = input.array().tupleStream;
    std::vector<Value> items = input.array().items;
    // Evaluate each term once per item, then merge-sort stably on the keys.
    std::vector<std::vector<Value>> keys(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        Value context = items[i];
        FramePtr itemEnv = env;
        if (isTupleSort) {
            const Value *at = vutil::tupleFocus(items[i]);
            context = at ? *at : Value();
            itemEnv = frameFromTuple(env, items[i]);
        }
        for (const SortTerm &term : expr->terms)
            keys[i].push_back(evaluate(term.expression, context, itemEnv));
    }
    auto greater = [&](std::size_t a, std::size_t b) {
        int comp = 0;
        for (std::size_t t = 0; comp == 0 && t < expr->terms.size(); ++t) {
            const Value &aa = keys[a][t];
            const Value &bb = keys[b][t];
            if (aa.isUndefined()) {
                comp = bb.isUndefined() ? 0 : 1;
                continue;
            }
            if (bb.isUndefined()) {
                comp = -1;
                continue;
            }
            bool aok = aa.isString() || aa.isNumber();
            bool bok = bb.isString() || bb.isNumber();
            if (!aok || !bok) {
                JsonataException e("T2008", expr->position);
                e.value = aok ? bb : aa;
                throw e;
            }
            if (aa.type() != bb.type()) {
                JsonataException e("T2007", expr->position);
                e.value = aa;
                e.value2 = bb;
                throw e;
            }
            if (aa.isNumber())
                comp = aa.number() == bb.number() ? 0 : aa.number() < bb.number() ? -1 : 1;
            else
                comp = aa.string() == bb.string() ? 0 : aa.string() < bb.string() ? -1 : 1;
            if (expr->terms[t].descending)
                comp = -comp;
        }
        return comp == 1;
    };
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<std::size_t> tmp(order.size());
    for (std::size_t width = 1; width < order.size(); width *= 2) {
        for (std::size_t lo = 0; lo < order.size(); lo += 2 * width) {
            std::size_t mid = std::min(lo + width, order.size());
            std::size_t hi = std::min(lo + 2 * width, order.size());
            std::size_t l = lo, r = mid, o = lo;
            while (l < mid && r < hi)
                tmp[o++] = greater(order[l], order[r]) ? order[r++] : order[l++];
            while (l < mid)
                tmp[o++] = order[l++];
            while (r < hi)
                tmp[o++] = order[r++];
        }
        order.swap(tmp);
    }
    Value result = makeSequence();
    result.array().tupleStream = isTupleSort;
    auto &out = result.array().items;
    out.reserve(items.size());
    for (std::size_t i : order)
        out.push_back(items[i]);
    return result;
}

} // namespace stepwise::jsonata
