#include "jsonataexpr.h"

#include "intrinsic.h"
#include "jsonpath.h"

#include <cctype>
#include <map>

namespace stepwise {

namespace {

using runtime::FilterExpr;
using runtime::Intrinsic;
using runtime::JsonPath;
using Seg = JsonPath::Segment;

bool isPlainName(const std::string &name)
{
    static const char *const keywords[] = {"and", "or", "in", "true", "false", "null", "function"};
    if (name.empty() || !(std::isalpha(static_cast<unsigned char>(name[0])) || name[0] == '_'))
        return false;
    for (char c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_')
            return false;
    for (const char *k : keywords)
        if (name == k)
            return false;
    return true;
}

// A field name as a JSONata path step: plain, or quoted in backticks.
bool step(const std::string &name, std::string &out, std::string &why)
{
    if (isPlainName(name)) {
        out += name;
        return true;
    }
    if (name.find('`') != std::string::npos) {
        why = "the field name '" + name + "' holds a backtick, which JSONata cannot quote";
        return false;
    }
    out += '`' + name + '`';
    return true;
}

bool filter(const FilterExpr &e, const std::string &input, std::string &out, std::string &why);

// The segments of `path` after `base`; `definite` tells whether the result is one value.
bool segments(const JsonPath &path, std::string base, const std::string &input, std::string &out,
              std::string &why)
{
    for (const Seg &s : path.segments()) {
        if (s.descendant)
            base += ".**";
        switch (s.kind) {
        case Seg::Kind::Name:
            base += '.';
            if (!step(s.name, base, why))
                return false;
            break;
        case Seg::Kind::Index:
            base += "[" + std::to_string(s.index) + "]";
            break;
        case Seg::Kind::Wildcard:
            // JSONata steps into an array's items by itself; on an object `*` takes the values.
            base = "($v := " + base + "; $type($v) = 'array' ? $v : $v.*)";
            break;
        case Seg::Kind::Filter: {
            std::string predicate;
            if (!filter(*s.filter, input, predicate, why))
                return false;
            base += "[" + predicate + "]";
            break;
        }
        case Seg::Kind::Slice:
        case Seg::Kind::Union:
            why = "slices and unions have no JSONata step; write them with $filter";
            return false;
        }
    }
    out = path.isDefinite() ? base : "[" + base + "]";
    return true;
}

bool pathExpr(const JsonPath &path, const std::string &input, std::string &out, std::string &why)
{
    std::string base;
    switch (path.root()) {
    case JsonPath::Root::Input:
        base = input;
        break;
    case JsonPath::Root::Context:
        base = "$states.context";
        break;
    case JsonPath::Root::Variable:
        if (!isPlainName(path.variable())) {
            why = "the variable name '" + path.variable() + "' is not a JSONata name";
            return false;
        }
        base = "$" + path.variable();
        break;
    }
    return segments(path, base, input, out, why);
}

bool filter(const FilterExpr &e, const std::string &input, std::string &out, std::string &why)
{
    using Op = FilterExpr::Op;
    auto side = [&](const std::shared_ptr<const FilterExpr> &x, std::string &s) {
        return x && filter(*x, input, s, why);
    };
    std::string l, r;
    switch (e.op) {
    case Op::Literal:
        out = JsonataExpr::literal(e.literal);
        return true;
    case Op::Path: {
        // `@` is the item the predicate looks at: JSONata's context there.
        if (!e.relative)
            return pathExpr(*e.path, input, out, why);
        if (!segments(*e.path, "$", input, out, why))
            return false;
        return true;
    }
    case Op::Exists:
        if (!side(e.lhs, l))
            return false;
        out = "$exists(" + l + ")";
        return true;
    case Op::Not:
        if (!side(e.lhs, l))
            return false;
        out = "$not(" + l + ")";
        return true;
    default:
        break;
    }
    static const std::map<Op, const char *> ops = {
        {Op::Or, " or "}, {Op::And, " and "}, {Op::Eq, " = "}, {Op::Ne, " != "},
        {Op::Lt, " < "},  {Op::Le, " <= "},   {Op::Gt, " > "}, {Op::Ge, " >= "}};
    if (!side(e.lhs, l) || !side(e.rhs, r))
        return false;
    out = "(" + l + ops.at(e.op) + r + ")";
    return true;
}

bool call(const Intrinsic &c, const std::string &input, std::string &out, std::string &why);

// An array with one item per expression. JSONata's array constructor splices an array value
// into the outer array, except the value of a nested constructor: `[[x]]` keeps `x` one item.
std::string arrayOf(const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") +
               ("($type(" + items[i] + ") = 'array' ? [[" + items[i] + "]] : " + items[i] + ")");
    return out + "]";
}

bool argument(const Intrinsic::Arg &a, const std::string &input, std::string &out, std::string &why)
{
    if (a.call)
        return call(*a.call, input, out, why);
    if (a.path)
        return pathExpr(*a.path, input, out, why);
    out = JsonataExpr::literal(a.literal);
    return true;
}

// States.Format's template: `{}` takes the next argument; `\{`, `\}` and `\\` are escapes.
// (AWS writes an object or array argument as {k=v}, [a, b]; $string writes JSON.)
bool format(const std::string &tmpl, const std::vector<std::string> &args, std::string &out,
            std::string &why)
{
    std::vector<std::string> parts;
    std::string text;
    std::size_t next = 1;
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '\\' && i + 1 < tmpl.size() &&
            (tmpl[i + 1] == '{' || tmpl[i + 1] == '}' || tmpl[i + 1] == '\\')) {
            text += tmpl[++i];
        } else if (tmpl[i] == '{' && i + 1 < tmpl.size() && tmpl[i + 1] == '}') {
            if (next >= args.size()) {
                why = "States.Format has more {} than arguments";
                return false;
            }
            if (!text.empty())
                parts.push_back(JsonataExpr::literal(text));
            text.clear();
            // AWS inserts strings as they are and other values as JSON: $string does the same.
            parts.push_back("$string(" + args[next++] + ")");
            ++i;
        } else {
            text += tmpl[i];
        }
    }
    if (!text.empty() || parts.empty())
        parts.push_back(JsonataExpr::literal(text));
    out = "(";
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? " & " : "") + parts[i];
    out += ")";
    return true;
}

bool call(const Intrinsic &c, const std::string &input, std::string &out, std::string &why)
{
    std::vector<std::string> a;
    for (const Intrinsic::Arg &arg : c.arguments()) {
        std::string s;
        if (!argument(arg, input, s, why))
            return false;
        a.push_back(std::move(s));
    }
    const std::string &n = c.name();
    auto fn = [&](const char *name) {
        out = std::string(name) + "(";
        for (std::size_t i = 0; i < a.size(); ++i)
            out += (i ? ", " : "") + a[i];
        out += ")";
        return true;
    };
    if (n == "States.Format") {
        const Intrinsic::Arg &first = c.arguments().front();
        if (first.call || first.path || !first.literal.is_string()) {
            why = "States.Format's template must be a string literal to convert";
            return false;
        }
        return format(first.literal.get<std::string>(), a, out, why);
    }
    if (n == "States.StringToJson") {
        // AWS reads an empty (or blank) string as null; $parse refuses it.
        out = "($s := " + a[0] + "; $trim($s) = '' ? null : $parse($s))";
        return true;
    }
    if (n == "States.JsonToString") {
        // JSON text of any value, a string included (which $string leaves unquoted).
        const std::string wrapped = "$string({\"v\": " + a[0] + "})";
        out = "$substring(" + wrapped + ", 5, $length(" + wrapped + ") - 6)";
        return true;
    }
    if (n == "States.Array") {
        out = arrayOf(a);
        return true;
    }
    if (n == "States.ArrayPartition")
        return fn("$partition");
    if (n == "States.ArrayContains") {
        // Membership by value, arrays and objects included (JSONata's `in` compares no arrays).
        out = "($count($filter(" + a[0] + ", function($x) { $string($x) = $string(" + a[1] +
              ") })) > 0)";
        return true;
    }
    if (n == "States.ArrayRange") {
        out = "[$range(" + a[0] + ", " + a[1] + ", " + a[2] + ")]"; // one item stays an array
        return true;
    }
    if (n == "States.ArrayGetItem") {
        out = "(" + a[0] + ")[" + a[1] + "]";
        return true;
    }
    if (n == "States.ArrayLength")
        return fn("$count");
    if (n == "States.ArrayUnique")
        return fn("$distinct");
    if (n == "States.Base64Encode")
        return fn("$base64encode");
    if (n == "States.Base64Decode")
        return fn("$base64decode");
    if (n == "States.Hash")
        return fn("$hash");
    if (n == "States.JsonMerge") {
        if (a[2] != "false") {
            why = "States.JsonMerge with a deep merge has no JSONata function";
            return false;
        }
        out = "$merge([" + a[0] + ", " + a[1] + "])";
        return true;
    }
    if (n == "States.MathRandom") {
        out = "($floor($random() * ((" + a[1] + ") - (" + a[0] + "))) + (" + a[0] + "))";
        return true;
    }
    if (n == "States.MathAdd") {
        out = "((" + a[0] + ") + (" + a[1] + "))";
        return true;
    }
    if (n == "States.StringSplit") {
        // AWS splits at any of the delimiter's characters and drops empty pieces.
        // Each of the delimiter's characters splits every piece in turn; the outer
        // constructor keeps a single piece an array.
        out = "[$reduce($split(" + a[1] +
              ", ''), function($parts, $c) { [$parts.$split($, $c)] "
              "}, [" +
              a[0] + "])[$ != '']]";
        return true;
    }
    if (n == "States.UUID")
        return fn("$uuid");
    why = "no JSONata equivalent of " + n;
    return false;
}

} // namespace

std::string JsonataExpr::literal(const OrderedJson &value)
{
    return value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

bool JsonataExpr::value(std::string_view text, const std::string &input, std::string &out,
                        std::string &why)
{
    if (Intrinsic::looksLikeCall(text)) {
        const auto c = Intrinsic::parse(text, &why);
        return c && call(*c, input, out, why);
    }
    const std::optional<JsonPath> path = JsonPath::parse(text, &why);
    return path && pathExpr(*path, input, out, why);
}

bool JsonataExpr::templateExpr(const OrderedJson &tmpl, const std::string &input, std::string &out,
                               std::string &why)
{
    if (tmpl.is_array()) {
        std::vector<std::string> items;
        for (const OrderedJson &item : tmpl) {
            items.emplace_back();
            if (!templateExpr(item, input, items.back(), why))
                return false;
        }
        out = arrayOf(items);
        return true;
    }
    if (!tmpl.is_object()) {
        out = literal(tmpl);
        return true;
    }
    out = "{";
    bool first = true;
    for (auto it = tmpl.begin(); it != tmpl.end(); ++it) {
        std::string key = it.key(), v;
        const bool dynamic = key.size() > 2 && key.compare(key.size() - 2, 2, ".$") == 0;
        if (dynamic) {
            key.resize(key.size() - 2);
            if (!it.value().is_string()) {
                why = "\"" + it.key() + "\" must hold a path";
                return false;
            }
            if (!value(it.value().get<std::string>(), input, v, why))
                return false;
        } else if (!templateExpr(it.value(), input, v, why)) {
            return false;
        }
        out += (first ? "" : ", ") + literal(key) + ": " + v;
        first = false;
    }
    out += "}";
    return true;
}

bool JsonataExpr::condition(const OrderedJson &rule, const std::string &input, std::string &out,
                            std::string &why)
{
    if (!rule.is_object()) {
        why = "a Choice rule must be an object";
        return false;
    }
    for (const char *list : {"And", "Or"}) {
        if (!rule.contains(list))
            continue;
        out = "(";
        for (std::size_t i = 0; i < rule[list].size(); ++i) {
            std::string c;
            if (!condition(rule[list][i], input, c, why))
                return false;
            out += (i ? (list[0] == 'A' ? " and " : " or ") : "") + c;
        }
        out += ")";
        return true;
    }
    if (rule.contains("Not")) {
        std::string c;
        if (!condition(rule["Not"], input, c, why))
            return false;
        out = "$not(" + c + ")";
        return true;
    }
    std::string v;
    if (!rule.contains("Variable") || !rule["Variable"].is_string() ||
        !value(rule["Variable"].get<std::string>(), input, v, why)) {
        if (why.empty())
            why = "a Choice rule needs a Variable";
        return false;
    }
    static const std::map<std::string, std::string> compare = {{"Equals", " = "},
                                                               {"LessThan", " < "},
                                                               {"GreaterThan", " > "},
                                                               {"LessThanEquals", " <= "},
                                                               {"GreaterThanEquals", " >= "}};
    static const std::map<std::string, std::string> types = {
        {"String", "string"}, {"Numeric", "number"}, {"Boolean", "boolean"}};
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        std::string op = it.key();
        if (op == "Variable" || op == "Next" || op == "Comment" || op == "Assign" || op == "Output")
            continue;
        const OrderedJson &operand = it.value();
        if (op == "IsPresent") {
            out = operand == true ? "$exists(" + v + ")" : "$not($exists(" + v + "))";
            return true;
        }
        static const std::map<std::string, std::string> checks = {
            {"IsNull", "$type(X) = 'null'"},
            {"IsString", "$type(X) = 'string'"},
            {"IsNumeric", "$type(X) = 'number'"},
            {"IsBoolean", "$type(X) = 'boolean'"},
            {"IsTimestamp", "$type(X) = 'string' and $contains(X, /^\\d{4}-\\d\\d-\\d\\dT\\d\\d:"
                            "\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$/)"}};
        if (auto c = checks.find(op); c != checks.end()) {
            std::string test = c->second;
            for (std::size_t at; (at = test.find('X')) != std::string::npos;)
                test.replace(at, 1, "(" + v + ")");
            out = operand == true ? "(" + test + ")" : "$not(" + test + ")";
            return true;
        }
        const bool viaPath = op.size() > 4 && op.compare(op.size() - 4, 4, "Path") == 0;
        if (viaPath)
            op.resize(op.size() - 4);
        std::string rhs;
        if (viaPath) {
            if (!operand.is_string() || !value(operand.get<std::string>(), input, rhs, why))
                return false;
        } else {
            rhs = literal(operand);
        }
        if (op == "StringMatches") {
            if (viaPath) {
                why = "StringMatches takes no path";
                return false;
            }
            // `*` is any text, `\*` a star: a regular expression anchored at both ends.
            std::string re = "^";
            const std::string pattern = operand.get<std::string>();
            for (std::size_t i = 0; i < pattern.size(); ++i) {
                const char ch = pattern[i];
                if (ch == '\\' && i + 1 < pattern.size()) {
                    const char n = pattern[++i];
                    re += std::isalnum(static_cast<unsigned char>(n)) ? std::string(1, n)
                                                                      : "\\" + std::string(1, n);
                } else if (ch == '*') {
                    re += ".*";
                } else if (std::string("/.+?()[]{}|^$").find(ch) != std::string::npos) {
                    re += "\\" + std::string(1, ch);
                } else {
                    re += ch;
                }
            }
            out = "($type(" + v + ") = 'string' and $contains(" + v + ", /" + re + "$/))";
            return true;
        }
        for (const auto &[prefix, type] : types) {
            if (op.rfind(prefix, 0) != 0)
                continue;
            auto c = compare.find(op.substr(prefix.size()));
            if (c == compare.end())
                break;
            // AWS's rule is false, not an error, when the variable has another type.
            out = "($type(" + v + ") = '" + type + "' and $type(" + rhs + ") = '" + type +
                  "' and (" + v + c->second + rhs + "))";
            return true;
        }
        if (op.rfind("Timestamp", 0) == 0) {
            auto c = compare.find(op.substr(9));
            if (c == compare.end())
                break;
            out = "($type(" + v + ") = 'string' and ($toMillis(" + v + ")" + c->second +
                  "$toMillis(" + rhs + ")))";
            return true;
        }
        why = "unknown comparison " + it.key();
        return false;
    }
    why = "a Choice rule needs a comparison";
    return false;
}

} // namespace stepwise
