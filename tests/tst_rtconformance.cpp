// Runs every execution recorded on real AWS (shared/conformance/aws-recorded) and compares the
// status, output, error and cause with the recording.

#include "execution.h"
#include "rtjsonmatch.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

using namespace stepwise::runtime;
using stepwise::rttest::fromRecorded;
using stepwise::rttest::jsonMatches;

class TstRtConformance : public QObject
{
    Q_OBJECT

private slots:
    void recorded_data();
    void recorded();
    void cleanupTestCase();

private:
    struct Tally
    {
        int passed = 0, failed = 0, skipped = 0;
    };
    std::map<std::string, Tally> m_tally;
};

namespace {

// Recordings whose stored definition is not the one AWS ran: LocalStack's test templated the
// state name and TimestampPath at run time ('WaitUntil', $.TimestampValue), so the recorded
// outcome cannot follow from the stored definition and input. tests/data/runtime/oracle/
// aws_wait_timestamp_path_* runs these machines as AWS ran them, with AWS's recorded causes.
const char *inconsistentRecording(const QString &file)
{
    if (file.startsWith(QLatin1String("base-wait_timestamp_path-")))
        return "the recorded definition (TimestampPath $.start_at, state State_1) is not the one "
               "AWS ran (state WaitUntil, $.TimestampValue): LocalStack templated it at run time";
    return nullptr;
}

} // namespace

void TstRtConformance::recorded_data()
{
    QTest::addColumn<QString>("file");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the AWS-recorded conformance cases are skipped");
    QDir dir(shared + QStringLiteral("/conformance/aws-recorded"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no recorded cases found");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TstRtConformance::recorded()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    Json c = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY2(!c.is_discarded(), "the case is not valid JSON");
    const std::string language = c.value("query_language", "JSONPath");
    Tally &tally = m_tally[language];
    if (const char *why = inconsistentRecording(QFileInfo(file).fileName())) {
        ++tally.skipped;
        QSKIP(why);
    }
    ++tally.failed; // undone below when every check passed

    auto compiled = Definition::compile(c["definition"]);
    QVERIFY2(compiled.errors.empty(),
             compiled.errors.empty() ? "" : compiled.errors.front().c_str());
    ExecutionOptions options;
    options.seed = 7;
    options.accountId = "111111111111"; // the recordings normalise account ids to this one
    const auto unmasked = stepwise::rttest::unmaskInput(c);
    Execution run(compiled.definition, unmasked.input, options);
    run.runUntilPause();
    const Json &expected = c["expected"];
    const bool isVolatile = c.value("volatile", false);
    const std::string status = Execution::statusName(run.status());
    QCOMPARE(QString::fromStdString(status),
             QString::fromStdString(expected.value("status", std::string())));
    std::string why;
    if (status == "SUCCEEDED") {
        QVERIFY(run.output());
        Json output = *run.output();
        stepwise::rttest::applyMasks(output, unmasked.masks);
        bool same = jsonMatches(fromRecorded(expected["output"]), output, isVolatile, why);
        QVERIFY2(same, why.c_str());
    } else {
        Json error = expected.value("error", Json());
        Json cause = expected.value("cause", Json());
        QVERIFY2(jsonMatches(error.is_null() ? Json("") : error, run.error(), isVolatile, why),
                 why.c_str());
        QVERIFY2(jsonMatches(cause.is_null() ? Json("") : cause, run.cause(), isVolatile, why),
                 why.c_str());
    }
    --tally.failed;
    ++tally.passed;
}

void TstRtConformance::cleanupTestCase()
{
    for (const char *language : {"JSONPath", "JSONata"}) {
        const Tally &t = m_tally[language];
        std::printf("%s: %d passed, %d failed, %d skipped\n", language, t.passed, t.failed,
                    t.skipped);
    }
}

QTEST_GUILESS_MAIN(TstRtConformance)
#include "tst_rtconformance.moc"
