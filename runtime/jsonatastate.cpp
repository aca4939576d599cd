#include "jsonatastate.h"

namespace stepwise::runtime {

namespace {

class FieldCompiler
{
public:
    FieldCompiler(const std::string &where, std::vector<std::string> &errors)
        : m_where(where), m_errors(errors)
    {
    }

    JsonataFields::Field field(const Json &object, const char *name, const std::string &place)
    {
        auto it = object.find(name);
        if (it == object.end())
            return nullptr;
        auto t = std::make_shared<JsonataTemplate>();
        std::string why;
        if (!t->compile(*it, name, &why)) {
            error(place + "." + name, why);
            return nullptr;
        }
        return t;
    }
    JsonataFields::Field field(const Json &object, const char *name)
    {
        return field(object, name, m_where);
    }

    void error(const std::string &place, const std::string &what)
    {
        if (m_errors.size() < 200)
            m_errors.push_back(place + ": " + what);
    }

private:
    std::string m_where;
    std::vector<std::string> &m_errors;
};

} // namespace

std::shared_ptr<const JsonataFields>
compileJsonataFields(const Json &s, const std::string &type, const std::string &where,
                     const std::function<int(const std::string &, const std::string &)> &resolve,
                     std::vector<std::string> &errors)
{
    auto out = std::make_shared<JsonataFields>();
    FieldCompiler c(where, errors);
    for (const char *jsonPathOnly :
         {"InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath", "ItemsPath",
          "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "TimeoutSecondsPath",
          "HeartbeatSecondsPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
          "ToleratedFailurePercentagePath", "Result"})
        if (s.contains(jsonPathOnly))
            c.error(where + "." + jsonPathOnly,
                    std::string("'") + jsonPathOnly +
                        "' is a JSONPath field; a JSONata state uses Arguments, Output and Assign "
                        "with {% %} expressions");
    if (type != "Fail")
        out->output = c.field(s, "Output");
    if (type != "Fail" && type != "Succeed")
        out->assign = c.field(s, "Assign");
    if (type == "Task" || type == "Parallel")
        out->arguments = c.field(s, "Arguments");
    if (type == "Task") {
        out->timeoutSeconds = c.field(s, "TimeoutSeconds");
        out->heartbeatSeconds = c.field(s, "HeartbeatSeconds");
    } else if (type == "Wait") {
        out->seconds = c.field(s, "Seconds");
        out->timestamp = c.field(s, "Timestamp");
        if (!out->seconds == !out->timestamp)
            c.error(where, "a Wait state needs exactly one of Seconds and Timestamp");
    } else if (type == "Fail") {
        out->error = c.field(s, "Error");
        out->cause = c.field(s, "Cause");
    } else if (type == "Map") {
        out->items = c.field(s, "Items");
        out->itemSelector = c.field(s, "ItemSelector");
        out->maxConcurrency = c.field(s, "MaxConcurrency");
        out->toleratedCount = c.field(s, "ToleratedFailureCount");
        out->toleratedPercentage = c.field(s, "ToleratedFailurePercentage");
    } else if (type == "Choice") {
        auto list = s.find("Choices");
        if (list == s.end() || !list->is_array() || list->empty()) {
            c.error(where + ".Choices", "must be a non-empty array");
        } else {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json &r = (*list)[i];
                const std::string at = where + ".Choices[" + std::to_string(i) + "]";
                if (!r.is_object()) {
                    c.error(at, "must be an object");
                    continue;
                }
                JsonataFields::Rule rule;
                rule.condition = c.field(r, "Condition", at);
                if (!rule.condition && !r.contains("Condition"))
                    c.error(at, "a JSONata Choice rule needs a 'Condition'");
                rule.assign = c.field(r, "Assign", at);
                rule.output = c.field(r, "Output", at);
                if (auto n = r.find("Next"); n != r.end() && n->is_string())
                    rule.next = resolve(n->get<std::string>(), at + ".Next");
                else
                    c.error(at, "needs 'Next'");
                out->rules.push_back(std::move(rule));
            }
        }
    }
    if (auto list = s.find("Catch"); list != s.end() && list->is_array()) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json &r = (*list)[i];
            JsonataFields::Catch k;
            if (r.is_object()) {
                const std::string at = where + ".Catch[" + std::to_string(i) + "]";
                k.assign = c.field(r, "Assign", at);
                k.output = c.field(r, "Output", at);
                if (r.contains("ResultPath"))
                    c.error(at + ".ResultPath", "is a JSONPath field; a JSONata Catch uses Output");
            }
            out->catchers.push_back(std::move(k));
        }
    }
    return out;
}

} // namespace stepwise::runtime
