#include "aslstaterules.h"

#include "aslchoicerules.h"
#include "asljsonatasyntax.h"
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
         {"Type",
          "Next",
          "End",
          "Comment",
          "OutputPath",
          "InputPath",
          "Resource",
          "ResultPath",
          "Retry",
          "Catch",
          "TimeoutSeconds",
          "TimeoutSecondsPath",
          "HeartbeatSeconds",
          "HeartbeatSecondsPath",
          "ResultSelector",
          "Parameters",
          "Credentials",
          "Assign",
          "QueryLanguage",
          "Output",
          "Arguments"}},
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
         {"QueryLanguage",
          "Type",
          "Next",
          "End",
          "Comment",
          "OutputPath",
          "InputPath",
          "ResultPath",
          "ItemsPath",
          "Label",
          "MaxConcurrency",
          "MaxConcurrencyPath",
          "ItemReader",
          "ItemProcessor",
          "Iterator",
          "Parameters",
          "ItemSelector",
          "ItemBatcher",
          "ResultSelector",
          "ResultWriter",
          "Assign",
          "Retry",
          "Catch",
          "ToleratedFailureCount",
          "ToleratedFailureCountPath",
          "ToleratedFailurePercentage",
          "ToleratedFailurePercentagePath",
          "Items",
          "Output"}},
    };
    return fields;
}

bool endsWith(const std::string &s, std::string_view suffix)
{
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

class StateCheck
{
public:
    StateCheck(const OrderedJson &state, const std::string &pointer, bool jsonata, Diagnostics &out)
        : m_state(state), m_pointer(pointer), m_jsonata(jsonata), m_out(out)
    {
    }

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
        } else if (type == "Fail") {
            atMostOne("Error", "ErrorPath");
            atMostOne("Cause", "CausePath");
        } else if (type == "Map")
            map();
        else if (type == "Choice")
            AslChoiceRules::check(m_state, m_pointer, m_jsonata, m_out);
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
    bool isJsonataString(const OrderedJson &v) const { return m_jsonata && v.is_string(); }

    void languageFields()
    {
        static const std::vector<const char *> pathOnly = {
            "InputPath", "OutputPath", "Parameters", "ResultPath", "ResultSelector", "ItemsPath"};
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
        AslStateRules::checkPath(pointer, text, ctx, m_out);
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
        for (const char *f :
             {"TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath",
              "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath"})
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
                error(p, QStringLiteral("ASL_BAD_TYPE"),
                      AslStateRules::tr("Each entry must be an object."));
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
                    error(p, QStringLiteral("ASL_NO_NEXT"),
                          AslStateRules::tr("A catcher needs \"Next\"."));
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
    if (jsonata)
        AslJsonataSyntax::checkState(state, pointer, out);
}

void AslStateRules::report(Diagnostics &out, const std::string &pointer, const QString &code,
                           const QString &message, bool warning)
{
    Diagnostic d = warning ? makeWarning(0, 0, message, code) : makeError(0, 0, message, code);
    d.pointer = QString::fromStdString(pointer);
    out.append(d);
}

void AslStateRules::checkPath(const std::string &pointer, const std::string &text,
                              AslPathSyntax::Context ctx, Diagnostics &out)
{
    std::string reason;
    const AslPathSyntax::Verdict v = AslPathSyntax::check(text, ctx, &reason);
    if (v == AslPathSyntax::Verdict::Valid)
        return;
    const bool intrinsic = AslPathSyntax::looksIntrinsic(text);
    QString why;
    switch (v) {
    case AslPathSyntax::Verdict::HasFunctions:
        why = tr("intrinsic functions are not allowed here");
        break;
    case AslPathSyntax::Verdict::NotReferencePath:
        why = tr("a reference path cannot use filters, wildcards or slices");
        break;
    case AslPathSyntax::Verdict::HasVariable:
        why = tr("a result path cannot name a variable");
        break;
    default:
        why = reason.empty() ? tr("syntax error")
                             : tr("syntax error, %1").arg(QString::fromStdString(reason));
        break;
    }
    report(out, pointer,
           intrinsic ? QStringLiteral("ASL_BAD_INTRINSIC") : QStringLiteral("ASL_BAD_PATH"),
           tr("Invalid %1 \"%2\": %3.")
               .arg(intrinsic ? tr("intrinsic call") : tr("JSONPath"), QString::fromStdString(text),
                    why));
}

} // namespace stepwise
