#include "jsonpath.h"

#include <cctype>

namespace stepwise::runtime {

bool JsonPath::isReference() const
{
    for (const auto &s : m_segments)
        if (s.descendant || (s.kind != Segment::Kind::Name && s.kind != Segment::Kind::Index))
            return false;
    return true;
}

namespace {

const Json *firstMatch(const JsonPath &path, const Json &node)
{
    auto found = path.select(node);
    return found.empty() ? nullptr : found.front();
}

Json filterValue(const FilterExpr &e, const Json &node, const Json &root, bool &present)
{
    present = true;
    if (e.op == FilterExpr::Op::Literal)
        return e.literal;
    const Json *v = firstMatch(*e.path, e.relative ? node : root);
    if (!v) {
        present = false;
        return nullptr;
    }
    return *v;
}

bool compare(FilterExpr::Op op, const Json &a, const Json &b)
{
    if (op == FilterExpr::Op::Eq)
        return json_util::equals(a, b);
    if (op == FilterExpr::Op::Ne)
        return !json_util::equals(a, b);
    int order = 0;
    if (a.is_number() && b.is_number()) {
        double x = a.get<double>(), y = b.get<double>();
        order = x < y ? -1 : (x > y ? 1 : 0);
    } else if (a.is_string() && b.is_string()) {
        order = a.get_ref<const std::string &>().compare(b.get_ref<const std::string &>());
    } else {
        return false;
    }
    switch (op) {
    case FilterExpr::Op::Lt:
        return order < 0;
    case FilterExpr::Op::Le:
        return order <= 0;
    case FilterExpr::Op::Gt:
        return order > 0;
    case FilterExpr::Op::Ge:
        return order >= 0;
    default:
        return false;
    }
}

bool test(const FilterExpr &e, const Json &node, const Json &root)
{
    switch (e.op) {
    case FilterExpr::Op::Or:
        return test(*e.lhs, node, root) || test(*e.rhs, node, root);
    case FilterExpr::Op::And:
        return test(*e.lhs, node, root) && test(*e.rhs, node, root);
    case FilterExpr::Op::Not:
        return !test(*e.lhs, node, root);
    case FilterExpr::Op::Exists:
        return firstMatch(*e.lhs->path, e.lhs->relative ? node : root);
    case FilterExpr::Op::Literal:
        return e.literal.is_boolean() && e.literal.get<bool>();
    case FilterExpr::Op::Path:
        return firstMatch(*e.path, e.relative ? node : root);
    default: {
        bool lp = false, rp = false;
        Json l = filterValue(*e.lhs, node, root, lp);
        Json r = filterValue(*e.rhs, node, root, rp);
        return lp && rp && compare(e.op, l, r);
    }
    }
}

long long normalise(long long i, long long size)
{
    return i < 0 ? i + size : i;
}

} // namespace

void JsonPath::apply(const Segment &seg, const Json &node, std::vector<const Json *> &out) const
{
    using Kind = Segment::Kind;
    switch (seg.kind) {
    case Kind::Name:
        if (node.is_object()) {
            auto it = node.find(seg.name);
            if (it != node.end())
                out.push_back(&*it);
        }
        break;
    case Kind::Index:
        if (node.is_array()) {
            long long i = normalise(seg.index, static_cast<long long>(node.size()));
            if (i >= 0 && i < static_cast<long long>(node.size()))
                out.push_back(&node[static_cast<std::size_t>(i)]);
        }
        break;
    case Kind::Wildcard:
        if (node.is_structured())
            for (const auto &child : node)
                out.push_back(&child);
        break;
    case Kind::Union:
        for (const auto &name : seg.names)
            if (node.is_object() && node.contains(name))
                out.push_back(&node[name]);
        for (long long idx : seg.indexes) {
            if (!node.is_array())
                break;
            long long i = normalise(idx, static_cast<long long>(node.size()));
            if (i >= 0 && i < static_cast<long long>(node.size()))
                out.push_back(&node[static_cast<std::size_t>(i)]);
        }
        break;
    case Kind::Slice: {
        if (!node.is_array())
            break;
        long long n = static_cast<long long>(node.size());
        long long step = seg.step;
        auto clamp = [n](long long v, long long lo, long long hi) {
            v = v < 0 ? v + n : v;
            return std::min(std::max(v, lo), hi);
        };
        if (step > 0) {
            long long b = seg.start ? clamp(*seg.start, 0, n) : 0;
            long long e = seg.end ? clamp(*seg.end, 0, n) : n;
            for (long long i = b; i < e; i += step)
                out.push_back(&node[static_cast<std::size_t>(i)]);
        } else {
            long long b = seg.start ? clamp(*seg.start, -1, n - 1) : n - 1;
            long long e = seg.end ? clamp(*seg.end, -1, n - 1) : -1;
            for (long long i = b; i > e; i += step)
                out.push_back(&node[static_cast<std::size_t>(i)]);
        }
        break;
    }
    case Kind::Filter:
        if (node.is_structured())
            for (const auto &child : node)
                if (test(*seg.filter, child, node))
                    out.push_back(&child);
        break;
    }
}

std::vector<const Json *> JsonPath::select(const Json &root) const
{
    std::vector<const Json *> current{&root};
    std::vector<const Json *> next;
    for (const auto &seg : m_segments) {
        next.clear();
        for (const Json *node : current) {
            if (!seg.descendant) {
                apply(seg, *node, next);
                continue;
            }
            // Depth-first over the node and all its descendants, without recursion.
            std::vector<const Json *> stack{node};
            while (!stack.empty()) {
                const Json *n = stack.back();
                stack.pop_back();
                apply(seg, *n, next);
                if (n->is_structured()) {
                    std::size_t mark = stack.size();
                    for (const auto &child : *n)
                        stack.push_back(&child);
                    std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(mark), stack.end());
                }
            }
        }
        current.swap(next);
        if (current.empty())
            break;
    }
    return current;
}

bool JsonPath::evaluate(const Json &root, Json &out) const
{
    if (m_definite) {
        const Json *node = &root;
        for (const auto &seg : m_segments) {
            if (seg.kind == Segment::Kind::Name) {
                if (!node->is_object())
                    return false;
                auto it = node->find(seg.name);
                if (it == node->end())
                    return false;
                node = &*it;
            } else {
                if (!node->is_array())
                    return false;
                long long i = normalise(seg.index, static_cast<long long>(node->size()));
                if (i < 0 || i >= static_cast<long long>(node->size()))
                    return false;
                node = &(*node)[static_cast<std::size_t>(i)];
            }
        }
        out = *node;
        return true;
    }
    out = Json::array();
    for (const Json *v : select(root))
        out.push_back(*v);
    return true;
}

void JsonPath::assign(Json &target, Json value) const
{
    Json *node = &target;
    for (const auto &seg : m_segments) {
        if (seg.kind == Segment::Kind::Index) {
            long long i =
                node->is_array() ? normalise(seg.index, static_cast<long long>(node->size())) : -1;
            if (i < 0 || i >= static_cast<long long>(node->size()))
                throw StatesError{"States.ResultPathMatchFailure",
                                  "Unable to apply ResultPath '" + m_text + "' to input '" +
                                      json_util::dump(target) + "'"};
            node = &(*node)[static_cast<std::size_t>(i)];
            continue;
        }
        if (node->is_null())
            *node = Json::object();
        if (!node->is_object())
            throw StatesError{"States.ResultPathMatchFailure", "Unable to apply ResultPath '" +
                                                                   m_text + "' to input '" +
                                                                   json_util::dump(target) + "'"};
        node = &(*node)[seg.name];
    }
    *node = std::move(value);
}

} // namespace stepwise::runtime
