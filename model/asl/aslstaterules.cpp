#include "aslstaterules.h"

#include "aslpathsyntax.h"
#include "jsonpositionindex.h"

#include <map>
#include <set>

namespace stepwise {

namespace {

using Ctx = AslPathSyntax::Context;
using P = JsonPositionIndex;

const std::map<std::string, std::set<std::string>> &allowedFields()
{
    static const std::map<std::string, std::set<std::string>> fields = {
        {"Task",
         {"Type", "Next", "End", "Comment", "OutputPath", "InputPath", "Resource", "ResultPath",
          "Retry", "Catch", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
          "HeartbeatSecondsPath", "ResultSelector", "Parameters", "Credentials", "Assign",
          "QueryLanguage", "Output", "Arguments"}},
        {"Pass",
         {"QueryLanguage", "Type", "Next", "End", "Comment", "OutputPath", "InputPath",
          "ResultPath", "Parameters", "Result", "Assign", "Output"}},
        {"Choice",
         {"Type", "End", "Comment", "Default", "Assign", "Choices", "OutputPath", "InputPath",
          "QueryLanguage", "Output"}},
        {"Wait",
         {"Type", "Next", "End", "Comment", "OutputPath", "InputPath", "Seconds", "Timestamp",
          "SecondsPath", "TimestampPath", "Assign", "QueryLanguage", "Output"}},
        {"Succeed", {"Type", "Comment", "OutputPath", "InputPath", "QueryLanguage", "Output"}},
        {"Fail", {"Type", "Comment", "QueryLanguage", "Cause", "CausePath", "Error", "ErrorPath"}},
        {"Parallel",
         {"Type", "Parameters", "ResultSelector", "Next", "End", "Comment", "OutputPath",
          "InputPath", "ResultPath", "Branches", "Retry", "Catch", "Assign", "QueryLanguage",
          "Output", "Arguments"}},
        {"Map",
         {"QueryLanguage", "Type", "Next", "End", "Comment", "OutputPath", "InputPath",
          "ResultPath", "ItemsPath", "Label", "MaxConcurrency", "MaxConcurrencyPath",
          "ItemReader", "ItemProcessor", "Iterator", "Parameters", "ItemSelector", "ItemBatcher",
          "ResultSelector", "ResultWriter", "Assign", "Retry", "Catch", "ToleratedFailureCount",
          "ToleratedFailureCountPath", "ToleratedFailurePercentage",
          "ToleratedFailurePercentagePath", "Items", "Output"}},
    };
    return fields;
}

const std::set<std::string> &comparators()
{
    static const std::set<std::string> ops = [] {
        std::set<std::string> s;
        for (const char *kind : {"String", "Numeric", "Timestamp"})
            for (const char *op : {"Equals", "LessThan", "GreaterThan", "LessThanEquals",
                                   "GreaterThanEquals"}) {
                s.insert(std::string(kind) + op);
                s.insert(std::string(kind) + op + "Path");
            }
        for (const char *op : {"StringMatches", "BooleanEquals", "BooleanEqualsPath", "IsNull",
                               "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"})
            s.insert(op);
        return s;
    }();
    return ops;
}

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(),
                                                  suffix) == 0;
}

QString q(const std::string &s) { return QString::fromStdString(s); }

class StateCheck
{
public:
    StateCheck(const OrderedJson &state, const std::string &pointer, bool jsonata,
               Diagnostics &out)
        : m_state(state), m_pointer(pointer), m_jsonata(jsonata), m_out(out)
    {}

    void run()
    {
        const std::string type = m_state.value("Type", std::string());
        const auto &allowed = allowedFields();
        const auto it = allowed.find(type);
        if (it != allowed.end()) {
            for (auto f = m_state.begin(); f != m_state.end(); ++f)
                if (!it->second.count(f.key()))
                    error(P::appendToken(m_pointer, f.key()), QStringLiteral("ASL_UNKNOWN_FIELD"),
                          AslStateRules::tr("The field \"%1\" is not allowed in a %2 state.")
                              .arg(q(f.key()), q(type)));
        }
        languageFields();
        commonTypes();
        if (type == "Task")
            task();
        else if (type == "Wait") {
            exactlyOne({"Seconds", "SecondsPath", "Timestamp", "TimestampPath"},
                       QStringLiteral("ASL_WAIT_DURATION"));
            integerField("Seconds", 0);
            stringField("Timestamp");
        }
        else if (type == "Fail") {
            atMostOne("Error", "ErrorPath");
            atMostOne("Cause", "CausePath");
        } else if (type == "Map")
            map();
        else if (type == "Choice")
            choice();
        if (type != "Choice" && type != "Succeed" && type != "Fail") {
            const bool hasNext = m_state.contains("Next"), hasEnd = m_state.contains("End");
            if (hasNext && hasEnd)
                error(P::appendToken(m_pointer, "End"), QStringLiteral("ASL_NEXT_AND_END"),
                      AslStateRules::tr("A state has either \"Next\" or \"End\", not both."));
            else if (!hasNext && !hasEnd)
                error(m_pointer, QStringLiteral("ASL_NO_NEXT"),
                      AslStateRules::tr("The state needs \"Next\" or \"End\": true."));
        }
        for (const char *list : {"Retry", "Catch"})
            errorList(list);
    }

private:
    void error(const std::string &pointer, const QString &code, const QString &message)
    {
        AslStateRules::report(m_out, pointer, code, message);
    }
    std::string at(const std::string &field) const { return P::appendToken(m_pointer, field); }
    void wrongType(const std::string &field, const QString &expected)
    {
        error(at(field), QStringLiteral("ASL_BAD_TYPE"),
              AslStateRules::tr("\"%1\" must be %2.").arg(q(field), expected));
    }
    bool isJsonataString(const OrderedJson &v) const
    {
        return m_jsonata && v.is_string();
    }

    void languageFields()
    {
        static const std::vector<const char *> pathOnly = {
            "InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector", "ItemsPath",
            "ItemSelector"};
        static const std::vector<const char *> jsonataOnly = {"Arguments", "Output"};
        for (const char *f : m_jsonata ? pathOnly : jsonataOnly) {
            // Map's Parameters under JSONata is reported by the field list of the language.
            if (m_state.contains(f))
                error(at(f), QStringLiteral("ASL_WRONG_LANGUAGE_FIELD"),
                      AslStateRules::tr("\"%1\" is not allowed in a %2 state.")
                          .arg(QString::fromLatin1(f),
                               m_jsonata ? QStringLiteral("JSONata") : QStringLiteral("JSONPath")));
        }
    }

    void pathField(const char *field, Ctx ctx)
    {
        if (!m_state.contains(field))
            return;
        const OrderedJson &v = m_state[field];
        if (v.is_null() && ctx != Ctx::ReferencePath)
            return;
        if (!v.is_string()) {
            wrongType(field, AslStateRules::tr("a path string"));
            return;
        }
        if (m_jsonata)
            return;
        checkPath(at(field), v.get_ref<const std::string &>(), ctx);
    }
    void checkPath(const std::string &pointer, const std::string &text, Ctx ctx)
    {
        const AslPathSyntax::Verdict v = AslPathSyntax::check(text, ctx);
        if (v == AslPathSyntax::Verdict::Valid)
            return;
        const bool intrinsic = AslPathSyntax::looksIntrinsic(text);
        QString why;
        switch (v) {
        case AslPathSyntax::Verdict::HasFunctions:
            why = AslStateRules::tr("intrinsic functions are not allowed here");
            break;
        case AslPathSyntax::Verdict::NotReferencePath:
            why = AslStateRules::tr("a reference path cannot use filters, wildcards or slices");
            break;
        case AslPathSyntax::Verdict::HasVariable:
            why = AslStateRules::tr("a result path cannot name a variable");
            break;
        default:
            why = AslStateRules::tr("syntax error");
            break;
        }
        error(pointer, intrinsic ? QStringLiteral("ASL_BAD_INTRINSIC") : QStringLiteral("ASL_BAD_PATH"),
              AslStateRules::tr("Invalid %1 \"%2\": %3.")
                  .arg(intrinsic ? AslStateRules::tr("intrinsic call")
                                 : AslStateRules::tr("JSONPath"),
                       q(text), why));
    }
    void payloadTemplate(const OrderedJson &v, const std::string &pointer)
    {
        if (v.is_array()) {
            for (size_t i = 0; i < v.size(); ++i)
                payloadTemplate(v[i], P::appendToken(pointer, std::to_string(i)));
            return;
        }
        if (!v.is_object())
            return;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const std::string child = P::appendToken(pointer, it.key());
            if (endsWith(it.key(), ".$") && it.key().size() > 2) {
                if (v.contains(it.key().substr(0, it.key().size() - 2)))
                    error(child, QStringLiteral("ASL_DUPLICATE_FIELD"),
                          AslStateRules::tr("\"%1\" and \"%2\" give the same field twice.")
                              .arg(q(it.key()), q(it.key().substr(0, it.key().size() - 2))));
                if (it.value().is_string())
                    checkPath(child, it.value().get_ref<const std::string &>(),
                              Ctx::PayloadTemplate);
                else if (!it.value().is_null())
                    error(child, QStringLiteral("ASL_BAD_TYPE"),
                          AslStateRules::tr("A field ending in \".$\" must hold a path string."));
            } else {
                payloadTemplate(it.value(), child);
            }
        }
    }
    void integerField(const char *field, long long minimum)
    {
        if (!m_state.contains(field))
            return;
        const OrderedJson &v = m_state[field];
        if (isJsonataString(v))
            return;
        if (!v.is_number_integer() || v.get<long long>() < minimum)
            wrongType(field, AslStateRules::tr("an integer of at least %1").arg(minimum));
    }
    void stringField(const char *field)
    {
        if (m_state.contains(field) && !m_state[field].is_string())
            wrongType(field, AslStateRules::tr("a string"));
    }

    void commonTypes()
    {
        stringField("Comment");
        stringField("Next");
        if (m_state.contains("End") && !m_state["End"].is_boolean())
            wrongType("End", AslStateRules::tr("true or false"));
        if (m_state.contains("QueryLanguage")) {
            const OrderedJson &ql = m_state["QueryLanguage"];
            if (!ql.is_string() || (ql != "JSONPath" && ql != "JSONata"))
                wrongType("QueryLanguage", AslStateRules::tr("\"JSONPath\" or \"JSONata\""));
        }
        pathField("InputPath", Ctx::Path);
        pathField("OutputPath", Ctx::Path);
        pathField("ResultPath", Ctx::ResultPath);
        pathField("ItemsPath", Ctx::ReferencePath);
        for (const char *f : {"TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath",
                              "TimestampPath", "MaxConcurrencyPath", "ToleratedFailureCountPath",
                              "ToleratedFailurePercentagePath"})
            pathField(f, Ctx::ReferencePath);
        for (const char *f : {"Parameters", "ResultSelector", "ItemSelector"}) {
            if (!m_state.contains(f) || m_jsonata)
                continue;
            if (!m_state[f].is_object() && !m_state[f].is_array() && !m_state[f].is_string())
                wrongType(f, AslStateRules::tr("an object"));
            else
                payloadTemplate(m_state[f], at(f));
        }
        if (m_state.contains("Assign") && !m_state["Assign"].is_object())
            wrongType("Assign", AslStateRules::tr("an object"));
    }

    void task()
    {
        if (!m_state.contains("Resource"))
            error(m_pointer, QStringLiteral("ASL_NO_RESOURCE"),
                  AslStateRules::tr("A Task state needs a \"Resource\"."));
        else if (!m_state["Resource"].is_string() && !m_state["Resource"].is_object())
            wrongType("Resource", AslStateRules::tr("a string"));
        integerField("TimeoutSeconds", 1);
        integerField("HeartbeatSeconds", 1);
        atMostOne("TimeoutSeconds", "TimeoutSecondsPath");
        atMostOne("HeartbeatSeconds", "HeartbeatSecondsPath");
    }

    void map()
    {
        exactlyOne({"ItemProcessor", "Iterator"}, QStringLiteral("ASL_MAP_PROCESSOR"));
        atMostOne("ItemSelector", "Parameters");
        atMostOne("Items", "ItemsPath");
        atMostOne("MaxConcurrency", "MaxConcurrencyPath");
        atMostOne("ToleratedFailureCount", "ToleratedFailureCountPath");
        atMostOne("ToleratedFailurePercentage", "ToleratedFailurePercentagePath");
        integerField("MaxConcurrency", 0);
        integerField("ToleratedFailureCount", 0);
        if (m_state.contains("Items") && !m_state["Items"].is_array() &&
            !isJsonataString(m_state["Items"]))
            wrongType("Items", AslStateRules::tr("an array"));
        for (const char *f : {"ItemProcessor", "Iterator"})
            if (m_state.contains(f) && !m_state[f].is_object())
                wrongType(f, AslStateRules::tr("a state machine object"));
    }

    void choice()
    {
        if (!m_state.contains("Choices")) {
            error(m_pointer, QStringLiteral("ASL_NO_CHOICES"),
                  AslStateRules::tr("A Choice state needs \"Choices\"."));
            return;
        }
        const OrderedJson &choices = m_state["Choices"];
        if (!choices.is_array() || choices.empty()) {
            wrongType("Choices", AslStateRules::tr("a non-empty array of rules"));
            return;
        }
        stringField("Default");
        for (size_t i = 0; i < choices.size(); ++i) {
            const std::string p = P::appendToken(at("Choices"), std::to_string(i));
            rule(choices[i], p, true);
        }
    }
    void rule(const OrderedJson &r, const std::string &p, bool top)
    {
        if (!r.is_object()) {
            error(p, QStringLiteral("ASL_BAD_TYPE"), AslStateRules::tr("A choice rule must be an object."));
            return;
        }
        if (top) {
            if (!r.contains("Next"))
                error(p, QStringLiteral("ASL_NO_NEXT"), AslStateRules::tr("A choice rule needs \"Next\"."));
            else if (!r["Next"].is_string())
                error(P::appendToken(p, "Next"), QStringLiteral("ASL_BAD_TYPE"),
                      AslStateRules::tr("\"Next\" must be a string."));
        }
        if (m_jsonata) {
            if (!r.contains("Condition"))
                error(p, QStringLiteral("ASL_BAD_RULE"),
                      AslStateRules::tr("A JSONata choice rule needs a \"Condition\"."));
            return;
        }
        int ops = 0;
        for (const char *b : {"And", "Or"}) {
            if (!r.contains(b))
                continue;
            ++ops;
            const OrderedJson &list = r[b];
            if (!list.is_array() || list.empty()) {
                error(P::appendToken(p, b), QStringLiteral("ASL_BAD_TYPE"),
                      AslStateRules::tr("\"%1\" must be a non-empty array of rules.").arg(QString::fromLatin1(b)));
                continue;
            }
            for (size_t i = 0; i < list.size(); ++i)
                rule(list[i], P::appendToken(P::appendToken(p, b), std::to_string(i)), false);
        }
        if (r.contains("Not")) {
            ++ops;
            rule(r["Not"], P::appendToken(p, "Not"), false);
        }
        for (auto it = r.begin(); it != r.end(); ++it) {
            if (!comparators().count(it.key()))
                continue;
            ++ops;
            comparison(r, it.key(), it.value(), p);
        }
        if (ops != 1)
            error(p, QStringLiteral("ASL_BAD_RULE"),
                  ops == 0 ? AslStateRules::tr("The choice rule has no comparison.")
                           : AslStateRules::tr("The choice rule has more than one comparison."));
    }
    void comparison(const OrderedJson &r, const std::string &op, const OrderedJson &v,
                    const std::string &p)
    {
        if (!r.contains("Variable") || !r["Variable"].is_string())
            error(p, QStringLiteral("ASL_BAD_RULE"),
                  AslStateRules::tr("A comparison needs a \"Variable\" path."));
        else
            checkPath(P::appendToken(p, "Variable"), r["Variable"].get<std::string>(),
                      Ctx::ReferencePath);
        const std::string vp = P::appendToken(p, op);
        bool ok = true;
        if (endsWith(op, "Path")) {
            ok = v.is_string();
            if (ok)
                checkPath(vp, v.get<std::string>(), Ctx::ReferencePath);
        } else if (op.rfind("Is", 0) == 0 || op == "BooleanEquals") {
            ok = v.is_boolean();
        } else if (op.rfind("Numeric", 0) == 0) {
            ok = v.is_number();
        } else {
            ok = v.is_string();
        }
        if (!ok)
            error(vp, QStringLiteral("ASL_BAD_TYPE"),
                  AslStateRules::tr("The value of \"%1\" has the wrong type.").arg(q(op)));
    }

    void atMostOne(const char *a, const char *b)
    {
        if (m_state.contains(a) && m_state.contains(b))
            error(at(b), QStringLiteral("ASL_PATH_AND_PLAIN"),
                  AslStateRules::tr("\"%1\" and \"%2\" cannot be given together.")
                      .arg(QString::fromLatin1(a), QString::fromLatin1(b)));
    }
    void exactlyOne(std::initializer_list<const char *> fields, const QString &code)
    {
        QStringList present;
        for (const char *f : fields)
            if (m_state.contains(f))
                present << QString::fromLatin1(f);
        if (present.size() == 1)
            return;
        QStringList all;
        for (const char *f : fields)
            all << QString::fromLatin1(f);
        error(m_pointer, code,
              AslStateRules::tr("Exactly one of %1 is required (found %2).")
                  .arg(all.join(QStringLiteral(", ")), QString::number(present.size())));
    }

    void errorList(const char *name)
    {
        if (!m_state.contains(name))
            return;
        const OrderedJson &list = m_state[name];
        const std::string lp = at(name);
        if (!list.is_array()) {
            wrongType(name, AslStateRules::tr("an array"));
            return;
        }
        const bool isCatch = std::string(name) == "Catch";
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string p = P::appendToken(lp, std::to_string(i));
            const OrderedJson &e = list[i];
            if (!e.is_object()) {
                error(p, QStringLiteral("ASL_BAD_TYPE"), AslStateRules::tr("Each entry must be an object."));
                continue;
            }
            const std::string ep = P::appendToken(p, "ErrorEquals");
            if (!e.contains("ErrorEquals") || !e["ErrorEquals"].is_array() ||
                e["ErrorEquals"].empty()) {
                error(ep, QStringLiteral("ASL_BAD_TYPE"),
                      AslStateRules::tr("\"ErrorEquals\" must be a non-empty array of names."));
                continue;
            }
            const OrderedJson &names = e["ErrorEquals"];
            for (const OrderedJson &n : names) {
                if (!n.is_string()) {
                    error(ep, QStringLiteral("ASL_BAD_TYPE"),
                          AslStateRules::tr("Error names must be strings."));
                } else if (n == "States.ALL" && (names.size() > 1 || i + 1 != list.size())) {
                    error(ep, QStringLiteral("ASL_ALL_NOT_LAST"),
                          AslStateRules::tr("\"States.ALL\" must be alone and in the last entry."));
                }
            }
            if (isCatch) {
                if (!e.contains("Next") || !e["Next"].is_string())
                    error(p, QStringLiteral("ASL_NO_NEXT"), AslStateRules::tr("A catcher needs \"Next\"."));
                if (e.contains("ResultPath") && !e["ResultPath"].is_null()) {
                    if (!e["ResultPath"].is_string())
                        error(P::appendToken(p, "ResultPath"), QStringLiteral("ASL_BAD_TYPE"),
                              AslStateRules::tr("\"ResultPath\" must be a path string."));
                    else if (!m_jsonata)
                        checkPath(P::appendToken(p, "ResultPath"),
                                  e["ResultPath"].get<std::string>(), Ctx::ResultPath);
                }
            } else {
                retrier(e, p);
            }
        }
    }
    void retrier(const OrderedJson &e, const std::string &p)
    {
        auto intAtLeast = [&](const char *f, long long min) {
            if (e.contains(f) && (!e[f].is_number_integer() || e[f].get<long long>() < min))
                error(P::appendToken(p, f), QStringLiteral("ASL_BAD_TYPE"),
                      AslStateRules::tr("\"%1\" must be an integer of at least %2.")
                          .arg(QString::fromLatin1(f))
                          .arg(min));
        };
        intAtLeast("IntervalSeconds", 1);
        intAtLeast("MaxAttempts", 0);
        intAtLeast("MaxDelaySeconds", 1);
        if (e.contains("BackoffRate") &&
            (!e["BackoffRate"].is_number() || e["BackoffRate"].get<double>() < 1.0))
            error(P::appendToken(p, "BackoffRate"), QStringLiteral("ASL_BAD_TYPE"),
                  AslStateRules::tr("\"BackoffRate\" must be a number of at least 1."));
        if (e.contains("JitterStrategy") && e["JitterStrategy"] != "FULL" &&
            e["JitterStrategy"] != "NONE")
            error(P::appendToken(p, "JitterStrategy"), QStringLiteral("ASL_BAD_TYPE"),
                  AslStateRules::tr("\"JitterStrategy\" must be \"FULL\" or \"NONE\"."));
    }

    const OrderedJson &m_state;
    const std::string &m_pointer;
    bool m_jsonata;
    Diagnostics &m_out;
};

} // namespace

void AslStateRules::check(const OrderedJson &state, const std::string &pointer, bool jsonata,
                          Diagnostics &out)
{
    StateCheck(state, pointer, jsonata, out).run();
}

void AslStateRules::report(Diagnostics &out, const std::string &pointer, const QString &code,
                           const QString &message, bool warning)
{
    Diagnostic d = warning ? makeWarning(0, 0, message, code) : makeError(0, 0, message, code);
    d.pointer = QString::fromStdString(pointer);
    out.append(d);
}

} // namespace stepwise
