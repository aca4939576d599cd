#include "aslvalidator.h"

#include "aslstaterules.h"
#include "jsonpositionindex.h"

#include <deque>
#include <map>
#include <set>
#include <unordered_set>

namespace stepwise {

namespace {

using P = JsonPositionIndex;

const QString StructNotObject = QStringLiteral("ASL_NOT_OBJECT");
const QString StructNoStartAt = QStringLiteral("ASL_NO_START_AT");
const QString StructNoStates = QStringLiteral("ASL_NO_STATES");
const QString StructStateNotObject = QStringLiteral("ASL_STATE_NOT_OBJECT");
const QString StructNoType = QStringLiteral("ASL_NO_TYPE");

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

class Run
{
public:
    explicit Run(Diagnostics &out) : m_out(out) {}

    void top(const OrderedJson &def)
    {
        if (!def.is_object()) {
            error("", StructNotObject, AslValidator::tr("The definition must be a JSON object."));
            return;
        }
        m_jsonataDefault = def.value("QueryLanguage", std::string()) == "JSONata";
        static const std::set<std::string> topFields = {
            "Comment", "StartAt", "States", "Version", "TimeoutSeconds", "QueryLanguage"};
        for (auto it = def.begin(); it != def.end(); ++it)
            if (!topFields.count(it.key()))
                error(P::appendToken("", it.key()), QStringLiteral("ASL_UNKNOWN_TOP_FIELD"),
                      AslValidator::tr("Unknown top-level field \"%1\".").arg(q(it.key())));
        if (def.contains("Version") && !def["Version"].is_string())
            error("/Version", QStringLiteral("ASL_BAD_TYPE"),
                  AslValidator::tr("\"Version\" must be a string."));
        if (def.contains("TimeoutSeconds") && (!def["TimeoutSeconds"].is_number_integer() ||
                                               def["TimeoutSeconds"].get<long long>() < 0))
            error("/TimeoutSeconds", QStringLiteral("ASL_BAD_TYPE"),
                  AslValidator::tr("\"TimeoutSeconds\" must be a non-negative integer."));
        if (def.contains("QueryLanguage") && def["QueryLanguage"] != "JSONPath" &&
            def["QueryLanguage"] != "JSONata")
            error("/QueryLanguage", QStringLiteral("ASL_BAD_TYPE"),
                  AslValidator::tr("\"QueryLanguage\" must be \"JSONPath\" or \"JSONata\"."));
        machine(def, "");
        for (const auto &[name, pointers] : m_names)
            for (size_t i = 1; i < pointers.size(); ++i)
                error(pointers[i], QStringLiteral("ASL_DUPLICATE_NAME"),
                      AslValidator::tr("A state named \"%1\" already exists in this definition.")
                          .arg(q(name)));
    }

private:
    void error(const std::string &pointer, const QString &code, const QString &message)
    {
        AslStateRules::report(m_out, pointer, code, message);
    }

    void machine(const OrderedJson &m, const std::string &pointer)
    {
        if (!m.is_object()) {
            error(pointer, StructNotObject, AslValidator::tr("A state machine must be an object."));
            return;
        }
        if (m.contains("Comment") && !m["Comment"].is_string())
            error(P::appendToken(pointer, "Comment"), QStringLiteral("ASL_BAD_TYPE"),
                  AslValidator::tr("\"Comment\" must be a string."));
        const bool hasStart = m.contains("StartAt") && m["StartAt"].is_string();
        if (!m.contains("StartAt"))
            error(pointer, StructNoStartAt,
                  AslValidator::tr("The state machine has no \"StartAt\"."));
        else if (!hasStart)
            error(P::appendToken(pointer, "StartAt"), StructNoStartAt,
                  AslValidator::tr("\"StartAt\" must be a state name."));
        if (!m.contains("States")) {
            error(pointer, StructNoStates,
                  AslValidator::tr("The state machine has no \"States\"."));
            return;
        }
        const std::string statesPointer = P::appendToken(pointer, "States");
        const OrderedJson &states = m["States"];
        if (!states.is_object()) {
            error(statesPointer, StructNoStates, AslValidator::tr("\"States\" must be an object."));
            return;
        }
        bool terminal = false;
        for (auto it = states.begin(); it != states.end(); ++it) {
            const std::string sp = P::appendToken(statesPointer, it.key());
            m_names[it.key()].push_back(sp);
            if (it.key().empty() || QString::fromStdString(it.key()).size() > 80)
                error(sp, QStringLiteral("ASL_BAD_NAME"),
                      AslValidator::tr("A state name must have 1 to 80 characters."));
            state(it.value(), sp);
            const OrderedJson &s = it.value();
            if (s.is_object() &&
                (s.value("Type", OrderedJson()) == "Succeed" ||
                 s.value("Type", OrderedJson()) == "Fail" || s.value("End", OrderedJson()) == true))
                terminal = true;
        }
        if (!terminal)
            error(statesPointer, QStringLiteral("ASL_NO_TERMINAL"),
                  AslValidator::tr(
                      "The state machine has no terminal state (End, Succeed or Fail)."));
        if (hasStart)
            transitions(states, statesPointer, m["StartAt"].get<std::string>(),
                        P::appendToken(pointer, "StartAt"));
    }

    void state(const OrderedJson &s, const std::string &sp)
    {
        if (!s.is_object()) {
            error(sp, StructStateNotObject, AslValidator::tr("A state must be an object."));
            return;
        }
        if (!s.contains("Type")) {
            error(sp, StructNoType, AslValidator::tr("The state has no \"Type\"."));
            return;
        }
        if (!s["Type"].is_string()) {
            error(P::appendToken(sp, "Type"), StructNoType,
                  AslValidator::tr("\"Type\" must be a string."));
            return;
        }
        static const std::set<std::string> types = {"Task",    "Pass", "Choice",   "Wait",
                                                    "Succeed", "Fail", "Parallel", "Map"};
        const std::string type = s["Type"].get<std::string>();
        if (!types.count(type)) {
            error(P::appendToken(sp, "Type"), QStringLiteral("ASL_UNKNOWN_TYPE"),
                  AslValidator::tr("Unknown state type \"%1\".").arg(q(type)));
            return;
        }
        bool jsonata = m_jsonataDefault;
        if (s.contains("QueryLanguage") && s["QueryLanguage"].is_string())
            jsonata = s["QueryLanguage"] == "JSONata";
        AslStateRules::check(s, sp, jsonata, m_out);
        if (type == "Parallel") {
            const std::string bp = P::appendToken(sp, "Branches");
            if (!s.contains("Branches") || !s["Branches"].is_array() || s["Branches"].empty()) {
                error(s.contains("Branches") ? bp : sp, QStringLiteral("ASL_BAD_TYPE"),
                      AslValidator::tr("A Parallel state needs a non-empty \"Branches\" array."));
                return;
            }
            for (size_t i = 0; i < s["Branches"].size(); ++i)
                machine(s["Branches"][i], P::appendToken(bp, std::to_string(i)));
        } else if (type == "Map") {
            for (const char *f : {"ItemProcessor", "Iterator"})
                if (s.contains(f) && s[f].is_object())
                    machine(s[f], P::appendToken(sp, f));
        }
    }

    // Targets of Next, Default, Choices[].Next and Catch[].Next: all must name a state of
    // this machine; states no path from StartAt reaches are reported as warnings.
    void transitions(const OrderedJson &states, const std::string &sp, const std::string &start,
                     const std::string &startPointer)
    {
        std::map<std::string, std::vector<std::string>> graph;
        // ordered_json looks keys up linearly; a set keeps big machines linear overall.
        std::unordered_set<std::string> names;
        for (auto it = states.begin(); it != states.end(); ++it)
            names.insert(it.key());
        auto target = [&](const std::string &from, const OrderedJson &v, const std::string &p) {
            if (!v.is_string())
                return;
            const std::string &t = v.get_ref<const std::string &>();
            if (!names.count(t))
                error(p, QStringLiteral("ASL_UNKNOWN_NEXT"),
                      AslValidator::tr("\"%1\" is not a state of this machine.").arg(q(t)));
            else
                graph[from].push_back(t);
        };
        for (auto it = states.begin(); it != states.end(); ++it) {
            const OrderedJson &s = it.value();
            if (!s.is_object())
                continue;
            const std::string p = P::appendToken(sp, it.key());
            for (const char *f : {"Next", "Default"})
                if (s.contains(f))
                    target(it.key(), s[f], P::appendToken(p, f));
            for (const char *list : {"Choices", "Catch"}) {
                if (!s.contains(list) || !s[list].is_array())
                    continue;
                for (size_t i = 0; i < s[list].size(); ++i) {
                    const OrderedJson &r = s[list][i];
                    if (r.is_object() && r.contains("Next"))
                        target(it.key(), r["Next"],
                               P::appendToken(
                                   P::appendToken(P::appendToken(p, list), std::to_string(i)),
                                   "Next"));
                }
            }
        }
        if (!names.count(start)) {
            error(
                startPointer, QStringLiteral("ASL_UNKNOWN_START_AT"),
                AslValidator::tr("\"StartAt\" names \"%1\", which is not a state.").arg(q(start)));
            return;
        }
        std::set<std::string> seen{start};
        std::deque<std::string> queue{start};
        while (!queue.empty()) {
            const std::string s = queue.front();
            queue.pop_front();
            for (const std::string &t : graph[s])
                if (seen.insert(t).second)
                    queue.push_back(t);
        }
        // A state no transition names is an error (AWS refuses it, as does asl-validator); one
        // that is named but only from states StartAt never reaches is legal, only dead.
        std::set<std::string> named{start};
        for (const auto &[from, targets] : graph)
            named.insert(targets.begin(), targets.end());
        for (auto it = states.begin(); it != states.end(); ++it) {
            if (seen.count(it.key()))
                continue;
            const bool isNamed = named.count(it.key()) > 0;
            AslStateRules::report(
                m_out, P::appendToken(sp, it.key()),
                isNamed ? QStringLiteral("ASL_UNREACHABLE_CYCLE")
                        : QStringLiteral("ASL_UNREACHABLE"),
                isNamed
                    ? AslValidator::tr("No path from \"StartAt\" reaches \"%1\".").arg(q(it.key()))
                    : AslValidator::tr("No transition leads to \"%1\".").arg(q(it.key())),
                isNamed);
        }
    }

    Diagnostics &m_out;
    bool m_jsonataDefault = false;
    std::map<std::string, std::vector<std::string>> m_names;
};

} // namespace

Diagnostics AslValidator::validate(const OrderedJson &definition)
{
    Diagnostics out;
    Run(out).top(definition);
    return out;
}

int AslValidator::depth(const OrderedJson &json)
{
    int deepest = 0;
    std::vector<std::pair<const OrderedJson *, int>> stack{{&json, 1}};
    while (!stack.empty()) {
        const auto [value, level] = stack.back();
        stack.pop_back();
        if (!value->is_structured())
            continue;
        deepest = std::max(deepest, level);
        for (const OrderedJson &child : *value)
            if (child.is_structured())
                stack.push_back({&child, level + 1});
    }
    return deepest;
}

bool AslValidator::isStructural(const Diagnostic &d)
{
    return d.code == StructNotObject || d.code == StructNoStartAt || d.code == StructNoStates ||
           d.code == StructStateNotObject || d.code == StructNoType;
}

} // namespace stepwise
