#include "documentio.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace stepwise;

// Drives the real `stepwise` binary. Every command here runs without a display: the
// environment has no DISPLAY, no WAYLAND_DISPLAY and no QT_QPA_PLATFORM.
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help();
    void version();
    void usageErrors_data();
    void usageErrors();
    void headlessEvenWithABrokenPlatform();
    void validateGoodFile();
    void validateBrokenFile();
    void validateSeveralFiles();
    void validateUnreadable();
    void convertWritesFile();
    void convertRefusesUnknownExtension();
    void convertReportsWhatTheTargetCannotKeep();
    void convertBrokenInputLeavesOutputAlone();
    void convertMissingInput();
    void convertWithSamWritesATemplate();
    void convertReadsThroughValidatorFindings();
    void runIsDelegated();

private:
    struct Result
    {
        int status = -1;
        QString out, err;
    };
    Result stepwise(const QStringList &args, const QProcessEnvironment &env = headlessEnv());
    static QProcessEnvironment headlessEnv();
    static QString data(const QString &name)
    {
        return QStringLiteral(STEPWISE_TEST_DATA "/app/") + name;
    }

    QTemporaryDir m_tmp;
};

QProcessEnvironment TestCli::headlessEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

TestCli::Result TestCli::stepwise(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"), args);
    Result r;
    if (!p.waitForFinished(60000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(STEPWISE_BIN_DIR "/stepwise")));
    QVERIFY(m_tmp.isValid());
}

void TestCli::help()
{
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Result r = stepwise({flag});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: stepwise")));
        for (const char *word : {"convert IN OUT", "validate FILE", "run DEF", "--version"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::version()
{
    const Result r = stepwise({QStringLiteral("--version")});
    QCOMPARE(r.status, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^stepwise \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command 'frobnicate'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("unknown option '--frobnicate'");
    QTest::newRow("convert without files")
        << QStringList{QStringLiteral("convert")} << QStringLiteral("convert needs");
    QTest::newRow("convert one file")
        << QStringList{QStringLiteral("convert"), data(QStringLiteral("small.fz"))}
        << QStringLiteral("convert needs");
    QTest::newRow("convert three files")
        << QStringList{QStringLiteral("convert"), QStringLiteral("a.fz"), QStringLiteral("b.fz"),
                       QStringLiteral("c.fz")}
        << QStringLiteral("exactly two");
    QTest::newRow("convert bad option")
        << QStringList{QStringLiteral("convert"), QStringLiteral("--fast"), QStringLiteral("a.fz"),
                       QStringLiteral("b.fz")}
        << QStringLiteral("unknown option '--fast'");
    QTest::newRow("validate without files")
        << QStringList{QStringLiteral("validate")} << QStringLiteral("validate needs");
    QTest::newRow("validate bad option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"),
                       data(QStringLiteral("small.fz"))}
        << QStringLiteral("unknown option '--strict'");
    QTest::newRow("screenshot without file")
        << QStringList{QStringLiteral("--screenshot")} << QStringLiteral("--screenshot");
    QTest::newRow("two files") << QStringList{data(QStringLiteral("small.fz")),
                                              data(QStringLiteral("zh-approval.fz"))}
                               << QStringLiteral("one file");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = stepwise(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.startsWith(QLatin1String("stepwise: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("--help")));
    QVERIFY(r.out.isEmpty());
}

void TestCli::headlessEvenWithABrokenPlatform()
{
    // If a command created a QApplication, asking for xcb with no X server would abort it.
    QProcessEnvironment env = headlessEnv();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    QCOMPARE(stepwise({QStringLiteral("--version")}, env).status, 0);
    QCOMPARE(stepwise({QStringLiteral("validate"), data(QStringLiteral("small.fz"))}, env).status,
             0);
    QCOMPARE(stepwise({QStringLiteral("frobnicate")}, env).status, 2);
}

void TestCli::validateGoodFile()
{
    const Result r = stepwise({QStringLiteral("validate"), data(QStringLiteral("small.fz")),
                               data(QStringLiteral("zh-approval.fz"))});
    QCOMPARE(r.status, 0);
    QCOMPARE(r.out, QString());
}

void TestCli::validateBrokenFile()
{
    const QString file = data(QStringLiteral("broken.fz"));
    const Result r = stepwise({QStringLiteral("validate"), file});
    QCOMPARE(r.status, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    // Line 3, column 5 is where the unknown shape `hexagon` starts.
    QVERIFY2(lines.first().startsWith(file + QStringLiteral(":3:5: error: ")),
             qPrintable(lines.first()));
    QVERIFY(lines.first().contains(QLatin1String("hexagon")));
}

void TestCli::validateSeveralFiles()
{
    const QString broken = data(QStringLiteral("broken.fz"));
    const Result r =
        stepwise({QStringLiteral("validate"), data(QStringLiteral("small.fz")), broken});
    QCOMPARE(r.status, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(broken + QStringLiteral(":3:5: error: ")));
}

void TestCli::validateUnreadable()
{
    const QString missing = m_tmp.filePath(QStringLiteral("missing.fz"));
    Result r = stepwise({QStringLiteral("validate"), missing});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.out.startsWith(missing + QStringLiteral(": error: ")), qPrintable(r.out));
    r = stepwise({QStringLiteral("validate"), m_tmp.path()}); // a directory
    QCOMPARE(r.status, 1);
}

void TestCli::convertWritesFile()
{
    const QString out = m_tmp.filePath(QStringLiteral("copy.fz"));
    const Result r =
        stepwise({QStringLiteral("convert"), data(QStringLiteral("zh-approval.fz")), out});
    QCOMPARE(r.status, 0);
    QVERIFY2(!r.err.contains(QLatin1String("error")), qPrintable(r.err));
    const DocumentIo::ReadResult back = DocumentIo::readFile(out);
    QVERIFY(back.document);
    QCOMPARE(back.document->lanes.size(), size_t(2));
    QCOMPARE(back.document->nodes.size(), size_t(7));
    QCOMPARE(back.document->edges.size(), size_t(7));
    QCOMPARE(back.document->loops.size(), size_t(1));
    QCOMPARE(back.document->lanes[1].title, QStringLiteral("财务部门（审核）"));
}

void TestCli::convertReportsWhatTheTargetCannotKeep()
{
    // ASL has no lanes and no loops: the conversion succeeds and says what was dropped.
    const QString out = m_tmp.filePath(QStringLiteral("approval.asl.json"));
    const Result r =
        stepwise({QStringLiteral("convert"), data(QStringLiteral("zh-approval.fz")), out});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(out + QStringLiteral(": warning: ")), qPrintable(line));
    QVERIFY(r.err.contains(QStringLiteral("直到材料齐全"))); // the loop that was not kept
    QVERIFY(DocumentIo::readFile(out).document);
}

void TestCli::convertRefusesUnknownExtension()
{
    const QString out = m_tmp.filePath(QStringLiteral("diagram.txt"));
    const Result r = stepwise({QStringLiteral("convert"), data(QStringLiteral("small.fz")), out});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(out));
    QVERIFY(r.err.contains(QLatin1String("unknown output file type")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::convertBrokenInputLeavesOutputAlone()
{
    const QString out = m_tmp.filePath(QStringLiteral("keep.fz"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("untouched\n");
    f.close();
    const QString broken = data(QStringLiteral("broken.fz"));
    const Result r = stepwise({QStringLiteral("convert"), broken, out});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(broken + QStringLiteral(":3:5: error: ")), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("untouched\n"));
}

void TestCli::convertMissingInput()
{
    const QString out = m_tmp.filePath(QStringLiteral("never.fz"));
    const Result r =
        stepwise({QStringLiteral("convert"), m_tmp.filePath(QStringLiteral("nope.fz")), out});
    QCOMPARE(r.status, 1);
    QVERIFY(r.err.contains(QLatin1String("nope.fz: error: ")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCli::convertWithSamWritesATemplate()
{
    const QString out = m_tmp.filePath(QStringLiteral("template.yaml"));
    const Result r = stepwise({QStringLiteral("convert"), data(QStringLiteral("small.fz")), out,
                               QStringLiteral("--sam")});
    QCOMPARE(r.status, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray yaml = f.readAll();
    QVERIFY(yaml.contains("Transform: AWS::Serverless-2016-10-31"));
    QVERIFY(yaml.contains("AWS::Serverless::StateMachine"));
    QVERIFY(yaml.contains("StartAt"));
}

void TestCli::convertReadsThroughValidatorFindings()
{
    const QString out = m_tmp.filePath(QStringLiteral("unreachable.fz"));
    const Result r =
        stepwise({QStringLiteral("convert"), data(QStringLiteral("unreachable.asl.json")), out});
    QCOMPARE(r.status, 0);
    // The finding is reported against the input, as a warning, and the output is written.
    QVERIFY2(r.err.contains(QLatin1String("unreachable.asl.json")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String(": warning: ")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String(": error: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Orphan")), qPrintable(r.err));
    QVERIFY(QFileInfo::exists(out));
    const Result check = stepwise({QStringLiteral("validate"), out});
    QCOMPARE(check.status, 0);
}

void TestCli::runIsDelegated()
{
    // `run` belongs to runCommand(); the command line must hand it over, not reject the word.
    const Result r = stepwise({QStringLiteral("run")});
    QCOMPARE(r.status, 2); // runCommand's own usage error: no definition given
    QVERIFY2(!r.err.contains(QLatin1String("unknown command")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no definition file given")), qPrintable(r.err));
    const Result help = stepwise({QStringLiteral("run"), QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QLatin1String("usage: stepwise run DEF")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
