#pragma once

#include "choicerule.h"
#include "payloadtemplate.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace stepwise::runtime {

/// Name, type and place of a state; history events share it instead of copying strings.
struct StateInfo
{
    std::string name;
    std::string type;
    /// Names from the top machine down, '/'-separated: "Par/Inner" for a state in a branch.
    std::string path;
};

struct Machine;
struct JsonataFields;

/// One compiled state: everything the interpreter needs, parsed once.
struct CompiledState
{
    enum class Type { Pass, Task, Choice, Wait, Succeed, Fail, Parallel, Map, ManualChoice };
    enum class ResultMode { Replace, Discard, Path };
    struct Retrier
    {
        std::vector<std::string> errors;
        double intervalSeconds = 1;
        int maxAttempts = 3;
        double backoffRate = 2.0;
        std::optional<double> maxDelaySeconds;
        bool fullJitter = false;
    };
    struct Catcher
    {
        std::vector<std::string> errors;
        int next = -1;
        ResultMode resultMode = ResultMode::Replace;
        std::optional<JsonPath> resultPath;
        std::shared_ptr<PayloadTemplate> assign;
    };
    /// Either a literal or a path/intrinsic, for Fail's Error/Cause and Task's timeouts.
    struct Dynamic
    {
        std::optional<Json> literal;
        std::optional<JsonPath> path;
        std::shared_ptr<const Intrinsic> call;
        std::string field;
        bool present() const { return literal || path || call; }
    };

    std::shared_ptr<const StateInfo> info;
    Type type = Type::Pass;
    /// QueryLanguage JSONata: the fields below that are JSONPath's stay empty, `jq` has the
    /// state's Arguments, Output, Assign, Condition, ... instead.
    bool jsonata = false;
    std::shared_ptr<const JsonataFields> jq;
    bool end = false;
    int next = -1;

    bool inputPathNull = false;
    std::optional<JsonPath> inputPath;
    bool outputPathNull = false;
    std::optional<JsonPath> outputPath;
    ResultMode resultMode = ResultMode::Replace;
    std::optional<JsonPath> resultPath;
    std::shared_ptr<PayloadTemplate> parameters, resultSelector, assign;
    std::optional<Json> result;

    // Task
    std::string resource;
    bool waitForToken = false;
    Dynamic timeoutSeconds, heartbeatSeconds;
    std::vector<Retrier> retriers;
    std::vector<Catcher> catchers;

    // Choice (and ManualChoice: one option per outgoing edge label)
    std::vector<ChoiceRule> choices;
    int defaultNext = -1;
    std::vector<std::pair<std::string, int>> options;

    // Wait
    std::optional<double> seconds;
    std::optional<std::string> timestampText;
    std::optional<JsonPath> secondsPath, timestampPath;

    // Fail
    Dynamic error, cause;

    // Parallel / Map
    std::vector<std::shared_ptr<const Machine>> branches;
    std::shared_ptr<const Machine> processor;
    std::optional<JsonPath> itemsPath;
    std::shared_ptr<PayloadTemplate> itemSelector;
    Dynamic maxConcurrency, toleratedCount, toleratedPercentage;
    bool hasItemReader = false;
    std::optional<Json> itemReader;
    long long maxItemsPerBatch = 0;
    bool distributed = false; // ProcessorConfig.Mode DISTRIBUTED
    // Graph mode (no ASL): a token fork to `forkTargets`, joined at state `join` (or never).
    std::vector<int> forkTargets;
    int join = -1;
};

/// A list of states with its start: the top machine, a Parallel branch or a Map processor.
struct Machine
{
    std::vector<CompiledState> states;
    std::unordered_map<std::string, int> index;
    int start = 0;
};

/// A compiled state machine definition. Compile once, run many executions from it.
class Definition
{
public:
    /// Deepest nesting of Parallel/Map machines accepted (no runaway on generated input).
    static constexpr int kMaxNesting = 32;

    struct CompileResult
    {
        std::shared_ptr<const Definition> definition;
        std::vector<std::string> errors;
    };
    static CompileResult compile(const Json &asl);

    const Machine &root() const { return *m_root; }
    std::optional<long long> timeoutSeconds() const { return m_timeoutSeconds; }
    const std::string &name() const { return m_name; }
    /// Finds a state anywhere in the definition by name (the first one, depth first).
    std::shared_ptr<const StateInfo> findState(const std::string &name) const;

    /// Used by the graph builder, which assembles machines directly.
    static std::shared_ptr<const Definition> fromMachine(std::shared_ptr<const Machine> root,
                                                         std::string name);

private:
    friend class DefinitionCompiler;
    std::shared_ptr<const Machine> m_root;
    std::optional<long long> m_timeoutSeconds;
    std::string m_name = "StateMachine";
};

} // namespace stepwise::runtime
