// `stepwise run` end to end: launches the built executable with QProcess and checks the exit
// status, the printed output and the history file.

#include "execution.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using stepwise::runtime::Json;

class TstRtCommand : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void historyFile();
    void inputFromStdin();
    void historyAtTheEventLimit();
    void historyOfAKilledRun();
    void choicesRandomIsSeeded();
    void corpusReachesAnEnd_data();
    void corpusReachesAnEnd();
};

namespace {

const QString kData = QStringLiteral(STEPWISE_TEST_DATA "/runtime/cli/");

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result runStepwise(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"),
            QStringList{QStringLiteral("run")} + args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError())};
}

Json parse(const QString &text)
{
    return Json::parse(text.toStdString(), nullptr, false);
}

} // namespace

void TstRtCommand::run_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutJson"); // empty: stdout must be empty
    QTest::addColumn<QString>("stderrHas");

    auto f = [](const char *name) { return kData + QLatin1String(name); };
    auto opt = [](const char *o) { return QString::fromLatin1(o); };
    QTest::newRow("output") << QStringList{f("hello.asl.json"), opt("--input"),
                                           f("hello-input.json")}
                            << 0 << QStringLiteral(R"({"msg":"Hello Ann"})") << QString();
    QTest::newRow("yaml through DocumentIo")
        << QStringList{f("hello.asl.yaml"), opt("--input"), f("hello-input.json")} << 0
        << QStringLiteral(R"({"msg":"Hello Ann"})") << QString();
    QTest::newRow("envelope") << QStringList{f("hello.asl.json"), opt("--input"),
                                             f("hello-input.json"), opt("--envelope")}
                              << 0
                              << QStringLiteral(
                                     R"({"status":"SUCCEEDED","output":{"msg":"Hello Ann"}})")
                              << QString();
    QTest::newRow("failed") << QStringList{f("fail.json"), opt("--envelope")} << 3
                            << QStringLiteral(
                                   R"({"status":"FAILED","error":"Nope","cause":"always"})")
                            << QString();
    QTest::newRow("failed plain") << QStringList{f("fail.json")} << 3 << QString()
                                  << QStringLiteral("Nope");
    QTest::newRow("timed out")
        << QStringList{f("timeout.json"), opt("--envelope")} << 4
        << QStringLiteral(
               R"({"status":"TIMED_OUT","error":"States.Timeout","cause":"The execution timed out after 10 seconds."})")
        << QString();
    QTest::newRow("invalid definition") << QStringList{f("invalid.json")} << 1 << QString()
                                        << QStringLiteral("no state named 'Missing'");
    QTest::newRow("invalid input")
        << QStringList{f("hello.asl.json"), opt("--input"), f("orders.fz")} << 1 << QString()
        << QStringLiteral("not valid JSON");
    QTest::newRow("usage") << QStringList{opt("--envelope")} << 2 << QString()
                           << QStringLiteral("usage:");
    QTest::newRow("unknown option") << QStringList{f("fail.json"), opt("--bogus")} << 2 << QString()
                                    << QStringLiteral("unknown option --bogus");
    QTest::newRow("max events")
        << QStringList{f("loop.json"), opt("--max-events"), opt("50"), opt("--envelope")} << 3
        << QStringLiteral(
               R"({"status":"FAILED","error":"States.Runtime","cause":"The execution reached the maximum number of history events (50)."})")
        << QString();
    QTest::newRow("mock happy") << QStringList{f("charge.json"), opt("--mock-config"),
                                               f("mocks.json"), opt("--test-case"),
                                               opt("HappyPath")}
                                << 0 << QStringLiteral(R"({"charged":10})") << QString();
    QTest::newRow("mock retries") << QStringList{f("charge.json"), opt("--mock-config"),
                                                 f("mocks.json"), opt("--test-case"), opt("Flaky")}
                                  << 0 << QStringLiteral(R"({"charged":10,"tries":3})")
                                  << QString();
    QTest::newRow("mock unknown case")
        << QStringList{f("charge.json"), opt("--mock-config"), f("mocks.json"), opt("--test-case"),
                       opt("Nope")}
        << 1 << QString() << QStringLiteral("no test case 'Nope'");
    QTest::newRow("callback unanswered")
        << QStringList{f("approval.json"), opt("--input"), f("approval-input.json")} << 4
        << QString() << QStringLiteral("waits for a callback");
    QTest::newRow("callbacks approve")
        << QStringList{f("approval.json"), opt("--input"), f("approval-input.json"),
                       opt("--callbacks"), opt("approve")}
        << 0 << QString() << QString();
    QTest::newRow("callbacks reject")
        << QStringList{f("approval.json"), opt("--input"), f("approval-input.json"),
                       opt("--callbacks"), opt("reject"),  opt("--envelope")}
        << 3 << QStringLiteral(R"({"status":"FAILED","error":"OrderRejected","cause":""})")
        << QString();
    QTest::newRow("callbacks script")
        << QStringList{f("approval.json"), opt("--input"), f("approval-input.json"),
                       opt("--callbacks"), f("callbacks.json")}
        << 0 << QStringLiteral(R"({"approved":true,"by":"script"})") << QString();
    QTest::newRow("fz choices script")
        << QStringList{f("orders.fz"), opt("--choices"), f("choices.json")} << 0
        << QStringLiteral("{}") << QString();
    QTest::newRow("fz choices first") << QStringList{f("orders.fz"), opt("--choices"), opt("first")}
                                      << 0 << QStringLiteral("{}") << QString();
    QTest::newRow("fz choices cycle") << QStringList{f("orders.fz"), opt("--choices"), opt("cycle")}
                                      << 0 << QStringLiteral("{}") << QString();
    QTest::newRow("fz choices random seeded")
        << QStringList{f("orders.fz"), opt("--choices"), opt("random:42")} << 0
        << QStringLiteral("{}") << QString();
    QTest::newRow("fz choices random bad seed")
        << QStringList{f("orders.fz"), opt("--choices"), opt("random:x")} << 2 << QString()
        << QStringLiteral("random:SEED");
    QTest::newRow("fz choice unanswered")
        << QStringList{f("orders.fz")} << 4 << QString() << QStringLiteral("waits for a choice");
}

void TstRtCommand::run()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutJson);
    QFETCH(QString, stderrHas);
    const Result r = runStepwise(args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
    if (!stdoutJson.isEmpty()) {
        Json got = parse(r.out);
        QVERIFY2(!got.is_discarded(), qPrintable(r.out));
        QCOMPARE(QString::fromStdString(got.dump()),
                 QString::fromStdString(parse(stdoutJson).dump()));
    } else if (exitCode != 0) {
        QCOMPARE(r.out, QString());
    }
    if (!stderrHas.isEmpty())
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
}

void TstRtCommand::historyFile()
{
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("history.json"));
    const Result r = runStepwise(
        {kData + QLatin1String("hello.asl.json"), QStringLiteral("--input"),
         kData + QLatin1String("hello-input.json"), QStringLiteral("--history"), history});
    QCOMPARE(r.exitCode, 0);
    QFile file(history);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Json h = Json::parse(file.readAll().toStdString(), nullptr, false);
    QVERIFY(h.contains("events"));
    QStringList types;
    for (const auto &e : h["events"])
        types << QString::fromStdString(e["type"].get<std::string>());
    QCOMPARE(types, (QStringList{
                        QStringLiteral("ExecutionStarted"), QStringLiteral("PassStateEntered"),
                        QStringLiteral("PassStateExited"), QStringLiteral("ExecutionSucceeded")}));
    QCOMPARE(h["events"][1]["stateEnteredEventDetails"]["name"].get<std::string>(),
             std::string("Greet"));
    QCOMPARE(h["events"][1]["previousEventId"].get<int>(), 1);
}

void TstRtCommand::inputFromStdin()
{
    const Result r = runStepwise(
        {kData + QLatin1String("hello.asl.json"), QStringLiteral("--input"), QStringLiteral("-")},
        QByteArrayLiteral(R"({"name": "Bo"})"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral(R"({"msg":"Hello Bo"})"));
}

namespace {

Json readHistory(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

QStringList visited(const Json &history)
{
    QStringList out;
    if (!history.is_object() || !history.contains("events"))
        return out;
    for (const auto &e : history["events"])
        if (e.contains("stateEnteredEventDetails"))
            out << QString::fromStdString(e["stateEnteredEventDetails"]["name"].get<std::string>());
    return out;
}

} // namespace

void TstRtCommand::historyAtTheEventLimit()
{
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("history.json"));
    const Result r =
        runStepwise({kData + QLatin1String("loop.json"), QStringLiteral("--max-events"),
                     QStringLiteral("50"), QStringLiteral("--history"), history});
    QCOMPARE(r.exitCode, 3);
    Json h = readHistory(history);
    QVERIFY(!h.is_discarded());
    QCOMPARE(h["events"].size(), std::size_t(50));
    QCOMPARE(h["events"].back()["type"].get<std::string>(), std::string("ExecutionFailed"));
}

void TstRtCommand::historyOfAKilledRun()
{
    // A loop that would write 25,000 large events, stopped (SIGTERM) once the file has some:
    // the run ends ExecutionAborted and the file is a whole JSON history of what happened.
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("history.json"));
    QProcess p;
    p.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"),
            {QStringLiteral("run"), kData + QLatin1String("loop.json"), QStringLiteral("--input"),
             kData + QLatin1String("big-input.json"), QStringLiteral("--history"), history});
    QVERIFY(p.waitForStarted(10000));
    for (int i = 0; i < 2000 && QFileInfo(history).size() < 1000000; ++i)
        QTest::qWait(5);
    p.terminate();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 4);
    Json h = readHistory(history);
    QVERIFY2(!h.is_discarded(), "the history file is not valid JSON after the stop");
    QVERIFY(h["events"].size() >= 3);
    QCOMPARE(h["events"][0]["type"].get<std::string>(), std::string("ExecutionStarted"));
    QCOMPARE(h["events"].back()["type"].get<std::string>(), std::string("ExecutionAborted"));
    for (std::size_t i = 0; i < h["events"].size(); ++i)
        QCOMPARE(h["events"][i]["id"].get<std::size_t>(), i + 1);
}

void TstRtCommand::choicesRandomIsSeeded()
{
    QTemporaryDir dir;
    auto runWith = [&](const QString &choices, const QString &name) {
        const QString history = dir.filePath(name);
        runStepwise({kData + QLatin1String("orders.fz"), QStringLiteral("--choices"), choices,
                     QStringLiteral("--history"), history});
        return visited(readHistory(history));
    };
    const QStringList a = runWith(QStringLiteral("random:7"), QStringLiteral("a.json"));
    QVERIFY(!a.isEmpty());
    QCOMPARE(runWith(QStringLiteral("random:7"), QStringLiteral("b.json")), a);
    // cycle takes the first option on the first visit
    QVERIFY(runWith(QStringLiteral("cycle"), QStringLiteral("c.json"))
                .contains(QStringLiteral("Ship express")));
}

void TstRtCommand::corpusReachesAnEnd_data()
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

void TstRtCommand::corpusReachesAnEnd()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("h.json"));
    const Result r = runStepwise({file, QStringLiteral("--choices"), QStringLiteral("cycle"),
                                  QStringLiteral("--callbacks"), QStringLiteral("approve"),
                                  QStringLiteral("--history"), history});
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    Json h = readHistory(history);
    QCOMPARE(h["events"].back()["type"].get<std::string>(), std::string("ExecutionSucceeded"));
}

QTEST_GUILESS_MAIN(TstRtCommand)
#include "tst_rtcommand.moc"
