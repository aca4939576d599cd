// Whole executions of small generated definitions with generated inputs. Invariants: the
// definition compiles or is refused with messages; a run reaches a terminal status within the
// event limit; event ids start at 1 and increase by one; previous ids point backwards; no state
// output or task result in the history is over AWS's 256 KiB (States.DataLimitExceeded instead).
#include "execution.h"
#include "limitcheck.h"

#include <cstdlib>

namespace {

using namespace stepwise::runtime;

// Reads the fuzzer's bytes as a stream of small choices (zeros when it runs out).
class Bytes
{
public:
    Bytes(const std::uint8_t *data, std::size_t size) : m_data(data), m_size(size) {}
    unsigned next(unsigned bound)
    {
        return bound ? (m_at < m_size ? m_data[m_at++] : 0) % bound : 0;
    }
    bool flag() { return next(2) == 1; }

private:
    const std::uint8_t *m_data;
    std::size_t m_size, m_at = 0;
};

Json value(Bytes &b, int depth = 0)
{
    switch (b.next(depth > 2 ? 5 : 7)) {
    case 0:
        return nullptr;
    case 1:
        return b.flag();
    case 2:
        return int(b.next(256)) - 128;
    case 3:
        return double(b.next(1000)) / 7.0;
    case 4: {
        static const char *words[] = {"a", "b", "2024-01-01T00:00:00Z", "", "$.a", "x y"};
        return words[b.next(6)];
    }
    case 5: {
        Json a = Json::array();
        for (unsigned i = b.next(4); i > 0; --i)
            a.push_back(value(b, depth + 1));
        return a;
    }
    default: {
        Json o = Json::object();
        static const char *keys[] = {"a", "b", "items", "n"};
        for (unsigned i = b.next(4); i > 0; --i)
            o[keys[b.next(4)]] = value(b, depth + 1);
        return o;
    }
    }
}

const char *path(Bytes &b)
{
    static const char *paths[] = {"$", "$.a", "$.b", "$.items", "$.n", "$.a[0]", "$$.State.Name"};
    return paths[b.next(7)];
}

Json machine(Bytes &b, int depth);

Json state(Bytes &b, int depth, int index, int count)
{
    static const char *types[] = {"Pass",    "Task", "Choice",   "Wait",
                                  "Succeed", "Fail", "Parallel", "Map"};
    const std::string type = types[b.next(depth > 1 ? 6 : 8)];
    Json s{{"Type", type}};
    auto target = [&] { return "S" + std::to_string(b.next(unsigned(count))); };
    const bool last = index == count - 1;
    if (type != "Choice" && type != "Succeed" && type != "Fail") {
        if (last || b.next(4) == 0)
            s["End"] = true;
        else
            s["Next"] = target();
        if (b.flag())
            s["ResultPath"] = b.flag() ? Json(nullptr) : Json(path(b));
        if (b.next(4) == 0)
            s["InputPath"] = path(b);
    }
    if (type == "Pass" && b.flag())
        s["Result"] = value(b);
    if (type == "Pass" && b.next(4) == 0)
        s["Parameters"] = {
            {"v.$", path(b)},
            {"f.$", b.flag() ? "States.ArrayRange(1, 5, 2)" : "States.MathAdd(1, 2)"}};
    if (type == "Task") {
        s["Resource"] = b.next(3) == 0 ? "arn:aws:states:::lambda:invoke.waitForTaskToken"
                                       : "arn:aws:lambda:us-east-1:1:function:f";
        if (b.flag())
            s["Retry"] = Json::array({{{"ErrorEquals", {"States.ALL"}},
                                       {"MaxAttempts", int(b.next(4))},
                                       {"IntervalSeconds", 1 + int(b.next(3))}}});
        if (b.flag())
            s["Catch"] = Json::array({{{"ErrorEquals", {"States.ALL"}}, {"Next", target()}}});
        if (b.flag())
            s["TimeoutSeconds"] = 1 + int(b.next(5));
    }
    if (type == "Choice") {
        static const char *ops[] = {"NumericEquals", "StringEquals",    "IsPresent",
                                    "BooleanEquals", "NumericLessThan", "IsNull"};
        Json rule{{"Variable", path(b)}, {"Next", target()}};
        const std::string op = ops[b.next(6)];
        rule[op] = op == "StringEquals"                              ? Json("a")
                   : op.rfind("Is", 0) == 0 || op == "BooleanEquals" ? Json(b.flag())
                                                                     : Json(int(b.next(5)));
        s["Choices"] = Json::array({rule});
        if (b.flag())
            s["Default"] = target();
    }
    if (type == "Wait")
        s["Seconds"] = int(b.next(100));
    if (type == "Fail" && b.flag())
        s["Error"] = "Boom";
    if (type == "Parallel") {
        s["Branches"] = Json::array();
        for (unsigned i = 1 + b.next(2); i > 0; --i)
            s["Branches"].push_back(machine(b, depth + 1));
    }
    if (type == "Map") {
        s["ItemProcessor"] = machine(b, depth + 1);
        s["ItemsPath"] = b.flag() ? "$.items" : "$";
        if (b.flag())
            s["MaxConcurrency"] = int(b.next(3));
    }
    return s;
}

Json machine(Bytes &b, int depth)
{
    const int count = 1 + int(b.next(depth ? 3 : 6));
    Json states = Json::object();
    for (int i = 0; i < count; ++i)
        states["S" + std::to_string(i)] = state(b, depth, i, count);
    return Json{{"StartAt", "S" + std::to_string(b.next(unsigned(count)))}, {"States", states}};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Bytes b(data, size);
    Json asl = machine(b, 0);
    if (b.next(8) == 0)
        asl["TimeoutSeconds"] = 1 + int(b.next(200));
    auto compiled = Definition::compile(asl);
    if (!compiled.definition) {
        if (compiled.errors.empty())
            std::abort(); // a refusal says why
        return 0;
    }
    ExecutionOptions options;
    options.maxEvents = 300;
    options.seed = b.next(256);
    Json input = value(b);
    Execution run(compiled.definition, input, options);
    for (int rounds = 0; !run.finished(); ++rounds) {
        if (rounds > 400)
            std::abort(); // every pause is answered, so the run must end
        const auto status = run.runUntilPause();
        if (status == Execution::Status::PausedCallback) {
            const auto cb = run.pendingCallbacks().front();
            switch (b.next(3)) {
            case 0:
                run.success(cb.token, value(b));
                break;
            case 1:
                run.failure(cb.token, "Rejected", "no");
                break;
            default:
                run.advanceClock(double(1 + b.next(100)));
                if (!run.finished() && !run.pendingCallbacks().empty() && b.flag())
                    run.abort("fuzz");
                break;
            }
        } else if (status == Execution::Status::PausedBreakpoint ||
                   status == Execution::Status::PausedChoice) {
            run.abort("unexpected pause");
        }
    }
    const auto &history = run.history();
    if (history.size() > options.maxEvents)
        std::abort();
    std::size_t payloadBytes = 0;
    for (std::size_t i = 0; i < history.size(); ++i) {
        if (history[i].id != std::int64_t(i + 1) || history[i].previousEventId >= history[i].id)
            std::abort();
        const JsonPtr &out = history[i].output;
        const std::size_t bytes =
            out ? limits::serialisedSize(*out, limits::kMaxPayloadBytes) : std::size_t(0);
        if (bytes > limits::kMaxPayloadBytes)
            std::abort();
        payloadBytes += bytes;
    }
    // Serialised only when small: a loop that grows its payload to the limit makes a history
    // of up to 300 x 256 KiB, seconds of dumping under ASan that find nothing new.
    if (payloadBytes <= (std::size_t(4) << 20))
        (void)run.historyJson();
    return 0;
}
