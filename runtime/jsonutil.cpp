#include "jsonutil.h"

#include <cmath>
#include <utility>
#include <vector>

namespace stepwise::runtime::json_util {

bool equals(const Json &a, const Json &b)
{
    if (a.is_number() && b.is_number()) {
        if (a.is_number_float() || b.is_number_float())
            return a.get<double>() == b.get<double>();
        if (a.is_number_unsigned() && b.is_number_unsigned())
            return a.get<std::uint64_t>() == b.get<std::uint64_t>();
        return a.get<std::int64_t>() == b.get<std::int64_t>();
    }
    if (a.type() != b.type())
        return false;
    // Iterative, so that comparing two deep values cannot overflow the stack.
    std::vector<std::pair<const Json *, const Json *>> work{{&a, &b}};
    while (!work.empty()) {
        auto [x, y] = work.back();
        work.pop_back();
        if (x->is_number() && y->is_number()) {
            if (!equals(*x, *y))
                return false;
            continue;
        }
        if (x->type() != y->type())
            return false;
        if (x->is_array()) {
            if (x->size() != y->size())
                return false;
            for (std::size_t i = 0; i < x->size(); ++i)
                work.emplace_back(&(*x)[i], &(*y)[i]);
        } else if (x->is_object()) {
            if (x->size() != y->size())
                return false;
            for (auto it = x->begin(); it != x->end(); ++it) {
                auto other = y->find(it.key());
                if (other == y->end())
                    return false;
                work.emplace_back(&it.value(), &*other);
            }
        } else if (*x != *y) {
            return false;
        }
    }
    return true;
}

std::size_t depth(const Json &value)
{
    std::size_t deepest = 0;
    std::vector<std::pair<const Json *, std::size_t>> work{{&value, 1}};
    while (!work.empty()) {
        auto [v, d] = work.back();
        work.pop_back();
        deepest = std::max(deepest, d);
        if (v->is_structured())
            for (const auto &child : *v)
                work.emplace_back(&child, d + 1);
    }
    return deepest;
}

std::string dump(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

const char *typeName(const Json &value)
{
    return value.type_name();
}

bool isIntegral(const Json &value)
{
    if (value.is_number_integer())
        return true;
    if (!value.is_number_float())
        return false;
    // Beyond ±2^63 a conversion to long long is undefined behaviour, so such a value is not
    // an integer anyone can use.
    double d = value.get<double>();
    return std::isfinite(d) && std::floor(d) == d && d >= -9223372036854775808.0 &&
           d < 9223372036854775808.0;
}

} // namespace stepwise::runtime::json_util
