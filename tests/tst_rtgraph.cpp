// Diagrams without ASL: graphs built in code, and every FlowZap file of the shared corpus read
// by FzReader and run from its start to an end.

#include "execution.h"
#include "fz/fzreader.h"
#include "graphspec.h"
#include "runbridge.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace stepwise::runtime;
using Shape = GraphSpec::Shape;
using Status = Execution::Status;

class TstRtGraph : public QObject
{
    Q_OBJECT

private slots:
    void linearGraph();
    void manualChoice();
    void callbackNode();
    void forkAndJoin();
    void loopWithChoice();
    void loopBackAboveAFork();
    void labelledEdgesAskWithoutADiamond();
    void forkedCallbacksPendingTogether();
    void tokensEndingAloneDoNotJoin();
    void corpus_data();
    void corpus();
};

namespace {

GraphSpec graph(std::vector<std::pair<std::string, Shape>> nodes,
                std::vector<GraphSpec::Edge> edges)
{
    GraphSpec g;
    int i = 0;
    for (auto &[label, shape] : nodes)
        g.nodes.push_back({"n" + std::to_string(++i), label, shape});
    g.edges = std::move(edges);
    return g;
}

std::shared_ptr<const Definition> build(const GraphSpec &g)
{
    auto r = GraphSpec::compile(g);
    if (!r.errors.empty())
        qWarning("%s", r.errors.front().c_str());
    return r.definition;
}

QStringList stateNames(const Execution &e, const char *type)
{
    QStringList out;
    for (const auto &ev : e.history())
        if (ev.typeName() == type)
            out << QString::fromStdString(ev.stateName());
    return out;
}

} // namespace

void TstRtGraph::linearGraph()
{
    auto def =
        build(graph({{"Start", Shape::Circle}, {"Work", Shape::Rectangle}, {"End", Shape::Circle}},
                    {{0, 1, ""}, {1, 2, ""}}));
    QVERIFY(def);
    Execution e(def, Json{{"x", 1}});
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"({"x":1})"));
    QCOMPARE(stateNames(e, "PassStateEntered"),
             (QStringList{QStringLiteral("Start"), QStringLiteral("Work")}));
    QCOMPARE(QString::fromStdString(e.history()[3].state->path), QStringLiteral("n2"));
}

void TstRtGraph::manualChoice()
{
    auto def =
        build(graph({{"Start", Shape::Circle},
                     {"Order Type?", Shape::Diamond},
                     {"Ship fast", Shape::Rectangle},
                     {"Ship slow", Shape::Rectangle},
                     {"End", Shape::Circle}},
                    {{0, 1, ""}, {1, 2, "Express"}, {1, 3, "Standard"}, {2, 4, ""}, {3, 4, ""}}));
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Status::PausedChoice);
    auto pending = e.pendingChoices();
    QCOMPARE(pending.size(), std::size_t(1));
    QCOMPARE(pending[0].options, (std::vector<std::string>{"Express", "Standard"}));
    QVERIFY(!e.choose("Order Type?", "Overnight").empty());
    QVERIFY(e.choose("Order Type?", "Standard").empty());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QVERIFY(stateNames(e, "PassStateEntered").contains(QStringLiteral("Ship slow")));
    QVERIFY(!stateNames(e, "PassStateEntered").contains(QStringLiteral("Ship fast")));
}

void TstRtGraph::callbackNode()
{
    auto def = build(graph(
        {{"Start", Shape::Circle}, {"Manager approves", Shape::Taskbox}, {"End", Shape::Circle}},
        {{0, 1, ""}, {1, 2, ""}}));
    Execution e(def, Json{{"amount", 5}});
    QCOMPARE(e.runUntilPause(), Status::PausedCallback);
    auto cb = e.pendingCallbacks().at(0);
    QCOMPARE(QString::fromStdString(cb.state->name), QStringLiteral("Manager approves"));
    QCOMPARE(cb.payload->dump(), std::string(R"({"amount":5})"));
    QVERIFY(e.success(cb.token, Json{{"approved", true}}).empty());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"({"approved":true})"));
}

void TstRtGraph::forkAndJoin()
{
    // Start -> Split -> (A, B -> C) -> Join -> End: two tokens meet at Join, which runs once.
    auto def = build(graph(
        {{"Start", Shape::Circle},
         {"Split", Shape::Rectangle},
         {"A", Shape::Rectangle},
         {"B", Shape::Rectangle},
         {"C", Shape::Rectangle},
         {"Join", Shape::Rectangle},
         {"End", Shape::Circle}},
        {{0, 1, ""}, {1, 2, ""}, {1, 3, ""}, {3, 4, ""}, {2, 5, ""}, {4, 5, ""}, {5, 6, ""}}));
    QVERIFY(def);
    Execution e(def, Json{{"v", 1}});
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QStringList entered = stateNames(e, "PassStateEntered");
    QCOMPARE(entered.count(QStringLiteral("Join")), 1);
    QVERIFY(entered.contains(QStringLiteral("A")) && entered.contains(QStringLiteral("C")));
    // The fork node is itself the Parallel state that sends the tokens (no extra state).
    QCOMPARE(stateNames(e, "ParallelStateEntered"), QStringList{QStringLiteral("Split")});
    QVERIFY(!stateNames(e, "PassStateEntered").contains(QStringLiteral("Split")));
    QCOMPARE(e.output()->dump(), std::string(R"({"v":1})"));
}

void TstRtGraph::loopWithChoice()
{
    auto def = build(graph({{"Start", Shape::Circle},
                            {"Try", Shape::Rectangle},
                            {"OK?", Shape::Diamond},
                            {"End", Shape::Circle}},
                           {{0, 1, ""}, {1, 2, ""}, {2, 1, "No"}, {2, 3, "Yes"}}));
    Execution e(def, Json::object());
    for (const char *answer : {"No", "No", "Yes"}) {
        QCOMPARE(e.runUntilPause(), Status::PausedChoice);
        QVERIFY(e.choose("OK?", answer).empty());
    }
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(stateNames(e, "PassStateEntered").count(QStringLiteral("Try")), 3);
}

void TstRtGraph::loopBackAboveAFork()
{
    // Start -> Prepare -> Split -> (A, B) -> Join -> Again? -(yes)-> Prepare, -(no)-> End.
    // The loop goes back above the fork: each round forks and joins again.
    auto def = build(graph({{"Start", Shape::Circle},
                            {"Prepare", Shape::Rectangle},
                            {"Split", Shape::Rectangle},
                            {"A", Shape::Rectangle},
                            {"B", Shape::Rectangle},
                            {"Join", Shape::Rectangle},
                            {"Again?", Shape::Diamond},
                            {"End", Shape::Circle}},
                           {{0, 1, ""},
                            {1, 2, ""},
                            {2, 3, ""},
                            {2, 4, ""},
                            {3, 5, ""},
                            {4, 5, ""},
                            {5, 6, ""},
                            {6, 1, "yes"},
                            {6, 7, "no"}}));
    QVERIFY(def);
    Execution e(def, Json{{"n", 1}});
    for (const char *answer : {"yes", "yes", "no"}) {
        QCOMPARE(e.runUntilPause(), Status::PausedChoice);
        QVERIFY(e.choose("Again?", answer).empty());
    }
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QStringList entered = stateNames(e, "PassStateEntered");
    QCOMPARE(entered.count(QStringLiteral("Join")), 3);
    QCOMPARE(entered.count(QStringLiteral("A")), 3);
    QCOMPARE(entered.count(QStringLiteral("B")), 3);
    QCOMPARE(stateNames(e, "ParallelStateEntered").count(QStringLiteral("Split")), 3);
    QCOMPARE(e.output()->dump(), std::string(R"({"n":1})"));
}

void TstRtGraph::labelledEdgesAskWithoutADiamond()
{
    auto def = build(graph({{"Start", Shape::Circle},
                            {"Review", Shape::Rectangle},
                            {"Publish", Shape::Rectangle},
                            {"Archive", Shape::Rectangle}},
                           {{0, 1, ""}, {1, 2, "ok"}, {1, 3, ""}}));
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Status::PausedChoice);
    // An unlabelled edge among labelled ones is offered by its target's label.
    QCOMPARE(e.pendingChoices().at(0).options, (std::vector<std::string>{"ok", "Archive"}));
    QVERIFY(e.choose("Review", "Archive").empty());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(stateNames(e, "PassStateEntered").last(), QStringLiteral("Archive"));
}

void TstRtGraph::forkedCallbacksPendingTogether()
{
    auto def = build(graph({{"Start", Shape::Circle},
                            {"Legal signs", Shape::Taskbox},
                            {"Finance signs", Shape::Taskbox},
                            {"Done", Shape::Circle}},
                           {{0, 1, ""}, {0, 2, ""}, {1, 3, ""}, {2, 3, ""}}));
    Execution e(def, Json{{"doc", 7}});
    QCOMPARE(e.runUntilPause(), Status::PausedCallback);
    auto pending = e.pendingCallbacks();
    QCOMPARE(pending.size(), std::size_t(2));
    QVERIFY(e.success(pending[1].token, Json::object()).empty());
    QCOMPARE(e.runUntilPause(), Status::PausedCallback);
    QVERIFY(e.success(pending[0].token, Json::object()).empty());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(stateNames(e, "SucceedStateEntered"), QStringList{QStringLiteral("Done")});
}

void TstRtGraph::tokensEndingAloneDoNotJoin()
{
    // Two branches that never meet: each token ends on its own; the run ends when both have.
    auto def = build(graph({{"Start", Shape::Circle},
                            {"Notify", Shape::Rectangle},
                            {"Mail", Shape::Rectangle},
                            {"Sms", Shape::Rectangle}},
                           {{0, 1, ""}, {1, 2, ""}, {1, 3, ""}}));
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QStringList entered = stateNames(e, "PassStateEntered");
    QVERIFY(entered.contains(QStringLiteral("Mail")) && entered.contains(QStringLiteral("Sms")));
}

void TstRtGraph::corpus_data()
{
    QTest::addColumn<QString>("file");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the FlowZap corpus run is skipped");
    QDir dir(shared + QStringLiteral("/corpus/fz"));
    const auto files = dir.entryList({QStringLiteral("*.fz")}, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TstRtGraph::corpus()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    auto read = stepwise::FzReader::read(in.readAll());
    if (!read.document)
        QSKIP("FzReader does not read this file yet (another engineer's reader)");
    auto loaded = stepwise::RunBridge::fromDocument(*read.document);
    QVERIFY2(loaded.definition, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Execution e(loaded.definition, Json::object());
    // Answer every callback and take each choice's options in turn (as --choices cycle).
    std::map<std::string, std::size_t> visits;
    for (int guard = 0; guard < 1000 && !e.finished(); ++guard) {
        Status s = e.runUntilPause();
        if (s == Status::PausedCallback) {
            auto cb = e.pendingCallbacks().front();
            QVERIFY(e.success(cb.token, *cb.payload).empty());
        } else if (s == Status::PausedChoice) {
            auto c = e.pendingChoices().front();
            std::size_t n = visits[c.state->name]++;
            QVERIFY(e.choose(c.state->name, c.options[n % c.options.size()]).empty());
        }
    }
    QCOMPARE(QString::fromLatin1(Execution::statusName(e.status())), QStringLiteral("SUCCEEDED"));
}

QTEST_GUILESS_MAIN(TstRtGraph)
#include "tst_rtgraph.moc"
