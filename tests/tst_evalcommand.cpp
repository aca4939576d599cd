// `stepwise eval` end to end: launches the built executable with QProcess and checks the exit
// status and what it prints, for JSONata and JSONPath, with and without --envelope.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using Json = nlohmann::ordered_json;

class TstEvalCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eval_data();
    void eval();
    void inputFromStdin();
    void malformedInputNamesThePlace();
    void bindingsMustBeAnObject();
    void listedInHelp();

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    QTemporaryDir m_dir;
};

namespace {

struct Result
{
    int exitCode = -1;
    QString out, err;
};

Result runStepwise(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"), args);
    if (!p.waitForStarted(10000))
        return {};
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

void TstEvalCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(file("order.json"), R"({"items":[{"name":"pen","price":2,"qty":3},)"
                              R"({"name":"ink","price":10,"qty":1}],"customer":"Ann"})");
    write(file("bindings.json"), R"({"rate":1.5,"greeting":"Hi",)"
                                 R"("states":{"context":{"Execution":{"Name":"run-7"}}}})");
}

void TstEvalCommand::eval_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutJson"); // empty: stdout must be empty
    QTest::addColumn<QString>("stderrHas");

    const QString order = file("order.json"), bindings = file("bindings.json");
    const QString in = QStringLiteral("--input"), b = QStringLiteral("--bindings"),
                  env = QStringLiteral("--envelope"), lang = QStringLiteral("--language"),
                  jp = QStringLiteral("jsonpath");
    auto s = [](const char *text) { return QString::fromUtf8(text); };

    // JSONata.
    QTest::newRow("jsonata sum") << QStringList{s("$sum(items.(price * qty))"), in, order} << 0
                                 << s("16") << QString();
    QTest::newRow("jsonata bindings")
        << QStringList{s("$greeting & ' ' & customer & ': ' & $string(items[0].price * $rate)"), in,
                       order, b, bindings}
        << 0 << s(R"("Hi Ann: 3")") << QString();
    QTest::newRow("jsonata no input")
        << QStringList{s("[1..3].($ * 2)")} << 0 << s("[2,4,6]") << QString();
    QTest::newRow("jsonata object") << QStringList{s("items{name: qty}"), in, order} << 0
                                    << s(R"({"pen":3,"ink":1})") << QString();
    QTest::newRow("jsonata envelope result")
        << QStringList{s("customer"), in, order, env} << 0 << s(R"({"result":"Ann"})") << QString();
    QTest::newRow("jsonata undefined")
        << QStringList{s("nothing.here"), in, order} << 0 << QString() << QString();
    QTest::newRow("jsonata envelope undefined") << QStringList{s("nothing.here"), in, order, env}
                                                << 0 << s(R"({"undefined":true})") << QString();
    QTest::newRow("jsonata syntax error")
        << QStringList{s("items[0"), in, order} << 1 << QString()
        << s("S0203 at position 7: Expected \"]\" before end of expression");
    QTest::newRow("jsonata envelope syntax error")
        << QStringList{s("1 +"), env} << 1
        << s(R"({"error":{"code":"S0207","position":3,"message":"Unexpected end of expression"}})")
        << QString();
    QTest::newRow("jsonata envelope evaluation error")
        << QStringList{s("customer + 1"), in, order, env} << 1
        << s(R"({"error":{"code":"T2001","position":10,)"
             R"("message":"The left side of the \"+\" operator must evaluate to a number"}})")
        << QString();
    QTest::newRow("jsonata $error") << QStringList{s("$error('stop here')"), env} << 1
                                    << s(R"({"error":{"code":"D3137","position":7,)"
                                         R"("message":"stop here"}})")
                                    << QString();
    QTest::newRow("jsonata explicit language")
        << QStringList{s("$count(items)"), lang, s("jsonata"), in, order} << 0 << s("2")
        << QString();

    // JSONPath and intrinsic functions.
    QTest::newRow("jsonpath definite") << QStringList{s("$.items[1].name"), lang, jp, in, order}
                                       << 0 << s(R"("ink")") << QString();
    QTest::newRow("jsonpath wildcard")
        << QStringList{s("$.items[*].price"), lang, jp, in, order, env} << 0
        << s(R"({"result":[2,10]})") << QString();
    QTest::newRow("jsonpath filter")
        << QStringList{s("$.items[?(@.price > 5)].name"), lang, jp, in, order} << 0
        << s(R"(["ink"])") << QString();
    QTest::newRow("jsonpath absent") << QStringList{s("$.missing"), lang, jp, in, order, env} << 0
                                     << s(R"({"undefined":true})") << QString();
    QTest::newRow("jsonpath variable")
        << QStringList{s("$greeting"), lang, jp, b, bindings} << 0 << s(R"("Hi")") << QString();
    QTest::newRow("jsonpath context") << QStringList{s("$$.Execution.Name"), lang, jp, b, bindings}
                                      << 0 << s(R"("run-7")") << QString();
    QTest::newRow("intrinsic format")
        << QStringList{s("States.Format('{} owes {}', $.customer, States.MathAdd($.items[0].price, "
                         "$.items[1].price))"),
                       lang, jp, in, order}
        << 0 << s(R"("Ann owes 12")") << QString();
    QTest::newRow("intrinsic array length")
        << QStringList{s("States.ArrayLength($.items)"), lang, jp, in, order, env} << 0
        << s(R"({"result":2})") << QString();
    QTest::newRow("jsonpath syntax error")
        << QStringList{s("$.items[0"), lang, jp, in, order, env} << 1
        << s(R"({"error":{"code":"InvalidPath","position":9,"message":"expected ']' at offset 9"}})")
        << QString();
    QTest::newRow("intrinsic evaluation error")
        << QStringList{s("States.MathAdd($.customer, 1)"), lang, jp, in, order} << 1 << QString()
        << s("States.IntrinsicFailure");

    // Usage.
    QTest::newRow("no expression") << QStringList{} << 2 << QString() << s("no expression given");
    QTest::newRow("unknown language") << QStringList{s("a"), lang, s("xpath")} << 2 << QString()
                                      << s("--language takes jsonata or jsonpath, not 'xpath'");
    QTest::newRow("missing value")
        << QStringList{s("a"), in} << 2 << QString() << s("--input needs a value");
    QTest::newRow("unknown option")
        << QStringList{s("a"), s("--pretty")} << 2 << QString() << s("unknown option --pretty");
    QTest::newRow("two expressions")
        << QStringList{s("a"), s("b")} << 2 << QString() << s("unexpected argument b");
    QTest::newRow("missing input file")
        << QStringList{s("a"), in, file("nope.json")} << 1 << QString() << s("cannot read");
}

void TstEvalCommand::eval()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutJson);
    QFETCH(QString, stderrHas);
    const Result r = runStepwise(QStringList{QStringLiteral("eval")} + args);
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
    if (stdoutJson.isEmpty()) {
        QCOMPARE(r.out, QString());
    } else {
        // Exactly one line of JSON.
        QVERIFY2(!r.out.contains(QLatin1Char('\n')), qPrintable(r.out));
        const Json got = Json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(!got.is_discarded(), qPrintable(r.out));
        QCOMPARE(QString::fromStdString(got.dump()),
                 QString::fromStdString(Json::parse(stdoutJson.toStdString()).dump()));
    }
    if (stderrHas.isEmpty())
        QCOMPARE(r.err, QString());
    else
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
}

void TstEvalCommand::inputFromStdin()
{
    const Result r =
        runStepwise({QStringLiteral("eval"), QStringLiteral("$.n * 2"), QStringLiteral("--input"),
                     QStringLiteral("-"), QStringLiteral("--envelope")},
                    R"({"n": 21})");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral(R"({"result":42})"));
}

void TstEvalCommand::malformedInputNamesThePlace()
{
    write(file("broken.json"), "{\"a\": [1,\n  2,, 3]}");
    const Result r = runStepwise({QStringLiteral("eval"), QStringLiteral("a"),
                                  QStringLiteral("--input"), file("broken.json")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(file("broken.json") + QStringLiteral(":2:5: not valid JSON")),
             qPrintable(r.err));

    const Result fromStdin = runStepwise({QStringLiteral("eval"), QStringLiteral("a"),
                                          QStringLiteral("--input"), QStringLiteral("-")},
                                         "[1, 2");
    QCOMPARE(fromStdin.exitCode, 1);
    QVERIFY2(fromStdin.err.contains(QStringLiteral("<stdin>:1:6: not valid JSON")),
             qPrintable(fromStdin.err));
}

void TstEvalCommand::bindingsMustBeAnObject()
{
    write(file("list.json"), "[1, 2]");
    const Result r = runStepwise({QStringLiteral("eval"), QStringLiteral("$x"),
                                  QStringLiteral("--bindings"), file("list.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file("list.json") + QStringLiteral(": the bindings must be")),
             qPrintable(r.err));
}

void TstEvalCommand::listedInHelp()
{
    const Result help = runStepwise({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("eval EXPR")));
    const Result own = runStepwise({QStringLiteral("eval"), QStringLiteral("--help")});
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.contains(QStringLiteral("--language jsonata|jsonpath")));
}

QTEST_GUILESS_MAIN(TstEvalCommand)
#include "tst_evalcommand.moc"
