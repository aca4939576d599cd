// Evaluates every passing expression of the JSONata reference suite repeatedly (compiled once,
// input converted once) and prints the total time; when node and the npm package `jsonata` are
// available, runs the same expressions the same number of times with jsonata-js in the same run
// and prints the ratio. Figures only, no assertion (the machine is shared).
//
// Usage: bench_jsonata [ROUNDS] [NPM_DIR]
//   STEPWISE_SHARED        the shared/ folder (the suite lives in conformance/jsonata-suite)
//   STEPWISE_JSONATA_NPM   a folder holding node_modules/jsonata (or give it as NPM_DIR)
// Cases with a time limit (sequences of 10 million items) and cases expecting an error are
// left out of both runs, so both engines time the same ordinary expressions.

#include "jsonata/expression.h"
#include "jsonata/valueutil.h"
#include "jsonutil.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;
using namespace stepwise::jsonata;

namespace {

struct Case
{
    std::string expr;
    Json input;
    bool hasInput = false;
    Json bindings;
};

std::vector<Case> loadCases(const fs::path &root)
{
    std::map<std::string, Json> datasets;
    for (const auto &entry : fs::directory_iterator(root / "datasets")) {
        std::ifstream in(entry.path());
        datasets[entry.path().stem().string()] = Json::parse(in);
    }
    std::vector<fs::path> files;
    for (const auto &entry : fs::recursive_directory_iterator(root / "groups")) {
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    static const std::regex lone(R"(([^\\])\\u(D[89AB][0-9A-Fa-f]{2})(?!\\u[Dd][C-Fc-f]))",
                                 std::regex::icase);
    std::vector<Case> cases;
    for (const fs::path &file : files) {
        std::ifstream in(file);
        std::string text(std::istreambuf_iterator<char>(in), {});
        Json doc = Json::parse(std::regex_replace(text, lone, R"($1\\u$2)"));
        std::vector<Json> list =
            doc.is_array() ? std::vector<Json>(doc.begin(), doc.end()) : std::vector<Json>{doc};
        for (const Json &c : list) {
            if (!c.contains("expr") || c.contains("timelimit") || c.contains("code") ||
                c.contains("error"))
                continue;
            Case k;
            k.expr = c["expr"].get<std::string>();
            if (c.contains("data")) {
                k.input = c["data"];
                k.hasInput = true;
            } else if (c.contains("dataset") && c["dataset"].is_string()) {
                k.input = datasets[c["dataset"].get<std::string>()];
                k.hasInput = true;
            }
            k.bindings = c.value("bindings", Json::object());
            // keep only cases that pass, as the suite test checks them
            auto compiled = Expression::compile(k.expr);
            if (!compiled)
                continue;
            Result r = compiled->evaluate(k.hasInput ? &k.input : nullptr, k.bindings);
            bool expectUndefined = c.value("undefinedResult", false) || !c.contains("result");
            bool pass =
                r.ok() &&
                (expectUndefined
                     ? r.undefined
                     : !r.undefined && stepwise::runtime::json_util::equals(r.value, c["result"]));
            // results that vary per run ($random, $now, $shuffle...) are still worth timing
            if (pass || c.value("unordered", false) || k.expr.find("$now") != std::string::npos ||
                k.expr.find("$millis") != std::string::npos ||
                k.expr.find("$random") != std::string::npos)
                cases.push_back(std::move(k));
        }
    }
    return cases;
}

double runNative(const std::vector<Case> &cases, int rounds)
{
    struct Prepared
    {
        std::shared_ptr<const Expression> expr;
        Value input;
        std::vector<std::pair<std::string, Value>> bindings;
    };
    std::vector<Prepared> prepared;
    for (const Case &c : cases) {
        Prepared p;
        p.expr = Expression::compile(c.expr);
        if (c.hasInput)
            p.input = vutil::fromJson(c.input);
        for (auto it = c.bindings.begin(); it != c.bindings.end(); ++it)
            p.bindings.emplace_back(it.key(), vutil::fromJson(it.value()));
        prepared.push_back(std::move(p));
    }
    auto start = std::chrono::steady_clock::now();
    std::size_t sink = 0;
    for (const Prepared &p : prepared) {
        for (int i = 0; i < rounds; ++i) {
            Result r = p.expr->evaluateValue(p.input, p.bindings, {});
            sink += r.ok() ? 1 : 0;
        }
    }
    auto end = std::chrono::steady_clock::now();
    if (sink == 0)
        std::printf("(no evaluation succeeded)\n");
    return std::chrono::duration<double, std::milli>(end - start).count();
}

double runNode(const std::vector<Case> &cases, int rounds, const std::string &npmDir)
{
    fs::path dir = fs::temp_directory_path() / "stepwise_bench_jsonata";
    fs::create_directories(dir);
    Json list = Json::array();
    for (const Case &c : cases) {
        Json k = {{"expr", c.expr}, {"bindings", c.bindings}};
        if (c.hasInput)
            k["input"] = c.input;
        list.push_back(k);
    }
    std::ofstream(dir / "cases.json") << list.dump();
    std::ofstream script(dir / "bench.js");
    script << "const jsonata = require(process.argv[2] + '/node_modules/jsonata');\n"
              "const cases = require(process.argv[3]);\n"
              "const rounds = Number(process.argv[4]);\n"
              "(async () => {\n"
              "  const prepared = cases.map(c => ({e: jsonata(c.expr), c}));\n"
              "  const t0 = process.hrtime.bigint();\n"
              "  for (const p of prepared) {\n"
              "    for (let i = 0; i < rounds; ++i) {\n"
              "      try { await p.e.evaluate(p.c.input, p.c.bindings); } catch (e) {}\n"
              "    }\n"
              "  }\n"
              "  const t1 = process.hrtime.bigint();\n"
              "  console.log(Number(t1 - t0) / 1e6);\n"
              "})();\n";
    script.close();
    std::string cmd = "node \"" + (dir / "bench.js").string() + "\" \"" + npmDir + "\" \"" +
                      (dir / "cases.json").string() + "\" " + std::to_string(rounds);
    FILE *pipe = popen(cmd.c_str(), "r");
    if (!pipe)
        return -1;
    char buf[256] = {0};
    std::string out;
    while (fgets(buf, sizeof buf, pipe))
        out += buf;
    int rc = pclose(pipe);
    if (rc != 0 || out.empty())
        return -1;
    return std::atof(out.c_str());
}

} // namespace

int main(int argc, char **argv)
{
    const char *shared = std::getenv("STEPWISE_SHARED");
    if (!shared) {
        std::printf("bench_jsonata: STEPWISE_SHARED is not set; nothing to run\n");
        return 0;
    }
    int rounds = argc > 1 ? std::atoi(argv[1]) : 100;
    std::string npmDir = argc > 2 ? argv[2] : "";
    if (npmDir.empty() && std::getenv("STEPWISE_JSONATA_NPM"))
        npmDir = std::getenv("STEPWISE_JSONATA_NPM");
    std::vector<Case> cases = loadCases(fs::path(shared) / "conformance" / "jsonata-suite");
    std::printf("bench_jsonata: %zu suite expressions x %d rounds\n", cases.size(), rounds);
    double native = runNative(cases, rounds);
    std::printf("  stepwise::jsonata: %.1f ms (%.2f us per evaluation)\n", native,
                native * 1000.0 / (static_cast<double>(cases.size()) * rounds));
    bool haveNode = !npmDir.empty() && fs::exists(fs::path(npmDir) / "node_modules" / "jsonata") &&
                    std::system("node --version > /dev/null 2>&1") == 0;
    if (!haveNode) {
        std::printf("  jsonata-js comparison skipped: set STEPWISE_JSONATA_NPM (or pass NPM_DIR) "
                    "to a folder with node_modules/jsonata, and have node on PATH\n");
        return 0;
    }
    double node = runNode(cases, rounds, npmDir);
    if (node < 0) {
        std::printf("  jsonata-js run failed; comparison skipped\n");
        return 0;
    }
    std::printf("  jsonata-js (node): %.1f ms\n", node);
    std::printf("  ratio: %.2fx faster than the reference\n", node / native);
    return 0;
}
