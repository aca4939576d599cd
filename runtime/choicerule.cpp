#include "choicerule.h"

#include "timestamp.h"

namespace stepwise::runtime {

namespace {

bool wildcardMatch(const std::string &text, const std::string &pattern)
{
    // Iterative glob with backtracking to the last '*'; `\*` and `\\` are literal.
    std::vector<std::pair<char, bool>> p; // char, isWildcard
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '\\' && i + 1 < pattern.size()) {
            p.emplace_back(pattern[++i], false);
        } else {
            p.emplace_back(pattern[i], pattern[i] == '*');
        }
    }
    std::size_t t = 0, k = 0, starK = std::string::npos, starT = 0;
    while (t < text.size()) {
        if (k < p.size() && !p[k].second && p[k].first == text[t]) {
            ++t;
            ++k;
        } else if (k < p.size() && p[k].second) {
            starK = k++;
            starT = t;
        } else if (starK != std::string::npos) {
            k = starK + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (k < p.size() && p[k].second)
        ++k;
    return k == p.size();
}

} // namespace

std::string ChoiceRule::compile(const Json &rule, bool topLevel, int depth)
{
    if (depth > kMaxDepth)
        return "choice rules are nested more than " + std::to_string(kMaxDepth) + " deep";
    if (!rule.is_object())
        return "a choice rule must be an object";
    if (topLevel) {
        auto next = rule.find("Next");
        if (next == rule.end() || !next->is_string())
            return "a choice rule needs a 'Next' state name";
        m_nextName = next->get<std::string>();
        if (auto a = rule.find("Assign"); a != rule.end()) {
            assign = std::make_shared<PayloadTemplate>();
            std::string why;
            if (!assign->compile(*a, &why))
                return "Assign: " + why;
        }
    }
    for (const char *logical : {"And", "Or"}) {
        auto it = rule.find(logical);
        if (it == rule.end())
            continue;
        if (!it->is_array() || it->empty())
            return std::string("'") + logical + "' needs a non-empty array of rules";
        m_op = logical[0] == 'A' ? Op::And : Op::Or;
        for (const auto &child : *it) {
            ChoiceRule sub;
            std::string err = sub.compile(child, false, depth + 1);
            if (!err.empty())
                return err;
            m_children.push_back(std::move(sub));
        }
        return {};
    }
    if (auto it = rule.find("Not"); it != rule.end()) {
        m_op = Op::Not;
        ChoiceRule sub;
        std::string err = sub.compile(*it, false, depth + 1);
        if (!err.empty())
            return err;
        m_children.push_back(std::move(sub));
        return {};
    }
    if (rule.contains("Condition"))
        return "JSONata 'Condition' rules are not supported yet";
    auto variable = rule.find("Variable");
    if (variable == rule.end() || !variable->is_string())
        return "a comparison rule needs a 'Variable' path";
    std::string why;
    m_variable = JsonPath::parse(variable->get<std::string>(), &why);
    if (!m_variable)
        return "invalid Variable path '" + variable->get<std::string>() + "': " + why;
    static const std::pair<const char *, Cmp> names[] = {
        {"StringEquals", Cmp::StringEq},
        {"StringLessThan", Cmp::StringLt},
        {"StringGreaterThan", Cmp::StringGt},
        {"StringLessThanEquals", Cmp::StringLe},
        {"StringGreaterThanEquals", Cmp::StringGe},
        {"StringMatches", Cmp::StringMatches},
        {"NumericEquals", Cmp::NumericEq},
        {"NumericLessThan", Cmp::NumericLt},
        {"NumericGreaterThan", Cmp::NumericGt},
        {"NumericLessThanEquals", Cmp::NumericLe},
        {"NumericGreaterThanEquals", Cmp::NumericGe},
        {"TimestampEquals", Cmp::TimestampEq},
        {"TimestampLessThan", Cmp::TimestampLt},
        {"TimestampGreaterThan", Cmp::TimestampGt},
        {"TimestampLessThanEquals", Cmp::TimestampLe},
        {"TimestampGreaterThanEquals", Cmp::TimestampGe},
        {"BooleanEquals", Cmp::BooleanEq},
        {"IsNull", Cmp::IsNull},
        {"IsPresent", Cmp::IsPresent},
        {"IsNumeric", Cmp::IsNumeric},
        {"IsString", Cmp::IsString},
        {"IsBoolean", Cmp::IsBoolean},
        {"IsTimestamp", Cmp::IsTimestamp}};
    for (const auto &[name, cmp] : names) {
        std::string key(name);
        auto it = rule.find(key);
        bool isPath = false;
        if (it == rule.end() && cmp != Cmp::StringMatches && key.rfind("Is", 0) != 0) {
            it = rule.find(key + "Path");
            isPath = true;
        }
        if (it == rule.end())
            continue;
        m_cmp = cmp;
        if (isPath) {
            if (!it->is_string())
                return key + "Path must be a path string";
            m_operandPath = JsonPath::parse(it->get<std::string>(), &why);
            if (!m_operandPath)
                return "invalid " + key + "Path '" + it->get<std::string>() + "': " + why;
            return {};
        }
        m_operand = *it;
        bool ok = true;
        if (key.rfind("String", 0) == 0 || key.rfind("Timestamp", 0) == 0)
            ok = it->is_string();
        else if (key.rfind("Numeric", 0) == 0)
            ok = it->is_number();
        else
            ok = it->is_boolean();
        if (!ok)
            return "the value of '" + key + "' has the wrong type";
        return {};
    }
    return "the rule has no known comparison operator";
}

bool ChoiceRule::compare(const Json &v, const Json &operand) const
{
    auto order = [](auto a, auto b) { return a < b ? -1 : (a > b ? 1 : 0); };
    auto verdict = [](Cmp base, int o, Cmp c) {
        int rel = static_cast<int>(c) - static_cast<int>(base);
        switch (rel) {
        case 0:
            return o == 0;
        case 1:
            return o < 0;
        case 2:
            return o > 0;
        case 3:
            return o <= 0;
        default:
            return o >= 0;
        }
    };
    switch (m_cmp) {
    case Cmp::StringEq:
    case Cmp::StringLt:
    case Cmp::StringGt:
    case Cmp::StringLe:
    case Cmp::StringGe:
        if (!v.is_string() || !operand.is_string())
            return false;
        return verdict(
            Cmp::StringEq,
            order(v.get_ref<const std::string &>(), operand.get_ref<const std::string &>()), m_cmp);
    case Cmp::StringMatches:
        return v.is_string() && operand.is_string() &&
               wildcardMatch(v.get<std::string>(), operand.get<std::string>());
    case Cmp::NumericEq:
    case Cmp::NumericLt:
    case Cmp::NumericGt:
    case Cmp::NumericLe:
    case Cmp::NumericGe:
        if (!v.is_number() || !operand.is_number())
            return false;
        if (v.is_number_integer() && operand.is_number_integer())
            return verdict(Cmp::NumericEq, order(v.get<long long>(), operand.get<long long>()),
                           m_cmp);
        return verdict(Cmp::NumericEq, order(v.get<double>(), operand.get<double>()), m_cmp);
    case Cmp::TimestampEq:
    case Cmp::TimestampLt:
    case Cmp::TimestampGt:
    case Cmp::TimestampLe:
    case Cmp::TimestampGe: {
        if (!v.is_string() || !operand.is_string())
            return false;
        auto a = timestamp::parseNanos(v.get<std::string>());
        auto b = timestamp::parseNanos(operand.get<std::string>());
        return a && b && verdict(Cmp::TimestampEq, order(*a, *b), m_cmp);
    }
    case Cmp::BooleanEq:
        return v.is_boolean() && operand.is_boolean() && v.get<bool>() == operand.get<bool>();
    case Cmp::IsNull:
        return v.is_null() == operand.get<bool>();
    case Cmp::IsNumeric:
        return v.is_number() == operand.get<bool>();
    case Cmp::IsString:
        return v.is_string() == operand.get<bool>();
    case Cmp::IsBoolean:
        return v.is_boolean() == operand.get<bool>();
    case Cmp::IsTimestamp:
        return (v.is_string() && timestamp::parseNanos(v.get<std::string>()).has_value()) ==
               operand.get<bool>();
    case Cmp::IsPresent:
        return operand.get<bool>();
    }
    return false;
}

bool ChoiceRule::matches(const EvalScope &scope) const
{
    switch (m_op) {
    case Op::And:
        for (const auto &c : m_children)
            if (!c.matches(scope))
                return false;
        return true;
    case Op::Or:
        for (const auto &c : m_children)
            if (c.matches(scope))
                return true;
        return false;
    case Op::Not:
        return !m_children.front().matches(scope);
    case Op::Compare:
        break;
    }
    Json value;
    bool present = scope.evaluate(*m_variable, value);
    if (m_cmp == Cmp::IsPresent)
        return present == m_operand.get<bool>();
    if (!present) {
        if (m_cmp >= Cmp::IsNull)
            return false;
        throw StatesError{"States.Runtime", "Invalid path '" + m_variable->text() +
                                                "': The choice state's condition path "
                                                "references an invalid value."};
    }
    if (m_operandPath) {
        Json operand;
        if (!scope.evaluate(*m_operandPath, operand))
            throw StatesError{"States.Runtime", "Invalid path '" + m_operandPath->text() +
                                                    "': The choice state's condition path "
                                                    "references an invalid value."};
        return compare(value, operand);
    }
    return compare(value, m_operand);
}

} // namespace stepwise::runtime
