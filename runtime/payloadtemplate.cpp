#include "payloadtemplate.h"

namespace stepwise::runtime {

bool PayloadTemplate::compileNode(Node &node, const Json &value, std::string *error, int depth)
{
    if (depth > kMaxDepth) {
        if (error)
            *error = "the template is nested more than " + std::to_string(kMaxDepth) + " deep";
        return false;
    }
    if (value.is_object()) {
        node.kind = Node::Kind::Object;
        bool dynamic = false;
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string &key = it.key();
            Node child;
            if (key.size() > 2 && key.compare(key.size() - 2, 2, ".$") == 0) {
                std::string name = key.substr(0, key.size() - 2);
                if (!it.value().is_string()) {
                    if (error)
                        *error = "the value of field '" + key + "' must be a path string";
                    return false;
                }
                const std::string &expr = it.value().get_ref<const std::string &>();
                std::string why;
                child.field = key;
                if (Intrinsic::looksLikeCall(expr)) {
                    child.kind = Node::Kind::Call;
                    child.call = Intrinsic::parse(expr, &why);
                    if (!child.call) {
                        if (error)
                            *error = "field '" + key + "': " + why;
                        return false;
                    }
                } else {
                    auto path = JsonPath::parse(expr, &why);
                    if (!path) {
                        if (error)
                            *error = "field '" + key + "': invalid JSONPath '" + expr + "': " + why;
                        return false;
                    }
                    child.kind = Node::Kind::Path;
                    child.path = std::make_shared<const JsonPath>(std::move(*path));
                }
                dynamic = true;
                node.keys.push_back(std::move(name));
                node.items.push_back(std::move(child));
            } else {
                if (!compileNode(child, it.value(), error, depth + 1))
                    return false;
                dynamic = dynamic || child.kind != Node::Kind::Literal;
                node.keys.push_back(key);
                node.items.push_back(std::move(child));
            }
        }
        if (!dynamic) {
            node.kind = Node::Kind::Literal;
            node.literal = value;
            node.keys.clear();
            node.items.clear();
        }
        return true;
    }
    if (value.is_array()) {
        node.kind = Node::Kind::Array;
        bool dynamic = false;
        for (const auto &item : value) {
            Node child;
            if (!compileNode(child, item, error, depth + 1))
                return false;
            dynamic = dynamic || child.kind != Node::Kind::Literal;
            node.items.push_back(std::move(child));
        }
        if (!dynamic) {
            node.kind = Node::Kind::Literal;
            node.literal = value;
            node.items.clear();
        }
        return true;
    }
    node.kind = Node::Kind::Literal;
    node.literal = value;
    return true;
}

Json PayloadTemplate::evaluateNode(const Node &node, const EvalScope &scope) const
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Call:
        return node.call->evaluate(scope);
    case Node::Kind::Path: {
        Json out;
        if (!scope.evaluate(*node.path, out)) {
            const Json *root = scope.rootFor(*node.path);
            throw StatesError{"States.Runtime",
                              "The JSONPath '" + node.path->text() + "' specified for the field '" +
                                  node.field + "' could not be found in the input '" +
                                  (root ? json_util::dump(*root) : std::string("null")) + "'"};
        }
        return out;
    }
    case Node::Kind::Object: {
        Json out = Json::object();
        for (std::size_t i = 0; i < node.keys.size(); ++i)
            out[node.keys[i]] = evaluateNode(node.items[i], scope);
        return out;
    }
    case Node::Kind::Array: {
        Json out = Json::array();
        for (const auto &child : node.items)
            out.push_back(evaluateNode(child, scope));
        return out;
    }
    }
    return nullptr;
}

} // namespace stepwise::runtime
