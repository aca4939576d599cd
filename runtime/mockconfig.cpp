#include "mockconfig.h"

#include <cctype>

namespace stepwise::runtime {

namespace {

bool parseRange(const std::string &key, int &from, int &to)
{
    auto number = [](const std::string &s, int &out) {
        if (s.empty() || s.size() > 9)
            return false;
        for (char c : s)
            if (!std::isdigit(static_cast<unsigned char>(c)))
                return false;
        out = std::stoi(s);
        return true;
    };
    auto dash = key.find('-');
    if (dash == std::string::npos)
        return number(key, from) && number(key, to);
    return number(key.substr(0, dash), from) && number(key.substr(dash + 1), to) && from <= to;
}

} // namespace

std::string MockConfig::load(const Json &config, const std::string &machine,
                             const std::string &testCase)
{
    m_states.clear();
    m_testCase = testCase;
    if (!config.is_object() || !config.contains("StateMachines") ||
        !config["StateMachines"].is_object())
        return "the mock config has no 'StateMachines' object";
    const Json &machines = config["StateMachines"];
    const Json *cases = nullptr;
    std::string found;
    for (auto it = machines.begin(); it != machines.end(); ++it) {
        if (!machine.empty() && it.key() != machine)
            continue;
        if (!it.value().is_object())
            continue;
        auto tc = it.value().find("TestCases");
        if (tc != it.value().end() && tc->is_object() && tc->contains(testCase)) {
            if (cases)
                return "test case '" + testCase + "' exists in several state machines ('" + found +
                       "', '" + it.key() + "'): name the machine";
            cases = &(*tc)[testCase];
            found = it.key();
        }
    }
    if (!cases)
        return "no test case '" + testCase + "' in the mock config" +
               (machine.empty() ? std::string() : " for state machine '" + machine + "'");
    if (!cases->is_object())
        return "test case '" + testCase + "' must map state names to response names";
    auto mocked = config.find("MockedResponses");
    const Json responses = mocked != config.end() ? *mocked : Json::object();
    for (auto it = cases->begin(); it != cases->end(); ++it) {
        if (!it.value().is_string())
            return "state '" + it.key() + "' in test case '" + testCase +
                   "' must name a mocked response";
        std::string name = it.value().get<std::string>();
        if (!responses.is_object() || !responses.contains(name))
            return "mocked response '" + name + "' (state '" + it.key() +
                   "') is not in MockedResponses";
        const Json &r = responses[name];
        if (!r.is_object())
            return "mocked response '" + name + "' must be an object";
        std::vector<Range> ranges;
        for (auto k = r.begin(); k != r.end(); ++k) {
            Range range;
            if (!parseRange(k.key(), range.from, range.to))
                return "mocked response '" + name + "': '" + k.key() +
                       "' is not an invocation number or range like \"1-2\"";
            const Json &v = k.value();
            bool hasReturn = v.is_object() && v.contains("Return");
            bool hasThrow = v.is_object() && v.contains("Throw");
            if (hasReturn == hasThrow)
                return "mocked response '" + name + "'['" + k.key() +
                       "'] must hold exactly one of Return or Throw";
            if (hasReturn) {
                range.response.value = v["Return"];
            } else {
                const Json &t = v["Throw"];
                range.response.isThrow = true;
                const std::string at = "mocked response '" + name + "'['" + k.key() + "'].Throw";
                if (!t.is_object())
                    return at + " must be an object with \"Error\" and \"Cause\" strings";
                for (const char *field : {"Error", "Cause"}) {
                    auto f = t.find(field);
                    if (f == t.end())
                        continue;
                    if (!f->is_string())
                        return at + "." + field + " must be a string, not " +
                               json_util::typeName(*f);
                    (field[0] == 'E' ? range.response.error : range.response.cause) =
                        f->get<std::string>();
                }
            }
            ranges.push_back(std::move(range));
        }
        m_states[it.key()] = std::move(ranges);
    }
    return {};
}

std::vector<std::string> MockConfig::stateNames() const
{
    std::vector<std::string> out;
    for (const auto &entry : m_states)
        out.push_back(entry.first);
    return out;
}

MockConfig::Lookup MockConfig::lookup(const std::string &stateName, int n, Response &out) const
{
    auto it = m_states.find(stateName);
    if (it == m_states.end())
        return Lookup::NotMocked;
    for (const auto &range : it->second)
        if (n >= range.from && n <= range.to) {
            out = range.response;
            return Lookup::Found;
        }
    return Lookup::MissingInvocation;
}

} // namespace stepwise::runtime
