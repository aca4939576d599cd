#include "yamljson.h"

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <regex>
#include <set>

namespace stepwise {

namespace {

OrderedJson plainScalar(const std::string &s)
{
    static const std::regex intRe(R"([-+]?[0-9]+)");
    static const std::regex floatRe(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL")
        return nullptr;
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    const char c = s[0];
    const bool numberish = (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    if (!numberish)
        return s;
    if (std::regex_match(s, intRe)) {
        try {
            if (s[0] == '-')
                return std::stoll(s);
            return std::stoull(s[0] == '+' ? s.substr(1) : s);
        } catch (...) {
            return s;
        }
    }
    if (std::regex_match(s, floatRe)) {
        try {
            return std::stod(s);
        } catch (...) {
            return s;
        }
    }
    if (s == ".inf" || s == "+.inf" || s == ".Inf")
        return std::numeric_limits<double>::infinity();
    if (s == "-.inf" || s == "-.Inf")
        return -std::numeric_limits<double>::infinity();
    return s;
}

// Aliases let a few lines of YAML stand for billions of nodes ("billion laughs") or, anchored
// inside themselves, for an endless nesting: the conversion counts what it expands and stops.
struct Budget
{
    static constexpr std::size_t maxNodes = 1000000;
    static constexpr int maxDepth = 512;
    std::size_t nodes = 0;
};

struct LimitExceeded
{
    std::string message;
    YAML::Mark mark;
};

OrderedJson convert(const YAML::Node &node, const std::string &pointer, JsonPositionIndex &index,
                    Budget &budget, int depth)
{
    if (++budget.nodes > Budget::maxNodes)
        throw LimitExceeded{"the document expands to more than " +
                                std::to_string(Budget::maxNodes) + " values (aliases?)",
                            node.Mark()};
    if (depth > Budget::maxDepth)
        throw LimitExceeded{"nested more than " + std::to_string(Budget::maxDepth) + " levels deep",
                            node.Mark()};
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return nullptr;
    case YAML::NodeType::Scalar:
        // yaml-cpp tags quoted scalars "!" and plain ones "?".
        if (node.Tag() == "!")
            return node.Scalar();
        return plainScalar(node.Scalar());
    case YAML::NodeType::Sequence: {
        OrderedJson arr = OrderedJson::array();
        int i = 0;
        for (const YAML::Node &item : node) {
            const std::string p = JsonPositionIndex::appendToken(pointer, std::to_string(i++));
            index.insert(p, {item.Mark().line + 1, item.Mark().column + 1});
            arr.push_back(convert(item, p, index, budget, depth + 1));
        }
        return arr;
    }
    case YAML::NodeType::Map: {
        OrderedJson obj = OrderedJson::object();
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string key = it->first.as<std::string>();
            const std::string p = JsonPositionIndex::appendToken(pointer, key);
            index.insert(p, {it->first.Mark().line + 1, it->first.Mark().column + 1});
            obj[key] = convert(it->second, p, index, budget, depth + 1);
        }
        return obj;
    }
    }
    return nullptr;
}

// Quotes every string a YAML reader could take for something else: what our own reader
// types, and also what YAML 1.1 readers (CloudFormation's among them) read as booleans,
// numbers in other bases or dates.
bool needsQuotes(const std::string &s)
{
    if (s.empty())
        return true;
    if (!plainScalar(s).is_string())
        return true;
    static const std::set<std::string> yaml11 = {"y",  "Y",   "yes", "Yes", "YES", "n",
                                                 "N",  "no",  "No",  "NO",  "on",  "On",
                                                 "ON", "off", "Off", "OFF"};
    if (yaml11.count(s))
        return true;
    const char c = s[0];
    const char d = s.size() > 1 ? s[1] : '\0';
    const auto digit = [](char x) { return x >= '0' && x <= '9'; };
    return digit(c) || ((c == '-' || c == '+' || c == '.') && (digit(d) || d == '.'));
}

void emitJson(YAML::Emitter &out, const OrderedJson &j)
{
    switch (j.type()) {
    case OrderedJson::value_t::object:
        out << YAML::BeginMap;
        for (auto it = j.begin(); it != j.end(); ++it) {
            out << YAML::Key;
            if (needsQuotes(it.key()))
                out << YAML::DoubleQuoted;
            out << it.key() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    case OrderedJson::value_t::array:
        out << YAML::BeginSeq;
        for (const OrderedJson &v : j)
            emitJson(out, v);
        out << YAML::EndSeq;
        break;
    case OrderedJson::value_t::string: {
        const std::string &s = j.get_ref<const std::string &>();
        if (needsQuotes(s))
            out << YAML::DoubleQuoted;
        out << s;
        break;
    }
    case OrderedJson::value_t::boolean:
        out << (j.get<bool>() ? "true" : "false");
        break;
    case OrderedJson::value_t::number_integer:
        out << j.get<long long>();
        break;
    case OrderedJson::value_t::number_unsigned:
        out << j.get<unsigned long long>();
        break;
    case OrderedJson::value_t::number_float:
        // nlohmann's shortest form reads back to the same double.
        out << j.dump();
        break;
    default:
        out << YAML::Null;
        break;
    }
}

} // namespace

bool YamlJson::parse(const std::string &text, OrderedJson &out, JsonPositionIndex &index,
                     Error &error)
{
    try {
        const YAML::Node root = YAML::Load(text);
        index.insert(std::string(), {root.Mark().line + 1, root.Mark().column + 1});
        Budget budget;
        out = convert(root, std::string(), index, budget, 0);
        return true;
    } catch (const LimitExceeded &e) {
        error.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        error.column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        error.message = e.message;
        out = OrderedJson();
        return false;
    } catch (const YAML::Exception &e) {
        error.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        error.column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
        error.message = e.msg;
        return false;
    }
}

void YamlJson::emitInto(YAML::Emitter &out, const OrderedJson &json)
{
    emitJson(out, json);
}

std::string YamlJson::dump(const OrderedJson &json)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetOutputCharset(YAML::EmitNonAscii);
    emitJson(out, json);
    std::string s = out.c_str();
    s += '\n';
    return s;
}

} // namespace stepwise
