// The whole `stepwise run` process, start-up included: the JSONPath loop machine of
// bench_runtime (Pass with States.MathAdd, then a Choice) for N rounds (default 100,000) against
// the oracle's whole process (node run.mjs) when it is installed, and a one-state machine.
// Prints figures; asserts nothing (a shared machine would make it flaky).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

const char *kLoop = R"json({
  "StartAt": "Add",
  "States": {
    "Add": {"Type": "Pass", "Parameters": {"i.$": "States.MathAdd($.i, 1)", "n.$": "$.n"},
            "Next": "Check"},
    "Check": {"Type": "Choice",
              "Choices": [{"Variable": "$.i", "NumericLessThanPath": "$.n", "Next": "Add"}],
              "Default": "Done"},
    "Done": {"Type": "Succeed"}
  }
})json";

// Wall time of a shell command in seconds, or a negative value when it fails.
double timeCommand(const std::string &cmd)
{
    const auto t0 = std::chrono::steady_clock::now();
    const int rc = std::system(cmd.c_str());
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return rc == 0 ? t : -1;
}

// Best and median of `runs` timings; negative when any run failed.
std::pair<double, double> timeRuns(const std::string &cmd, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double t = timeCommand(cmd);
        if (t < 0)
            return {-1, -1};
        times.push_back(t);
    }
    std::sort(times.begin(), times.end());
    return {times.front(), times[times.size() / 2]};
}

} // namespace

int main(int argc, char **argv)
{
    const long rounds = argc > 1 ? std::atol(argv[1]) : 100000;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    const long transitions = rounds * 2 + 1;
    const long events = rounds * 4 + 10;
    const std::string def = "/tmp/bench_process_loop.json", in = "/tmp/bench_process_in.json",
                      one = "/tmp/bench_process_one.json";
    std::ofstream(def) << kLoop;
    std::ofstream(in) << R"({"i": 0, "n": )" << rounds << "}";
    std::ofstream(one) << R"({"StartAt":"One","States":{"One":{"Type":"Pass","End":true}}})";

    const std::string bin = STEPWISE_BIN_DIR "/stepwise";
    if (!std::ifstream(bin)) {
        std::printf("stepwise: %s not built\n", bin.c_str());
        return 1;
    }
    const auto [ours, oursMedian] =
        timeRuns(bin + " run " + def + " --input " + in + " --max-events " +
                     std::to_string(events) + " > /dev/null",
                 repeats);
    if (ours < 0) {
        std::printf("stepwise run (loop): the command failed\n");
        return 1;
    }
    std::printf("stepwise run (loop, %ld rounds, %ld transitions): best %.3f s, median %.3f s "
                "(best of %d) = %.0f transitions/s\n",
                rounds, transitions, ours, oursMedian, repeats, transitions / ours);

    const auto [onePass, onePassMedian] = timeRuns(bin + " run " + one + " > /dev/null", 10);
    std::printf("stepwise run (one Pass state): best %.1f ms, median %.1f ms (of 10)\n",
                onePass * 1000, onePassMedian * 1000);

    const char *home = std::getenv("HOME");
    const std::string oracleDir = std::getenv("ORACLE_DIR")
                                      ? std::getenv("ORACLE_DIR")
                                      : std::string(home ? home : "") + "/.cache/asl-oracle";
    const std::string shared =
        std::getenv("STEPWISE_SHARED") ? std::getenv("STEPWISE_SHARED") : "/work/shared";
    const std::string runMjs = shared + "/tools/asl-oracle/run.mjs";
    if (!std::ifstream(oracleDir + "/node_modules/aws-local-stepfunctions/package.json") ||
        std::system("node --version > /dev/null 2>&1") != 0 || !std::ifstream(runMjs)) {
        std::printf("oracle: not installed (tools/asl-oracle/setup)\n");
        return 0;
    }
    const auto [theirs, theirsMedian] =
        timeRuns("node " + runMjs + " " + def + " " + in + " > /dev/null", repeats);
    if (theirs < 0) {
        std::printf("oracle: the run failed\n");
        return 0;
    }
    std::printf("oracle (node run.mjs, loop): best %.3f s, median %.3f s = %.0f transitions/s\n",
                theirs, theirsMedian, transitions / theirs);
    std::printf("ratio: stepwise run is %.1fx the oracle's whole process (best against best)\n",
                theirs / ours);
    return 0;
}
