// Compares the runtime with the reference interpreter (aws-local-stepfunctions) on our own
// machines. The oracle's answers were recorded once by tests/data/runtime/make_oracle_cases.py;
// where the oracle is known to differ from AWS, the file's "expected" holds AWS's behaviour and
// its "note" says why. Needs neither node nor shared/ at test time.

#include "execution.h"
#include "rtjsonmatch.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace stepwise::runtime;
using stepwise::rttest::jsonMatches;

class TstRtOracle : public QObject
{
    Q_OBJECT

private slots:
    void machine_data();
    void machine();
};

namespace {

// The oracle's mocks ({"State": response | [responses]}, the last one repeating) as a
// Step Functions Local MockConfigFile for the same invocations.
std::shared_ptr<const MockConfig> mockConfigFrom(const Json &mocks)
{
    Json responses = Json::object();
    Json testCase = Json::object();
    for (auto it = mocks.begin(); it != mocks.end(); ++it) {
        Json byInvocation = Json::object();
        const Json list = it.value().is_array() ? it.value() : Json::array({it.value()});
        for (std::size_t i = 0; i < list.size(); ++i) {
            std::string key = std::to_string(i);
            if (i + 1 == list.size())
                key += "-9999";
            byInvocation[key] = list[i];
        }
        responses[it.key() + "Response"] = byInvocation;
        testCase[it.key()] = it.key() + "Response";
    }
    Json config = {{"StateMachines", {{"Machine", {{"TestCases", {{"Case", testCase}}}}}}},
                   {"MockedResponses", responses}};
    auto out = std::make_shared<MockConfig>();
    std::string error = out->load(config, "Machine", "Case");
    return error.empty() ? out : nullptr;
}

} // namespace

void TstRtOracle::machine_data()
{
    QTest::addColumn<QString>("file");
    QDir dir(QStringLiteral(STEPWISE_TEST_DATA "/runtime/oracle"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 60, "fewer than 60 recorded oracle machines");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.chopped(5))) << dir.filePath(f);
}

void TstRtOracle::machine()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    Json c = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!c.is_discarded(), "the case is not valid JSON");

    auto compiled = Definition::compile(c["definition"]);
    QVERIFY2(compiled.errors.empty(),
             compiled.errors.empty() ? "" : compiled.errors.front().c_str());
    ExecutionOptions options;
    if (c.contains("mocks")) {
        options.mocks = mockConfigFrom(c["mocks"]);
        QVERIFY(options.mocks);
    }
    Execution run(compiled.definition, c["input"], options);
    run.runUntilPause();
    QVERIFY(run.finished());

    const Json &expected = c["expected"];
    QCOMPARE(QString::fromLatin1(Execution::statusName(run.status())),
             QString::fromStdString(expected["status"].get<std::string>()));
    std::string why;
    if (run.status() == Execution::Status::Succeeded) {
        QVERIFY(run.output());
        QVERIFY2(jsonMatches(expected["output"], *run.output(), false, why), why.c_str());
        return;
    }
    QCOMPARE(QString::fromStdString(run.error()),
             QString::fromStdString(expected.value("error", std::string())));
    // The oracle words its own causes for States.* errors; user-defined causes and causes
    // recorded from AWS ("compare_cause") must match.
    if (expected.contains("cause") &&
        (run.error().rfind("States.", 0) != 0 || expected.value("compare_cause", false)))
        QCOMPARE(QString::fromStdString(run.cause()),
                 QString::fromStdString(expected["cause"].get<std::string>()));
}

QTEST_GUILESS_MAIN(TstRtOracle)
#include "tst_rtoracle.moc"
