// Converting JSONPath states to JSONata (ToJsonata, `stepwise convert --to-jsonata`): what a few
// states become, and the proof over the executions recorded on AWS: every JSONPath case,
// converted, gives AWS's recorded outcome through our runtime, but for the exceptions listed
// below with their reason (and a listed case that passes fails the test, so the list stays true).

#include "asl/aslvalidator.h"
#include "convert/tojsonata.h"
#include "execution.h"
#include "rtjsonmatch.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

using namespace stepwise;
using runtime::Execution;
using runtime::Json;

class TstToJsonata : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void keepsWhatJsonataCannotSay();
    void recorded_data();
    void recorded();
    void cleanupTestCase();

private:
    int m_passed = 0, m_excepted = 0;
};

namespace {

// Recorded JSONPath cases whose converted definition does not give AWS's outcome, and why.
const std::map<QString, const char *> &exceptions()
{
    // A path that selects nothing is States.Runtime in JSONPath; the same expression in JSONata
    // is undefined, and the field it feeds fails with States.QueryEvaluationError.
    static const char *const missingPath =
        "a path that selects nothing: States.Runtime in JSONPath, States.QueryEvaluationError "
        "for the JSONata expression";
    static const std::map<QString, const char *> list = {
        {QStringLiteral("base-wait_seconds_path-0017.json"), missingPath},
        {QStringLiteral("base-wait_seconds_path-0018.json"), missingPath},
        {QStringLiteral("base-wait_seconds_path-0021.json"), missingPath},
        {QStringLiteral("base-wait_timestamp_path-0023.json"), missingPath},
        {QStringLiteral("base-wait_timestamp_path-0024.json"), missingPath},
        {QStringLiteral("base-wait_timestamp_path-0025.json"), missingPath},
        {QStringLiteral("base-wait_timestamp_path-0027.json"), missingPath},
        {QStringLiteral("base-wait_timestamp_path-0028.json"), missingPath},
        {QStringLiteral("scenarios-map_state_tolerated_failure_count_path-0244.json"), missingPath},
        {QStringLiteral("scenarios-map_state_tolerated_failure_count_path-0247.json"), missingPath},
        {QStringLiteral("scenarios-map_state_tolerated_failure_count_path-0248.json"), missingPath},
        {QStringLiteral("scenarios-max_concurrency_path-0260.json"), missingPath},
        {QStringLiteral("scenarios-max_concurrency_path-0261.json"), missingPath},
        {QStringLiteral("base-wait_timestamp_path-0022.json"),
         "the recorded definition is not the one AWS ran (see tst_rtconformance)"},
        {QStringLiteral("intrinsicfunctions-generic_format_2-0128.json"),
         "States.Format writes an object as {k=v}; JSONata's $string writes JSON"},
        {QStringLiteral("intrinsicfunctions-generic_format_context_path-0129.json"),
         "States.Format writes an object as {k=v}; JSONata's $string writes JSON"},
    };
    return list;
}

struct Outcome
{
    bool ok = false;
    std::string status, why;
};

Outcome runCase(const Json &c, const Json &definition)
{
    Outcome o;
    auto compiled = runtime::Definition::compile(definition);
    if (!compiled.errors.empty()) {
        o.why = "does not compile: " + compiled.errors.front();
        return o;
    }
    runtime::ExecutionOptions options;
    options.seed = 7;
    options.accountId = "111111111111";
    Execution run(compiled.definition, rttest::fromRecorded(c["input"]), options);
    run.runUntilPause();
    const Json &expected = c["expected"];
    const bool isVolatile = c.value("volatile", false);
    o.status = Execution::statusName(run.status());
    if (o.status != expected.value("status", std::string())) {
        o.why = "status " + o.status + " (" + run.error() + ": " + run.cause() + "), expected " +
                expected.value("status", std::string());
        return o;
    }
    if (o.status == "SUCCEEDED") {
        o.ok = run.output() && rttest::jsonMatches(rttest::fromRecorded(expected["output"]),
                                                   *run.output(), isVolatile, o.why);
        return o;
    }
    // A failure: the error name must be AWS's (a JSONata state words some causes its own way).
    const Json error = expected.value("error", Json());
    o.ok = rttest::jsonMatches(error.is_null() ? Json("") : error, run.error(), isVolatile, o.why);
    return o;
}

} // namespace

void TstToJsonata::state_data()
{
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("jsonata");
    auto row = [](const char *name, const char *from, const char *to) {
        QTest::newRow(name) << QString::fromUtf8(from) << QString::fromUtf8(to);
    };
    row("pass with parameters", R"({"Type":"Pass","Parameters":{"a.$":"$.x.y","n":1},"End":true})",
        R"({"Type":"Pass","End":true,"Output":"{% {\"a\": $states.input.x.y, \"n\": 1} %}"})");
    row("task input and result paths",
        R"({"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","InputPath":"$.in",)"
        R"("ResultPath":"$.out","End":true})",
        R"({"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","End":true,)"
        R"("Arguments":"{% $states.input.`in` %}","Output":"{% $merge([($type($states.input) = )"
        R"('object' ? $states.input : {}), {\"out\": ($states.result)}]) %}"})");
    row("intrinsics",
        R"x({"Type":"Pass","Parameters":{"s.$":"States.Format('{} + 1', $.n)",)x"
        R"x("t.$":"States.MathAdd($.n, 1)","u.$":"States.ArrayLength($.l)"},"End":true})x",
        R"x({"Type":"Pass","End":true,"Output":"{% {\"s\": ($string($states.input.n) & )x"
        R"x(\" + 1\"), \"t\": (($states.input.n) + (1)), \"u\": $count($states.input.l)} %}"})x");
    row("choice",
        R"({"Type":"Choice","Choices":[{"Variable":"$.n","NumericLessThanPath":"$.m",)"
        R"("Next":"A"}],"Default":"B"})",
        R"({"Type":"Choice","Choices":[{"Condition":"{% ($type($states.input.n) = 'number' and )"
        R"($type($states.input.m) = 'number' and ($states.input.n < $states.input.m)) %}",)"
        R"("Next":"A"}],"Default":"B"})");
    row("wait seconds path", R"({"Type":"Wait","SecondsPath":"$.s","Next":"A"})",
        R"({"Type":"Wait","Next":"A","Seconds":"{% $states.input.s %}"})");
}

void TstToJsonata::state()
{
    QFETCH(QString, jsonPath);
    QFETCH(QString, jsonata);
    OrderedJson out;
    std::string why;
    QVERIFY2(ToJsonata::state(OrderedJson::parse(jsonPath.toStdString()), out, why), why.c_str());
    QCOMPARE(QString::fromStdString(out.dump()),
             QString::fromStdString(OrderedJson::parse(jsonata.toStdString()).dump()));
}

void TstToJsonata::keepsWhatJsonataCannotSay()
{
    const OrderedJson asl = OrderedJson::parse(
        R"({"StartAt":"A","States":{"A":{"Type":"Pass","InputPath":"$.l[1:3]","Next":"B"},)"
        R"("B":{"Type":"Pass","InputPath":"$.x","End":true}}})");
    const ToJsonata::Result r = ToJsonata::definition(asl);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY2(r.notes.front().startsWith(QLatin1String("A: slices")), qPrintable(r.notes.front()));
    QCOMPARE(QString::fromStdString(r.definition["QueryLanguage"].get<std::string>()),
             QStringLiteral("JSONata"));
    QCOMPARE(QString::fromStdString(r.definition["States"]["A"].dump()),
             QStringLiteral(R"({"Type":"Pass","InputPath":"$.l[1:3]","Next":"B",)"
                            R"("QueryLanguage":"JSONPath"})"));
    QCOMPARE(QString::fromStdString(r.definition["States"]["B"].dump()),
             QStringLiteral(R"({"Type":"Pass","End":true,"Output":"{% $states.input.x %}"})"));
}

void TstToJsonata::recorded_data()
{
    QTest::addColumn<QString>("file");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the recorded AWS executions are in ../shared");
    QDir dir(shared + QStringLiteral("/conformance/aws-recorded"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no recorded cases found");
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TstToJsonata::recorded()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray bytes = in.readAll();
    const Json c = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    QVERIFY(!c.is_discarded());
    if (c.value("query_language", "JSONPath") != "JSONPath")
        return; // the proof is about JSONPath cases; JSONata ones run in tst_rtconformance
    const ToJsonata::Result converted = ToJsonata::definition(c["definition"]);
    // Our validator (the runtime's parsers) accepts every converted definition.
    QStringList errors;
    for (const Diagnostic &d : AslValidator::validate(converted.definition))
        if (d.isError())
            errors << d.code + QLatin1Char(' ') + d.pointer + QLatin1Char(' ') + d.message;
    const Outcome o = runCase(c, converted.definition);
    const QString name = QFileInfo(file).fileName();
    const auto excepted = exceptions().find(name);
    if (excepted != exceptions().end()) {
        QVERIFY2(!o.ok, "listed as an exception but gives AWS's outcome: take it off the list");
        ++m_excepted;
        return;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(converted.notes.isEmpty(), qPrintable(converted.notes.join(QLatin1Char('\n'))));
    QVERIFY2(o.ok, (o.why + "\n" + converted.definition.dump()).c_str());
    ++m_passed;
}

void TstToJsonata::cleanupTestCase()
{
    std::printf("Converted JSONPath cases: %d give AWS's outcome, %d listed exceptions\n", m_passed,
                m_excepted);
}

QTEST_GUILESS_MAIN(TstToJsonata)
#include "tst_tojsonata.moc"
