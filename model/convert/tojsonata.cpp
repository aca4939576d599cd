#include "tojsonata.h"

#include "jsonataexpr.h"
#include "jsonpath.h"

namespace stepwise {

namespace {

const std::string kInput = "$states.input";

std::string wrap(const std::string &expression)
{
    return "{% " + expression + " %}";
}

bool isJsonata(const OrderedJson &s, bool inherited)
{
    if (s.contains("QueryLanguage") && s["QueryLanguage"].is_string())
        return s["QueryLanguage"] == "JSONata";
    return inherited;
}

bool machine(OrderedJson &m, bool jsonataTop, QStringList &notes);

// The value of `path` (a reference path: names and indexes) written at `path` inside `target`,
// as JSONPath's ResultPath merges a result into the input.
bool merged(const std::string &target, const std::string &resultPath, const std::string &value,
            std::string &out, std::string &why)
{
    const std::optional<runtime::JsonPath> p = runtime::JsonPath::parse(resultPath, &why);
    if (!p)
        return false;
    if (p->root() != runtime::JsonPath::Root::Input || !p->isReference()) {
        why = "ResultPath must be a reference path";
        return false;
    }
    // Build from the innermost step out: $merge([target.a, {"b": value}]) and so on.
    std::vector<std::string> bases{target};
    for (const auto &s : p->segments()) {
        if (s.kind != runtime::JsonPath::Segment::Kind::Name) {
            why = "a ResultPath with an index has no JSONata merge";
            return false;
        }
        std::string step;
        if (!JsonataExpr::value("$['" + s.name + "']", bases.back(), step, why))
            return false;
        bases.push_back(step);
    }
    std::string inner = value;
    for (std::size_t i = p->segments().size(); i-- > 0;) {
        const std::string key = JsonataExpr::literal(p->segments()[i].name);
        inner = "$merge([($type(" + bases[i] + ") = 'object' ? " + bases[i] + " : {}), {" + key +
                ": " + inner + "}])";
    }
    out = inner;
    return true;
}

// InputPath: the state's effective input as an expression.
bool effectiveInput(const OrderedJson &s, std::string &out, std::string &why)
{
    if (!s.contains("InputPath")) {
        out = kInput;
        return true;
    }
    if (s["InputPath"].is_null()) {
        out = "{}";
        return true;
    }
    return JsonataExpr::value(s["InputPath"].get<std::string>(), kInput, out, why);
}

// ResultSelector, ResultPath and OutputPath applied to `result`, over the raw input.
bool outputOf(const OrderedJson &s, std::string result, std::string &out, std::string &why)
{
    if (s.contains("ResultSelector")) {
        std::string selected;
        if (!JsonataExpr::templateExpr(s["ResultSelector"], result, selected, why))
            return false;
        result = selected;
    }
    std::string combined = result;
    if (s.contains("ResultPath")) {
        if (s["ResultPath"].is_null())
            combined = kInput;
        else if (s["ResultPath"] != "$" && !merged(kInput, s["ResultPath"].get<std::string>(),
                                                   "(" + result + ")", combined, why))
            return false;
    }
    if (s.contains("OutputPath")) {
        if (s["OutputPath"].is_null())
            combined = "{}";
        else if (!JsonataExpr::value(s["OutputPath"].get<std::string>(), "(" + combined + ")",
                                     combined, why))
            return false;
    }
    out = combined;
    return true;
}

// `field` (SecondsPath, ...) as the expression field `to`.
bool pathField(OrderedJson &s, const char *field, const char *to, const std::string &input,
               std::string &why)
{
    if (!s.contains(field))
        return true;
    std::string e;
    if (!s[field].is_string() || !JsonataExpr::value(s[field].get<std::string>(), input, e, why))
        return false;
    s.erase(field);
    s[to] = wrap(e);
    return true;
}

// A JSONPath Assign (`name.$` paths over `input`) as a JSONata one.
bool assign(OrderedJson &holder, const std::string &input, std::string &why)
{
    if (!holder.contains("Assign"))
        return true;
    if (!holder["Assign"].is_object()) {
        why = "Assign must be an object";
        return false;
    }
    OrderedJson out = OrderedJson::object();
    for (auto it = holder["Assign"].begin(); it != holder["Assign"].end(); ++it) {
        std::string key = it.key(), e;
        const bool dynamic = key.size() > 2 && key.compare(key.size() - 2, 2, ".$") == 0;
        if (dynamic) {
            key.resize(key.size() - 2);
            if (!it.value().is_string() ||
                !JsonataExpr::value(it.value().get<std::string>(), input, e, why))
                return false;
        } else if (!JsonataExpr::templateExpr(it.value(), input, e, why)) {
            return false;
        }
        out[key] = wrap(e);
    }
    holder["Assign"] = std::move(out);
    return true;
}

bool convertState(const OrderedJson &in, OrderedJson &result, std::string &why,
                  QStringList &nestedNotes);

} // namespace

bool ToJsonata::state(const OrderedJson &in, OrderedJson &result, std::string &why)
{
    QStringList nested;
    return convertState(in, result, why, nested);
}

namespace {

bool convertState(const OrderedJson &in, OrderedJson &result, std::string &why,
                  QStringList &nestedNotes)
{
    OrderedJson s = in;
    const std::string type = s.value("Type", std::string());
    std::string input;
    if (!effectiveInput(s, input, why))
        return false;
    std::string output;
    if (type == "Task" || type == "Parallel" || type == "Map") {
        if (type == "Map") {
            if (s.contains("ItemsPath")) {
                std::string items;
                if (!JsonataExpr::value(s["ItemsPath"].get<std::string>(), input, items, why))
                    return false;
                s["Items"] = wrap(items);
            } else if (input != kInput) {
                s["Items"] = wrap(input);
            }
            for (const char *f : {"ItemSelector", "Parameters"}) {
                if (!s.contains(f))
                    continue;
                std::string e;
                if (!JsonataExpr::templateExpr(s[f], input, e, why))
                    return false;
                s["ItemSelector"] = wrap(e);
            }
            if (!pathField(s, "MaxConcurrencyPath", "MaxConcurrency", kInput, why) ||
                !pathField(s, "ToleratedFailureCountPath", "ToleratedFailureCount", kInput, why) ||
                !pathField(s, "ToleratedFailurePercentagePath", "ToleratedFailurePercentage",
                           kInput, why))
                return false;
        } else if (s.contains("Parameters")) {
            std::string e;
            if (!JsonataExpr::templateExpr(s["Parameters"], input, e, why))
                return false;
            s["Arguments"] = wrap(e);
        } else if (input != kInput) {
            s["Arguments"] = wrap(input);
        }
        if (!pathField(s, "TimeoutSecondsPath", "TimeoutSeconds", kInput, why) ||
            !pathField(s, "HeartbeatSecondsPath", "HeartbeatSeconds", kInput, why))
            return false;
        std::string selected = "$states.result";
        if (s.contains("ResultSelector") &&
            !JsonataExpr::templateExpr(s["ResultSelector"], "$states.result", selected, why))
            return false;
        if (!assign(s, selected, why) || !outputOf(s, "$states.result", output, why))
            return false;
        if (output != "$states.result")
            s["Output"] = wrap(output);
    } else if (type == "Pass") {
        std::string r = input;
        if (s.contains("Result"))
            r = JsonataExpr::literal(s["Result"]);
        else if (s.contains("Parameters") &&
                 !JsonataExpr::templateExpr(s["Parameters"], input, r, why))
            return false;
        // A JSONPath Pass assigns from its result, as a Task does.
        if (!assign(s, r, why) || !outputOf(s, r, output, why))
            return false;
        if (output != kInput)
            s["Output"] = wrap(output);
    } else if (type == "Choice" || type == "Wait" || type == "Succeed") {
        if (!outputOf(s, input, output, why))
            return false;
        if (type == "Wait" && (!pathField(s, "SecondsPath", "Seconds", input, why) ||
                               !pathField(s, "TimestampPath", "Timestamp", input, why)))
            return false;
        if (type == "Choice") {
            for (OrderedJson &rule : s["Choices"]) {
                std::string c;
                if (!JsonataExpr::condition(rule, input, c, why) || !assign(rule, input, why))
                    return false;
                OrderedJson converted = OrderedJson::object();
                converted["Condition"] = wrap(c);
                for (const char *keep : {"Next", "Comment", "Assign"})
                    if (rule.contains(keep))
                        converted[keep] = rule[keep];
                rule = converted;
            }
            if (!assign(s, input, why))
                return false;
        } else if (!assign(s, input, why)) {
            return false;
        }
        if (output != kInput)
            s["Output"] = wrap(output);
    } else if (type == "Fail") {
        if (!pathField(s, "ErrorPath", "Error", kInput, why) ||
            !pathField(s, "CausePath", "Cause", kInput, why))
            return false;
    }
    if (s.contains("Catch")) {
        for (OrderedJson &c : s["Catch"]) {
            std::string e = "$states.errorOutput";
            if (c.contains("ResultPath")) {
                if (c["ResultPath"].is_null())
                    e = kInput;
                else if (c["ResultPath"] != "$" &&
                         !merged(kInput, c["ResultPath"].get<std::string>(), e, e, why))
                    return false;
                c.erase("ResultPath");
            }
            if (!assign(c, "$states.errorOutput", why))
                return false;
            if (e != "$states.errorOutput")
                c["Output"] = wrap(e);
        }
    }
    for (const char *f : {"InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath",
                          "ItemsPath", "Result"})
        s.erase(f);
    s.erase("QueryLanguage");
    // A nested state JSONata cannot say stays JSONPath on its own; the others convert.
    for (const char *nested : {"ItemProcessor", "Iterator"})
        if (s.contains(nested))
            machine(s[nested], true, nestedNotes);
    if (s.contains("Branches") && s["Branches"].is_array())
        for (OrderedJson &b : s["Branches"])
            machine(b, true, nestedNotes);
    result = std::move(s);
    return true;
}

bool machine(OrderedJson &m, bool jsonataTop, QStringList &notes)
{
    if (!m.is_object() || !m.contains("States") || !m["States"].is_object())
        return false;
    for (auto it = m["States"].begin(); it != m["States"].end(); ++it) {
        OrderedJson &s = it.value();
        if (!s.is_object() || isJsonata(s, false))
            continue;
        OrderedJson converted;
        std::string why;
        if (convertState(s, converted, why, notes)) {
            s = std::move(converted);
        } else {
            notes << QStringLiteral("%1: %2").arg(QString::fromStdString(it.key()),
                                                  QString::fromStdString(why));
            if (jsonataTop)
                s["QueryLanguage"] = "JSONPath";
        }
    }
    return true;
}

} // namespace

ToJsonata::Result ToJsonata::definition(const OrderedJson &asl)
{
    Result r{asl, {}};
    if (!r.definition.is_object())
        return r;
    // Keep QueryLanguage first among the top fields, where people look for it.
    OrderedJson top = OrderedJson::object();
    top["QueryLanguage"] = "JSONata";
    for (auto it = r.definition.begin(); it != r.definition.end(); ++it)
        if (it.key() != "QueryLanguage")
            top[it.key()] = it.value();
    machine(top, true, r.notes);
    r.definition = std::move(top);
    return r;
}

} // namespace stepwise
