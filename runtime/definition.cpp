#include "definition.h"

#include "jsonatastate.h"
#include "limitcheck.h"
#include "timestamp.h"

namespace stepwise::runtime {

/// Turns ASL JSON into Machines, collecting every error with the place it was found.
class DefinitionCompiler
{
public:
    std::vector<std::string> errors;

    std::shared_ptr<const Machine> machine(const Json &m, const std::string &where,
                                           const std::string &prefix, int depth, bool jsonata)
    {
        auto out = std::make_shared<Machine>();
        if (depth > Definition::kMaxNesting) {
            error(where, "Parallel/Map machines are nested more than " +
                             std::to_string(Definition::kMaxNesting) + " levels deep");
            return out;
        }
        if (!m.is_object()) {
            error(where, "a state machine must be an object");
            return out;
        }
        if (auto ql = m.find("QueryLanguage"); ql != m.end())
            jsonata = *ql == "JSONata";
        auto states = m.find("States");
        auto startAt = m.find("StartAt");
        if (states == m.end() || !states->is_object() || states->empty()) {
            error(where, "'States' must be a non-empty object");
            return out;
        }
        m_stateCount += states->size();
        if (m_stateCount > limits::kMaxStates) {
            error(where + ".States",
                  "the definition has more than " + std::to_string(limits::kMaxStates) + " states");
            return out;
        }
        int i = 0;
        for (auto it = states->begin(); it != states->end(); ++it) {
            if (codePoints(it.key()) > limits::kMaxStateNameLength || it.key().empty())
                error(where + ".States", "a state name must have 1 to " +
                                             std::to_string(limits::kMaxStateNameLength) +
                                             " characters: '" + it.key().substr(0, 100) + "'");
            out->index[it.key()] = i++;
        }
        for (auto it = states->begin(); it != states->end(); ++it)
            out->states.push_back(state(it.value(), it.key(), where + ".States." + it.key(), prefix,
                                        depth, jsonata, *out));
        if (startAt == m.end() || !startAt->is_string())
            error(where, "'StartAt' must name a state");
        else
            out->start = resolve(*out, startAt->get<std::string>(), where + ".StartAt");
        return out;
    }

private:
    std::size_t m_stateCount = 0;

    static std::size_t codePoints(const std::string &s)
    {
        std::size_t n = 0;
        for (unsigned char c : s)
            n += (c & 0xC0) != 0x80;
        return n;
    }

    void error(const std::string &where, const std::string &what)
    {
        if (errors.size() < 200)
            errors.push_back(where + ": " + what);
    }

    int resolve(const Machine &m, const std::string &name, const std::string &where)
    {
        auto it = m.index.find(name);
        if (it == m.index.end()) {
            error(where, "no state named '" + name + "'");
            return 0;
        }
        return it->second;
    }

    // Checked access: a field of the wrong type is an error with its place, never an exception.
    std::optional<std::string> text(const Json &s, const char *field, const std::string &where)
    {
        auto it = s.find(field);
        if (it == s.end())
            return std::nullopt;
        if (!it->is_string()) {
            error(where + "." + field, "must be a string");
            return std::nullopt;
        }
        return it->get<std::string>();
    }

    bool flag(const Json &s, const char *field, const std::string &where)
    {
        auto it = s.find(field);
        if (it == s.end())
            return false;
        if (!it->is_boolean()) {
            error(where + "." + field, "must be true or false");
            return false;
        }
        return it->get<bool>();
    }

    // The validator's rule for Retry's integers, with AWS's upper bound (99999999) so that the
    // value always fits the interpreter's int.
    long long integer(const Json &s, const char *field, long long min, long long fallback,
                      const std::string &where)
    {
        constexpr long long kMax = 99999999;
        auto it = s.find(field);
        if (it == s.end())
            return fallback;
        if (!it->is_number_integer() || it->get<long long>() < min ||
            (it->is_number_unsigned() && it->get<unsigned long long>() > kMax) ||
            it->get<long long>() > kMax) {
            error(where + "." + field,
                  "\"" + std::string(field) + "\" must be an integer of at least " +
                      std::to_string(min) + " (and at most " + std::to_string(kMax) + ")");
            return fallback;
        }
        return it->get<long long>();
    }

    std::optional<JsonPath> path(const Json &s, const char *field, const std::string &where)
    {
        auto it = s.find(field);
        if (it == s.end() || it->is_null())
            return std::nullopt;
        if (!it->is_string()) {
            error(where + "." + field, "must be a path string");
            return std::nullopt;
        }
        std::string why;
        auto p = JsonPath::parse(it->get<std::string>(), &why);
        if (!p)
            error(where + "." + field, "invalid JSONPath '" + it->get<std::string>() + "': " + why);
        return p;
    }

    std::shared_ptr<PayloadTemplate> payload(const Json &s, const char *field,
                                             const std::string &where)
    {
        auto it = s.find(field);
        if (it == s.end())
            return nullptr;
        auto t = std::make_shared<PayloadTemplate>();
        std::string why;
        if (!t->compile(*it, &why)) {
            error(where + "." + field, why);
            return nullptr;
        }
        return t;
    }

    CompiledState::Dynamic dynamic(const Json &s, const char *field, const char *pathField,
                                   const std::string &where)
    {
        CompiledState::Dynamic d;
        d.field = pathField;
        if (auto it = s.find(field); it != s.end())
            d.literal = *it;
        if (auto it = s.find(pathField); it != s.end()) {
            if (!it->is_string()) {
                error(where + "." + pathField, "must be a string");
            } else if (Intrinsic::looksLikeCall(it->get<std::string>())) {
                std::string why;
                d.call = Intrinsic::parse(it->get<std::string>(), &why);
                if (!d.call)
                    error(where + "." + pathField, why);
            } else {
                d.path = path(s, pathField, where);
            }
        }
        return d;
    }

    void resultFlow(CompiledState &st, const Json &s, const std::string &where)
    {
        if (auto it = s.find("InputPath"); it != s.end() && it->is_null())
            st.inputPathNull = true;
        st.inputPath = path(s, "InputPath", where);
        if (auto it = s.find("OutputPath"); it != s.end() && it->is_null())
            st.outputPathNull = true;
        st.outputPath = path(s, "OutputPath", where);
        if (auto it = s.find("ResultPath"); it != s.end()) {
            if (it->is_null()) {
                st.resultMode = CompiledState::ResultMode::Discard;
            } else {
                st.resultPath = path(s, "ResultPath", where);
                if (st.resultPath && !st.resultPath->isReference())
                    error(where + ".ResultPath", "must be a reference path (names and indexes)");
                if (st.resultPath && st.resultPath->root() != JsonPath::Root::Input)
                    error(where + ".ResultPath", "must start with '$'");
                if (st.resultPath && !st.resultPath->isRoot())
                    st.resultMode = CompiledState::ResultMode::Path;
            }
        }
    }

    std::vector<std::string> errorList(const Json &r, const std::string &where)
    {
        std::vector<std::string> out;
        auto it = r.find("ErrorEquals");
        if (it == r.end() || !it->is_array() || it->empty()) {
            error(where, "'ErrorEquals' must be a non-empty array");
            return out;
        }
        for (const auto &e : *it) {
            if (e.is_string())
                out.push_back(e.get<std::string>());
            else
                error(where + ".ErrorEquals", "error names must be strings");
        }
        return out;
    }

    CompiledState state(const Json &s, const std::string &name, const std::string &where,
                        const std::string &prefix, int depth, bool jsonata, const Machine &m)
    {
        using Type = CompiledState::Type;
        CompiledState st;
        auto info = std::make_shared<StateInfo>();
        info->name = name;
        info->path = prefix.empty() ? name : prefix + "/" + name;
        if (!s.is_object()) {
            error(where, "a state must be an object");
            st.info = info;
            return st;
        }
        std::string type;
        if (auto t = s.find("Type"); t == s.end())
            error(where + ".Type", "a state needs a 'Type'");
        else if (!t->is_string())
            error(where + ".Type",
                  "'Type' must be a string, not " + std::string(json_util::typeName(*t)));
        else
            type = t->get<std::string>();
        info->type = type;
        st.info = info;
        static const std::pair<const char *, Type> types[] = {
            {"Pass", Type::Pass},         {"Task", Type::Task},       {"Choice", Type::Choice},
            {"Wait", Type::Wait},         {"Succeed", Type::Succeed}, {"Fail", Type::Fail},
            {"Parallel", Type::Parallel}, {"Map", Type::Map}};
        bool known = false;
        for (const auto &[n, t] : types)
            if (type == n) {
                st.type = t;
                known = true;
            }
        if (!known) {
            if (!type.empty())
                error(where + ".Type", "unknown state type '" + type + "'");
            return st;
        }
        st.jsonata = jsonata;
        if (auto ql = s.find("QueryLanguage"); ql != s.end())
            st.jsonata = *ql == "JSONata";
        if (auto it = s.find("Next"); it != s.end()) {
            if (it->is_string())
                st.next = resolve(m, it->get<std::string>(), where + ".Next");
            else
                error(where + ".Next", "must be a state name");
        }
        st.end = flag(s, "End", where) || st.type == Type::Succeed || st.type == Type::Fail;
        if (st.type != Type::Choice && st.type != Type::Succeed && st.type != Type::Fail &&
            st.next < 0 && !st.end)
            error(where, "needs 'Next' or 'End': true");
        if (st.jsonata)
            st.jq = compileJsonataFields(
                s, type, where,
                [this, &m](const std::string &n, const std::string &at) {
                    return resolve(m, n, at);
                },
                errors);
        else
            resultFlow(st, s, where);
        if (!st.jsonata) {
            st.parameters = payload(s, "Parameters", where);
            st.resultSelector = payload(s, "ResultSelector", where);
            st.assign = payload(s, "Assign", where);
        }
        if (auto it = s.find("Result"); !st.jsonata && it != s.end()) {
            if (json_util::depth(*it) > 512)
                error(where + ".Result", "nested too deeply");
            else
                st.result = *it;
        }
        for (const char *field : {"Retry", "Catch"}) {
            auto list = s.find(field);
            if (list == s.end())
                continue;
            if (!list->is_array()) {
                error(where + "." + field, "must be an array");
                continue;
            }
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json &r = (*list)[i];
                std::string at = where + "." + field + "[" + std::to_string(i) + "]";
                if (!r.is_object()) {
                    error(at, "must be an object");
                    continue;
                }
                if (field[0] == 'R') {
                    CompiledState::Retrier rt;
                    rt.errors = errorList(r, at);
                    rt.intervalSeconds = double(integer(r, "IntervalSeconds", 1, 1, at));
                    rt.maxAttempts = int(integer(r, "MaxAttempts", 0, 3, at));
                    if (auto b = r.find("BackoffRate"); b != r.end()) {
                        if (!b->is_number() || b->get<double>() < 1.0)
                            error(at + ".BackoffRate",
                                  "\"BackoffRate\" must be a number of at least 1");
                        else
                            rt.backoffRate = b->get<double>();
                    }
                    if (r.contains("MaxDelaySeconds"))
                        rt.maxDelaySeconds = double(integer(r, "MaxDelaySeconds", 1, 1, at));
                    auto jitter = text(r, "JitterStrategy", at);
                    if (jitter && *jitter != "FULL" && *jitter != "NONE")
                        error(at + ".JitterStrategy", "\"JitterStrategy\" must be \"FULL\" or "
                                                      "\"NONE\"");
                    rt.fullJitter = jitter == "FULL";
                    st.retriers.push_back(std::move(rt));
                } else {
                    CompiledState::Catcher c;
                    c.errors = errorList(r, at);
                    if (auto n = r.find("Next"); n != r.end() && n->is_string())
                        c.next = resolve(m, n->get<std::string>(), at + ".Next");
                    else
                        error(at, "needs 'Next'");
                    if (auto rp = r.find("ResultPath"); !st.jsonata && rp != r.end()) {
                        if (rp->is_null()) {
                            c.resultMode = CompiledState::ResultMode::Discard;
                        } else {
                            c.resultPath = path(r, "ResultPath", at);
                            if (c.resultPath && !c.resultPath->isRoot())
                                c.resultMode = CompiledState::ResultMode::Path;
                        }
                    }
                    if (!st.jsonata)
                        c.assign = payload(r, "Assign", at);
                    st.catchers.push_back(std::move(c));
                }
            }
        }
        switch (st.type) {
        case Type::Task:
            st.resource = text(s, "Resource", where).value_or("");
            st.waitForToken =
                st.resource.size() >= 17 &&
                st.resource.compare(st.resource.size() - 17, 17, ".waitForTaskToken") == 0;
            if (st.jsonata)
                break;
            st.timeoutSeconds = dynamic(s, "TimeoutSeconds", "TimeoutSecondsPath", where);
            st.heartbeatSeconds = dynamic(s, "HeartbeatSeconds", "HeartbeatSecondsPath", where);
            break;
        case Type::Choice: {
            if (st.jsonata) { // the rules are in st.jq
                if (auto d = text(s, "Default", where))
                    st.defaultNext = resolve(m, *d, where + ".Default");
                break;
            }
            auto list = s.find("Choices");
            if (list == s.end() || !list->is_array() || list->empty()) {
                error(where + ".Choices", "must be a non-empty array");
                break;
            }
            for (std::size_t i = 0; i < list->size(); ++i) {
                ChoiceRule rule;
                std::string why = rule.compile((*list)[i], true);
                std::string at = where + ".Choices[" + std::to_string(i) + "]";
                if (!why.empty()) {
                    error(at, why);
                    continue;
                }
                rule.next = resolve(m, rule.nextName(), at + ".Next");
                st.choices.push_back(std::move(rule));
            }
            if (auto d = text(s, "Default", where))
                st.defaultNext = resolve(m, *d, where + ".Default");
            break;
        }
        case Type::Wait: {
            if (st.jsonata)
                break;
            if (auto it = s.find("Seconds"); it != s.end()) {
                if (!it->is_number() || it->get<double>() < 0 || it->get<double>() > 99999999)
                    error(where + ".Seconds", "must be a number from 0 to 99999999");
                else
                    st.seconds = it->get<double>();
            }
            if (auto it = s.find("Timestamp"); it != s.end()) {
                if (!it->is_string() || !timestamp::parse(it->get<std::string>()))
                    error(where + ".Timestamp", "must be an ISO-8601 timestamp");
                else
                    st.timestampText = it->get<std::string>();
            }
            st.secondsPath = path(s, "SecondsPath", where);
            st.timestampPath = path(s, "TimestampPath", where);
            int forms = int(st.seconds.has_value()) + int(st.timestampText.has_value()) +
                        int(st.secondsPath.has_value()) + int(st.timestampPath.has_value());
            if (forms != 1)
                error(where, "a Wait state needs exactly one of Seconds, Timestamp, SecondsPath, "
                             "TimestampPath");
            break;
        }
        case Type::Fail:
            if (st.jsonata)
                break;
            st.error = dynamic(s, "Error", "ErrorPath", where);
            st.cause = dynamic(s, "Cause", "CausePath", where);
            break;
        case Type::Parallel: {
            auto list = s.find("Branches");
            if (list == s.end() || !list->is_array() || list->empty()) {
                error(where + ".Branches", "must be a non-empty array");
                break;
            }
            for (std::size_t i = 0; i < list->size(); ++i)
                st.branches.push_back(
                    machine((*list)[i], where + ".Branches[" + std::to_string(i) + "]",
                            info->path + "/" + std::to_string(i), depth + 1, st.jsonata));
            break;
        }
        case Type::Map: {
            auto proc = s.find("ItemProcessor");
            if (proc == s.end())
                proc = s.find("Iterator");
            if (proc == s.end()) {
                error(where, "a Map state needs 'ItemProcessor'");
                break;
            }
            st.processor =
                machine(*proc, where + ".ItemProcessor", info->path, depth + 1, st.jsonata);
            // DISTRIBUTED runs each item as a child execution (MapRun… events in this history).
            if (auto pc = proc->is_object() ? proc->find("ProcessorConfig") : proc->end();
                pc != proc->end() && pc->is_object())
                if (auto mode = pc->find("Mode"); mode != pc->end() && mode->is_string())
                    st.distributed = mode->get<std::string>() == "DISTRIBUTED";
            if (auto r = s.find("ItemReader"); r != s.end()) {
                st.hasItemReader = true;
                st.itemReader = *r;
            }
            if (auto b = s.find("ItemBatcher"); b != s.end() && b->is_object())
                st.maxItemsPerBatch = integer(*b, "MaxItemsPerBatch", 1, 0, where + ".ItemBatcher");
            if (st.jsonata)
                break;
            st.itemsPath = path(s, "ItemsPath", where);
            st.itemSelector = payload(s, "ItemSelector", where);
            if (!st.itemSelector) {
                st.itemSelector = st.parameters;
                st.parameters = nullptr;
            }
            st.maxConcurrency = dynamic(s, "MaxConcurrency", "MaxConcurrencyPath", where);
            st.toleratedCount =
                dynamic(s, "ToleratedFailureCount", "ToleratedFailureCountPath", where);
            st.toleratedPercentage =
                dynamic(s, "ToleratedFailurePercentage", "ToleratedFailurePercentagePath", where);
            break;
        }
        default:
            break;
        }
        return st;
    }
};

Definition::CompileResult Definition::compile(const Json &asl)
{
    CompileResult result;
    DefinitionCompiler compiler;
    auto def = std::make_shared<Definition>();
    def->m_root = compiler.machine(asl, "$", "", 0, false);
    if (asl.is_object()) {
        if (auto t = asl.find("TimeoutSeconds"); t != asl.end()) {
            if (t->is_number_integer() && t->get<long long>() > 0)
                def->m_timeoutSeconds = t->get<long long>();
            else
                compiler.errors.push_back("$.TimeoutSeconds: must be a positive integer");
        }
    }
    result.errors = std::move(compiler.errors);
    if (result.errors.empty())
        result.definition = std::move(def);
    return result;
}

std::shared_ptr<const Definition> Definition::fromMachine(std::shared_ptr<const Machine> root,
                                                          std::string name)
{
    auto def = std::make_shared<Definition>();
    def->m_root = std::move(root);
    def->m_name = std::move(name);
    return def;
}

std::shared_ptr<const StateInfo> Definition::findState(const std::string &name) const
{
    std::vector<const Machine *> work{m_root.get()};
    while (!work.empty()) {
        const Machine *m = work.back();
        work.pop_back();
        for (const auto &st : m->states) {
            if (st.info->name == name)
                return st.info;
            for (const auto &b : st.branches)
                work.push_back(b.get());
            if (st.processor)
                work.push_back(st.processor.get());
        }
    }
    return nullptr;
}

} // namespace stepwise::runtime
