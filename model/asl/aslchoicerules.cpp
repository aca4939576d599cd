#include "aslchoicerules.h"

#include "aslstaterules.h"
#include "jsonpositionindex.h"

#include <set>

namespace stepwise {

namespace {

using Ctx = AslPathSyntax::Context;
using P = JsonPositionIndex;

const std::set<std::string> &comparators()
{
    static const std::set<std::string> ops = [] {
        std::set<std::string> s;
        for (const char *kind : {"String", "Numeric", "Timestamp"})
            for (const char *op :
                 {"Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"}) {
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

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

class ChoiceCheck
{
public:
    ChoiceCheck(const OrderedJson &state, const std::string &pointer, bool jsonata,
                Diagnostics &out)
        : m_state(state), m_pointer(pointer), m_jsonata(jsonata), m_out(out)
    {
    }

    void run()
    {
        if (!m_state.contains("Choices")) {
            error(m_pointer, QStringLiteral("ASL_NO_CHOICES"),
                  AslChoiceRules::tr("A Choice state needs \"Choices\"."));
            return;
        }
        const OrderedJson &choices = m_state["Choices"];
        if (!choices.is_array() || choices.empty()) {
            wrongType("Choices", AslChoiceRules::tr("a non-empty array of rules"));
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
            error(p, QStringLiteral("ASL_BAD_TYPE"),
                  AslChoiceRules::tr("A choice rule must be an object."));
            return;
        }
        if (top) {
            if (!r.contains("Next"))
                error(p, QStringLiteral("ASL_NO_NEXT"),
                      AslChoiceRules::tr("A choice rule needs \"Next\"."));
            else if (!r["Next"].is_string())
                error(P::appendToken(p, "Next"), QStringLiteral("ASL_BAD_TYPE"),
                      AslChoiceRules::tr("\"Next\" must be a string."));
        }
        if (m_jsonata) {
            if (!r.contains("Condition"))
                error(p, QStringLiteral("ASL_BAD_RULE"),
                      AslChoiceRules::tr("A JSONata choice rule needs a \"Condition\"."));
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
                      AslChoiceRules::tr("\"%1\" must be a non-empty array of rules.")
                          .arg(QString::fromLatin1(b)));
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
                  ops == 0 ? AslChoiceRules::tr("The choice rule has no comparison.")
                           : AslChoiceRules::tr("The choice rule has more than one comparison."));
    }
    void comparison(const OrderedJson &r, const std::string &op, const OrderedJson &v,
                    const std::string &p)
    {
        if (!r.contains("Variable") || !r["Variable"].is_string())
            error(p, QStringLiteral("ASL_BAD_RULE"),
                  AslChoiceRules::tr("A comparison needs a \"Variable\" path."));
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
                  AslChoiceRules::tr("The value of \"%1\" has the wrong type.").arg(q(op)));
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
              AslChoiceRules::tr("\"%1\" must be %2.").arg(q(field), expected));
    }
    void stringField(const char *field)
    {
        if (m_state.contains(field) && !m_state[field].is_string())
            wrongType(field, AslChoiceRules::tr("a string"));
    }
    void checkPath(const std::string &pointer, const std::string &text, Ctx ctx)
    {
        AslStateRules::checkPath(pointer, text, ctx, m_out);
    }
    static bool endsWith(const std::string &s, std::string_view suffix)
    {
        return s.size() >= suffix.size() &&
               s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
    }

    const OrderedJson &m_state;
    const std::string &m_pointer;
    bool m_jsonata;
    Diagnostics &m_out;
};

} // namespace

void AslChoiceRules::check(const OrderedJson &state, const std::string &pointer, bool jsonata,
                           Diagnostics &out)
{
    ChoiceCheck(state, pointer, jsonata, out).run();
}

} // namespace stepwise
