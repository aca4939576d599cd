// bench_history: peak memory of `stepwise run --history` on a Pass loop carrying a 200 KB
// payload (issue 10: ≤ 400 MB for 2,500 events; 25,000 events complete). Each case runs the
// real command line in a child process and reads its peak resident size (ru_maxrss) from
// wait4(), so the figure is the whole process's. Prints figures; asserts nothing.

#include "jsonutil.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using stepwise::runtime::Json;

namespace {

// About 200 KB of JSON: 2,000 records, like a page of orders.
Json payload()
{
    Json items = Json::array();
    for (int i = 0; i < 2000; ++i)
        items.push_back(Json{{"id", i},
                             {"sku", "SKU-" + std::to_string(100000 + i)},
                             {"name", "Item number " + std::to_string(i) + " of the order"},
                             {"price", 12.5 + i},
                             {"tags", Json::array({"a", "b"})}});
    return Json{{"blob", std::move(items)}, {"i", 0}};
}

// Each round makes a new payload (Parameters copies the blob and bumps i): 4 events a round.
Json loop(int rounds)
{
    Json states = Json::object();
    states["Loop"] = {{"Type", "Pass"},
                      {"Next", "More?"},
                      {"Parameters", {{"blob.$", "$.blob"}, {"i.$", "States.MathAdd($.i, 1)"}}}};
    states["More?"] = {
        {"Type", "Choice"},
        {"Default", "Done"},
        {"Choices",
         Json::array({{{"Variable", "$.i"}, {"NumericLessThan", rounds}, {"Next", "Loop"}}})}};
    states["Done"] = {{"Type", "Succeed"}};
    return Json{{"StartAt", "Loop"}, {"States", std::move(states)}};
}

struct Result
{
    int status = -1;
    double seconds = 0;
    long maxRssKb = 0;
    std::size_t events = 0;
    bool validJson = false;
    std::uintmax_t fileBytes = 0;
    std::string lastType;
};

Result run(const std::string &stepwise, const std::vector<std::string> &args,
           const std::string &history)
{
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(stepwise.c_str()));
    for (const auto &a : args)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    Result r;
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, stepwise.c_str(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return r;
    }
    posix_spawn_file_actions_destroy(&actions);
    int wstatus = 0;
    rusage usage{};
    wait4(pid, &wstatus, 0, &usage);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1;
    r.maxRssKb = usage.ru_maxrss;
    // The file of 25,000 events with this payload is several GB: check it without loading it
    // (the tests parse whole files): the head, the closing, one event per line, the last one.
    std::ifstream in(history, std::ios::binary);
    std::string line, last;
    bool head = std::getline(in, line) && line == "{\"events\": [";
    while (std::getline(in, line)) {
        r.fileBytes += line.size() + 1;
        if (line.rfind("{\"id\":", 0) == 0 || line.rfind(",", 0) == 0) {
            ++r.events;
            last.swap(line);
        } else if (line == "]}") {
            r.validJson = head && !in.eof();
        }
    }
    if (r.validJson && !last.empty()) {
        Json event = Json::parse(last, nullptr, false);
        r.validJson = !event.is_discarded() && event.contains("type");
        r.lastType = r.validJson ? event["type"].get<std::string>() : std::string();
    }
    return r;
}

void write(const std::string &path, const Json &value)
{
    std::ofstream(path) << value.dump();
}

} // namespace

int main()
{
    const std::string stepwise = STEPWISE_BIN_DIR "/stepwise";
    if (access(stepwise.c_str(), X_OK) != 0) {
        std::printf("bench_history: %s not built\n", stepwise.c_str());
        return 0;
    }
    char tmpl[] = "/tmp/bench_history_XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    const std::string input = dir + "/input.json", history = dir + "/history.json";
    write(input, payload());
    std::printf("payload: %zu bytes of JSON\n", payload().dump().size());
    struct Case
    {
        const char *name;
        int rounds;
        const char *maxEvents;
    };
    // 4 events a round + 4: 624 rounds ≈ 2,500 events; 6,248 rounds ≈ 25,000 (the limit).
    for (const Case &c : {Case{"2,500 events", 624, "25000"}, Case{"25,000 events", 6248, "25000"},
                          Case{"stopped by --max-events 2500", 100000, "2500"}}) {
        const std::string def = dir + "/loop.asl.json";
        write(def, loop(c.rounds));
        Result r =
            run(stepwise,
                {"run", def, "--input", input, "--history", history, "--max-events", c.maxEvents},
                history);
        std::printf("%-30s exit %d, %zu events in the file (%s, last %s, %.1f MB), %.2f s, "
                    "peak memory (ru_maxrss) %.1f MB\n",
                    c.name, r.status, r.events, r.validJson ? "whole" : "NOT whole",
                    r.lastType.c_str(), double(r.fileBytes) / 1e6, r.seconds,
                    double(r.maxRssKb) / 1024.0);
        std::fflush(stdout);
        std::remove(history.c_str()); // up to several GB
    }
    std::remove(input.c_str());
    std::remove(history.c_str());
    std::remove((dir + "/loop.asl.json").c_str());
    rmdir(dir.c_str());
    return 0;
}
