#include "jsonatatemplate.h"

#include "jsonata/valueutil.h"

#include <algorithm>

namespace stepwise::runtime {

namespace {

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// Every `$name` in the text. Names inside string literals are included too: binding a variable
// that is not read costs little, missing one that is read would be wrong.
std::vector<std::string> mentionedNames(const std::string &source)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] != '$')
            continue;
        std::size_t end = i + 1;
        while (end < source.size() && isNameChar(source[end]))
            ++end;
        if (end > i + 1) {
            std::string name = source.substr(i + 1, end - i - 1);
            if (std::find(out.begin(), out.end(), name) == out.end())
                out.push_back(std::move(name));
        }
        i = end - 1;
    }
    return out;
}

std::string trimmed(const std::string &s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}

jsonata::Value toValue(const Json &j)
{
    return jsonata::vutil::fromJson(j);
}

} // namespace

bool JsonataTemplate::isExpression(const std::string &text)
{
    return text.size() >= 4 && text.compare(0, 2, "{%") == 0 &&
           text.compare(text.size() - 2, 2, "%}") == 0;
}

bool JsonataTemplate::compile(const Json &value, const std::string &location, std::string *error)
{
    return compileNode(m_root, value, location, error, 0);
}

bool JsonataTemplate::compileNode(Node &node, const Json &value, const std::string &location,
                                  std::string *error, int depth)
{
    node.location = location;
    if (depth > kMaxDepth) {
        if (error)
            *error = "the value is nested more than " + std::to_string(kMaxDepth) + " deep";
        return false;
    }
    if (value.is_string() && isExpression(value.get_ref<const std::string &>())) {
        const std::string &text = value.get_ref<const std::string &>();
        node.kind = Node::Kind::Expression;
        node.source = trimmed(text.substr(2, text.size() - 4));
        jsonata::Error err;
        node.expression = jsonata::Expression::compile(node.source, &err);
        if (!node.expression) {
            if (error)
                *error = "field '" + location + "': the JSONata expression '" + node.source +
                         "' is not valid: " + err.code +
                         (err.position >= 0 ? " at " + std::to_string(err.position) : "") + ": " +
                         err.message;
            return false;
        }
        node.variables = mentionedNames(node.source);
        auto states = std::find(node.variables.begin(), node.variables.end(), "states");
        node.usesStates = states != node.variables.end();
        if (node.usesStates)
            node.variables.erase(states);
        node.usesContext = node.usesStates && node.source.find("context") != std::string::npos;
        return true;
    }
    const bool object = value.is_object();
    if (object || value.is_array()) {
        node.kind = object ? Node::Kind::Object : Node::Kind::Array;
        bool dynamic = false;
        std::size_t index = 0;
        for (auto it = value.begin(); it != value.end(); ++it, ++index) {
            Node child;
            const std::string at = location + "/" + (object ? it.key() : std::to_string(index));
            if (!compileNode(child, it.value(), at, error, depth + 1))
                return false;
            dynamic = dynamic || child.kind != Node::Kind::Literal;
            if (object)
                node.keys.push_back(it.key());
            node.items.push_back(std::move(child));
        }
        if (dynamic)
            return true;
        node.keys.clear();
        node.items.clear();
    }
    node.kind = Node::Kind::Literal;
    node.literal = value;
    return true;
}

Json JsonataTemplate::evaluate(const JsonataScope &scope) const
{
    return evaluateNode(m_root, scope);
}

Json JsonataTemplate::evaluateNode(const Node &node, const JsonataScope &scope) const
{
    switch (node.kind) {
    case Node::Kind::Literal:
        return node.literal;
    case Node::Kind::Expression:
        return evaluateExpression(node, scope);
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

Json JsonataTemplate::evaluateExpression(const Node &node, const JsonataScope &scope) const
{
    const std::string prefix =
        "The JSONata expression '" + node.source + "' specified for the field '" + node.location;
    std::vector<std::pair<std::string, jsonata::Value>> bindings;
    try {
        if (node.usesStates) {
            const bool needContext = node.usesContext && scope.context;
            if (scope.states.isUndefined() || (needContext && !scope.statesHasContext)) {
                jsonata::Value states = jsonata::makeObject();
                jsonata::Object &o = states.object();
                if (scope.input)
                    o.set("input", toValue(*scope.input));
                if (scope.result)
                    o.set("result", toValue(*scope.result));
                if (scope.errorOutput)
                    o.set("errorOutput", toValue(*scope.errorOutput));
                if (needContext)
                    o.set("context", toValue(scope.context()));
                scope.states = std::move(states);
                scope.statesHasContext = needContext;
            }
            bindings.emplace_back("states", scope.states);
        }
        if (scope.variables && scope.variables->is_object())
            for (const std::string &name : node.variables)
                if (auto it = scope.variables->find(name); it != scope.variables->end())
                    bindings.emplace_back(name, toValue(*it));
    } catch (const std::exception &e) {
        throw QueryFailure{prefix + "' could not read its input: " + e.what(), node.location};
    } catch (...) {
        throw QueryFailure{prefix + "' could not read its input (nested too deeply).",
                           node.location};
    }
    jsonata::EvalOptions options;
    options.functions = scope.functions;
    jsonata::Value raw;
    jsonata::Result r = node.expression->evaluateValue(jsonata::Value(), bindings, options, &raw);
    if (!r.ok()) {
        std::string what = r.error.code == "States.QueryEvaluationError"
                               ? r.error.message
                               : r.error.code + ": " + r.error.message;
        throw QueryFailure{prefix + "' threw an error during evaluation. " + what, node.location};
    }
    if (r.undefined)
        throw QueryFailure{prefix + "' returned nothing (undefined).", node.location};
    if (raw.isFunction())
        throw QueryFailure{prefix + "' returned an unsupported result type.", node.location};
    return std::move(r.value);
}

} // namespace stepwise::runtime
