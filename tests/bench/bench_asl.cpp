// Reads and writes a generated 5,000-state ASL definition (about 10 MB) through the document
// and compares with nlohmann_json parsing and dumping the same text alone. Prints figures;
// asserts nothing (a timed assertion on a shared machine would flake). Run by hand.
#include "asl/aslwriter.h"
#include "documentio.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace stepwise;

namespace {

// A realistic mix: Tasks with payload templates, Retry and Catch, Choices, Waits, a Map and
// a Parallel every few hundred states; each state about 2 KB.
std::string generate(int states)
{
    OrderedJson def = OrderedJson::object();
    def["Comment"] = "Generated benchmark machine";
    def["StartAt"] = "S0";
    OrderedJson all = OrderedJson::object();
    for (int i = 0; i < states; ++i) {
        const std::string name = "S" + std::to_string(i);
        const std::string next = i + 1 < states ? "S" + std::to_string(i + 1) : std::string();
        OrderedJson s = OrderedJson::object();
        if (i % 50 == 7 && !next.empty()) {
            s["Type"] = "Choice";
            OrderedJson rules = OrderedJson::array();
            for (int k = 0; k < 6; ++k)
                rules.push_back({{"Variable", "$.order.items[" + std::to_string(k) + "].kind"},
                                 {"StringEquals", "kind-" + std::to_string(k) + "-with-padding"},
                                 {"Next", next}});
            rules.push_back({{"And",
                              {{{"Variable", "$.total"}, {"NumericGreaterThan", 100}},
                               {{"Variable", "$.vip"}, {"BooleanEquals", true}}}},
                             {"Next", next}});
            s["Choices"] = rules;
            s["Default"] = next;
        } else if (i % 50 == 13 && !next.empty()) {
            s["Type"] = "Wait";
            s["SecondsPath"] = "$.delays.step" + std::to_string(i);
            s["Next"] = next;
        } else {
            s["Type"] = "Task";
            s["Resource"] = "arn:aws:states:::lambda:invoke";
            OrderedJson payload = OrderedJson::object();
            for (int k = 0; k < 9; ++k) {
                payload["field" + std::to_string(k) + ".$"] =
                    "$.input.records[" + std::to_string(k) + "].value.nested.path";
                payload["constant" + std::to_string(k)] =
                    "a constant string value number " + std::to_string(k) + " for state " + name;
            }
            payload["formatted.$"] = "States.Format('Hello {} from {}', $.name, $$.Execution.Id)";
            payload["list"] = OrderedJson::array({1, 2.5, true, nullptr, "x", "y", "z"});
            s["Parameters"] = {{"FunctionName", "${Function" + std::to_string(i % 10) + "}"},
                               {"Payload", payload}};
            s["ResultSelector"] = {{"status.$", "$.StatusCode"}, {"body.$", "$.Payload.body"}};
            s["ResultPath"] = "$.results.s" + std::to_string(i);
            s["Retry"] = {
                {{"ErrorEquals", {"Lambda.ServiceException", "Lambda.TooManyRequestsException"}},
                 {"IntervalSeconds", 2},
                 {"MaxAttempts", 6},
                 {"BackoffRate", 2}},
                {{"ErrorEquals", {"States.ALL"}}, {"MaxAttempts", 1}}};
            s["Catch"] = {
                {{"ErrorEquals", {"States.ALL"}}, {"ResultPath", "$.error"}, {"Next", "Failed"}}};
            if (next.empty())
                s["End"] = true;
            else
                s["Next"] = next;
        }
        all[name] = s;
    }
    all["Failed"] = {{"Type", "Fail"}, {"Error", "Failed"}, {"Cause", "A task failed"}};
    def["States"] = all;
    return def.dump(2, ' ', false);
}

double bestSeconds(int runs, const std::function<void()> &work)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int states = 5000;
    const std::string text = generate(states);
    const QByteArray bytes = QByteArray::fromStdString(text);
    const double mb = double(bytes.size()) / (1024.0 * 1024.0);
    std::printf("definition: %d states, %.2f MB\n", states, mb);
    const int runs = 5;

    OrderedJson parsed;
    const double parse = bestSeconds(runs, [&] { parsed = OrderedJson::parse(text); });
    std::string dumped;
    const double dump = bestSeconds(runs, [&] { dumped = parsed.dump(2, ' ', false); });
    // The plain (unordered) json is nlohmann's fastest; the document needs key order, so both
    // baselines are printed and the target is judged against the stricter, plain one.
    nlohmann::json plain;
    const double plainParse = bestSeconds(runs, [&] { plain = nlohmann::json::parse(text); });
    const double plainDump = bestSeconds(runs, [&] { dumped = plain.dump(2, ' ', false); });

    DocumentIo::ReadResult read;
    const double readDoc =
        bestSeconds(runs, [&] { read = DocumentIo::read(bytes, DocumentIo::Format::AslJson); });
    if (!read.document) {
        std::printf("read failed: %s\n", qPrintable(read.diagnostics.value(0).message));
        return 1;
    }
    DocumentIo::WriteResult written;
    const double writeDoc = bestSeconds(
        runs, [&] { written = DocumentIo::write(*read.document, DocumentIo::Format::AslJson); });
    const bool same = OrderedJson::parse(written.bytes.toStdString()) == parsed;
    OrderedJson rebuilt;
    const double toJson = bestSeconds(runs, [&] { rebuilt = AslWriter::toJson(*read.document); });

    std::printf("nlohmann parse (ordered_json): %8.1f MB/s  (%.3f s)\n", mb / parse, parse);
    std::printf("nlohmann dump (ordered_json):  %8.1f MB/s  (%.3f s)\n", mb / dump, dump);
    std::printf("nlohmann parse (plain json):   %8.1f MB/s  (%.3f s)\n", mb / plainParse,
                plainParse);
    std::printf("nlohmann dump (plain json):    %8.1f MB/s  (%.3f s)\n", mb / plainDump, plainDump);
    std::printf("read into document:            %8.1f MB/s  (%.3f s)  %.2fx the plain parse"
                " (target <= 3x), %.2fx the ordered parse\n",
                mb / readDoc, readDoc, readDoc / plainParse, readDoc / parse);
    std::printf("write from document:           %8.1f MB/s  (%.3f s)  %.2fx the plain dump,"
                " %.2fx the ordered dump\n",
                mb / writeDoc, writeDoc, writeDoc / plainDump, writeDoc / dump);
    std::printf("  of which document -> JSON:   %.3f s (the rest is the dump)\n", toJson);
    std::printf("nodes %zu, edges %zu, diagnostics %lld, written back deep-equal: %s\n",
                read.document->nodes.size(), read.document->edges.size(),
                static_cast<long long>(read.diagnostics.size()), same ? "yes" : "NO");
    return same ? 0 : 1;
}
