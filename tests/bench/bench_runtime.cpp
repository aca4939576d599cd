// Times the loop machine (Pass with States.MathAdd, then Choice with NumericLessThanPath) for
// 100,000 rounds with history kept, prints transitions/s and peak memory, does the same for its
// JSONata twin (Pass with Output, Choice with Condition), times a loop of one million
// transitions in tenths (a history that slows the run as it grows shows here), runs the
// JSONPath machine through the oracle (node run.mjs) when it is installed, and times
// `stepwise run` of a one-state machine. Prints figures; asserts nothing (a shared machine
// would make it flaky).

#include "execution.h"
#include "peakmemory.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>

using namespace stepwise::runtime;

using stepwise::bench::peakKiB;

namespace {

Json loopMachine()
{
    return Json::parse(R"json({
      "StartAt": "Add",
      "States": {
        "Add": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)", "n.$": "$.n"},
                "Next": "Check"},
        "Check": {"Type": "Choice",
                  "Choices": [{"Variable": "$.i", "NumericLessThanPath": "$.n", "Next": "Add"}],
                  "Default": "Done"},
        "Done": {"Type": "Succeed"}
      }
    })json");
}

Json jsonataLoopMachine()
{
    return Json::parse(R"json({
      "QueryLanguage": "JSONata",
      "StartAt": "Add",
      "States": {
        "Add": {"Type": "Pass",
                "Output": {"i": "{% $states.input.i + 1 %}", "n": "{% $states.input.n %}"},
                "Next": "Check"},
        "Check": {"Type": "Choice",
                  "Choices": [{"Condition": "{% $states.input.i < $states.input.n %}",
                               "Next": "Add"}],
                  "Default": "Done"},
        "Done": {"Type": "Succeed"}
      }
    })json");
}

double seconds(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Runs a shell command and returns its wall time in seconds, or a negative value on failure.
double timeCommand(const std::string &cmd)
{
    auto t0 = std::chrono::steady_clock::now();
    int rc = std::system(cmd.c_str());
    return rc == 0 ? seconds(t0) : -1;
}

} // namespace

int main(int argc, char **argv)
{
    const long rounds = argc > 1 ? std::atol(argv[1]) : 100000;
    auto compiled = Definition::compile(loopMachine());
    ExecutionOptions options;
    options.maxEvents = static_cast<std::size_t>(rounds) * 4 + 100;
    auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();
    Execution run(compiled.definition, Json{{"i", 0}, {"n", rounds}}, options);
    run.runUntilPause();
    double elapsed = seconds(t0);
    // CPU time too: on a shared, loaded machine the wall time includes waiting for a core.
    const double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    long transitions = rounds * 2 + 1;
    double ours = transitions / elapsed;
    std::printf("runtime: %ld rounds, %ld transitions, %zu events in %.3f s = %.0f transitions/s "
                "(status %s, output %s)\n",
                rounds, transitions, run.history().size(), elapsed, ours,
                Execution::statusName(run.status()),
                run.output() ? run.output()->dump().c_str() : "-");
    std::printf("runtime (CPU time): %.3f s = %.0f transitions/s\n", cpu, transitions / cpu);
    std::printf("peak memory (VmHWM): %.1f MB\n", peakKiB() / 1024.0);

    {
        auto jsonata = Definition::compile(jsonataLoopMachine());
        auto j0 = std::chrono::steady_clock::now();
        const std::clock_t jc0 = std::clock();
        Execution twin(jsonata.definition, Json{{"i", 0}, {"n", rounds}}, options);
        twin.runUntilPause();
        const double jElapsed = seconds(j0);
        const double jCpu = double(std::clock() - jc0) / CLOCKS_PER_SEC;
        std::printf("runtime, JSONata twin: %ld transitions, %zu events in %.3f s = %.0f "
                    "transitions/s (CPU %.0f/s; status %s, output %s)\n",
                    transitions, twin.history().size(), jElapsed, transitions / jElapsed,
                    transitions / jCpu, Execution::statusName(twin.status()),
                    twin.output() ? twin.output()->dump().c_str() : "-");
    }
    {
        // One million transitions, history kept: the rate of each tenth should stay level.
        const long bigRounds = 500000;
        ExecutionOptions big;
        big.maxEvents = static_cast<std::size_t>(bigRounds) * 4 + 100;
        Execution longRun(compiled.definition, Json{{"i", 0}, {"n", bigRounds}}, big);
        const std::size_t total = static_cast<std::size_t>(bigRounds) * 4 + 4;
        std::printf("one million transitions, events/s per tenth (CPU):");
        double first = 0, last = 0;
        for (int tenth = 1; tenth <= 10; ++tenth) {
            const std::clock_t s0 = std::clock();
            const std::size_t before = longRun.history().size();
            while (longRun.history().size() < total * std::size_t(tenth) / 10 && longRun.step()) {
            }
            const double cpuTenth = double(std::clock() - s0) / CLOCKS_PER_SEC;
            const double rate = double(longRun.history().size() - before) / cpuTenth;
            (tenth == 1 ? first : last) = rate;
            std::printf(" %.0f", rate);
        }
        std::printf("\nlast tenth / first tenth: %.2f (status %s, %zu events)\n", last / first,
                    Execution::statusName(longRun.status()), longRun.history().size());
    }

    const char *home = std::getenv("HOME");
    const std::string oracleDir = std::getenv("ORACLE_DIR")
                                      ? std::getenv("ORACLE_DIR")
                                      : std::string(home ? home : "") + "/.cache/asl-oracle";
    const std::string shared =
        std::getenv("STEPWISE_SHARED") ? std::getenv("STEPWISE_SHARED") : "/work/shared";
    const std::string runMjs = shared + "/tools/asl-oracle/run.mjs";
    std::ifstream probe(oracleDir + "/node_modules/aws-local-stepfunctions/package.json");
    if (!probe || std::system("node --version > /dev/null 2>&1") != 0 || !std::ifstream(runMjs)) {
        std::printf("oracle: oracle not installed\n");
    } else {
        const std::string def = "/tmp/bench_runtime_def.json", in = "/tmp/bench_runtime_in.json";
        std::ofstream(def) << loopMachine().dump();
        std::ofstream(in) << Json{{"i", 0}, {"n", rounds}}.dump();
        double t = timeCommand("node " + runMjs + " " + def + " " + in + " > /dev/null");
        if (t < 0) {
            std::printf("oracle: the oracle run failed\n");
        } else {
            double theirs = transitions / t;
            std::printf(
                "oracle: %ld transitions in %.3f s = %.0f transitions/s (incl. node start)\n",
                transitions, t, theirs);
            std::printf("ratio: runtime is %.1fx the oracle\n", ours / theirs);
        }
    }

    const std::string bin = STEPWISE_BIN_DIR "/stepwise";
    if (std::ifstream(bin)) {
        const std::string one = "/tmp/bench_runtime_one.json";
        std::ofstream(one)
            << R"json({"StartAt":"One","States":{"One":{"Type":"Pass","End":true}}})json";
        double best = 1e9;
        for (int i = 0; i < 5; ++i) {
            double t = timeCommand(bin + " run " + one + " > /dev/null 2>&1");
            if (t >= 0 && t < best)
                best = t;
        }
        if (best < 1e9)
            std::printf("stepwise run (one Pass state): %.1f ms wall (best of 5)\n", best * 1000);
        else
            std::printf("stepwise run (one Pass state): the command failed\n");
    } else {
        std::printf("stepwise run: %s not built\n", bin.c_str());
    }
    return 0;
}
