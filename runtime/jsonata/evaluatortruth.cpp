// The reference's number check and truthiness, shared by the evaluator and the built-ins.

#include "jsonata/evaluator.h"

#include "jsonata/jsonataexception.h"

#include <cmath>

namespace stepwise::jsonata {

bool Evaluator::isNumeric(const Value &v)
{
    if (!v.isNumber())
        return false;
    double d = v.number();
    if (std::isnan(d))
        return false;
    if (!std::isfinite(d)) {
        JsonataException e("D1001");
        e.value = v;
        throw e;
    }
    return true;
}

bool Evaluator::truthy(const Value &v)
{
    switch (v.type()) {
    case Type::Undefined:
    case Type::Null:
        return false;
    case Type::Boolean:
        return v.boolean();
    case Type::Number:
        return isNumeric(v) && v.number() != 0;
    case Type::String:
        return !v.string().empty();
    case Type::Array: {
        const auto &items = v.array().items;
        if (items.size() == 1)
            return truthy(items[0]);
        for (const Value &x : items) {
            if (truthy(x))
                return true;
        }
        return false;
    }
    case Type::Object:
        return v.object().size() > 0;
    case Type::Function:
        return false;
    }
    return false;
}

} // namespace stepwise::jsonata
