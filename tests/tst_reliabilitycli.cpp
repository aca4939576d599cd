// The examples of issue 10, each with its exact input, run through the real `stepwise`
// executable: every one aborted with exit 134 (an uncaught nlohmann::json exception) before.
// Now each ends normally with a message that says what and where. Also: --sam refuses an OUT
// that is not YAML, a mock naming a state the definition lacks is reported, and `convert`
// never leaves a half-written or empty OUT.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

class TstReliabilityCli : public QObject
{
    Q_OBJECT

private slots:
    void issueExamples_data();
    void issueExamples();
    void limitsOnTheCommandLine();
    void samRefusesJsonOut();
    void convertKeepsOldOutOnFailure();
    void convertOfBrokenInputWritesNothing();
};

namespace {

const QString kData = QStringLiteral(STEPWISE_TEST_DATA "/reliability/");

struct Result
{
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out, err;
};

Result stepwise(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(kData);
    p.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"), args);
    if (!p.waitForStarted(10000))
        return {};
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus(), p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

void TstReliabilityCli::issueExamples_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says"); // on stdout or stderr
    auto row = [](const char *name, const QStringList &args, int code, const char *says) {
        QTest::newRow(name) << args << code << QString::fromUtf8(says);
    };
    using L = QStringList;
    const QString run = QStringLiteral("run"), validate = QStringLiteral("validate");
    row("run: Type is a number", L{run, QStringLiteral("type-number.asl.json")}, 1,
        "type-number.asl.json:1:35: error: \"Type\" must be a string.");
    row("run: Type is null", L{run, QStringLiteral("type-null.asl.json")}, 1,
        "type-null.asl.json:1:35: error: \"Type\" must be a string.");
    row("validate: 1e309 in a definition", L{validate, QStringLiteral("huge-number.asl.json")}, 1,
        "huge-number.asl.json:4:37: error: Invalid JSON: number overflow parsing '1e309'");
    row("convert: 1e309 in a definition",
        L{QStringLiteral("convert"), QStringLiteral("huge-number.asl.json"),
          QDir::tempPath() + QStringLiteral("/stepwise-never-written.fz")},
        1, "huge-number.asl.json:4:37: error: Invalid JSON: number overflow parsing '1e309'");
    row("run: 1e309 in a definition", L{run, QStringLiteral("huge-number.asl.json")}, 1,
        "huge-number.asl.json:4:37: error: Invalid JSON: number overflow parsing '1e309'");
    row("run: 1e309 in the execution input",
        L{run, QStringLiteral("pass.asl.json"), QStringLiteral("--input"),
          QStringLiteral("huge-input.json")},
        1, "huge-input.json:1:7: not valid JSON: number overflow parsing '1e309'");
    row("run: 1e309 in a callbacks script",
        L{run, QStringLiteral("callback.asl.json"), QStringLiteral("--callbacks"),
          QStringLiteral("callbacks-huge.json")},
        1, "callbacks-huge.json:1:25: not valid JSON: number overflow parsing '1e309'");
    row("run: 1e309 in a mock",
        L{run, QStringLiteral("charge.asl.json"), QStringLiteral("--mock-config"),
          QStringLiteral("mock-huge.json"), QStringLiteral("--test-case"), QStringLiteral("T")},
        1, "mock-huge.json:1:107: not valid JSON: number overflow parsing '1e309'");
    row("run: IntervalSeconds is a string",
        L{run, QStringLiteral("retry-interval-string.asl.json")}, 1,
        "\"IntervalSeconds\" must be an integer of at least 1.");
    row("run: BackoffRate is a string", L{run, QStringLiteral("retry-backoff-string.asl.json")}, 1,
        "\"BackoffRate\" must be a number of at least 1.");
    row("run: error name a number in a callbacks script",
        L{run, QStringLiteral("callback.asl.json"), QStringLiteral("--callbacks"),
          QStringLiteral("callbacks-error-number.json")},
        4,
        "the callback script's answer for 'Approve' is refused: \"failure\".\"error\" must be a "
        "string, not number");
    row("run: error name a number in a mock",
        L{run, QStringLiteral("charge.asl.json"), QStringLiteral("--mock-config"),
          QStringLiteral("mock-error-number.json"), QStringLiteral("--test-case"),
          QStringLiteral("T")},
        1,
        "mock-error-number.json: mocked response 'R'['0'].Throw.Error must be a string, not "
        "number");
    row("run: a mock names a state the definition lacks",
        L{run, QStringLiteral("charge.asl.json"), QStringLiteral("--mock-config"),
          QStringLiteral("mock-unknown-state.json"), QStringLiteral("--test-case"),
          QStringLiteral("T")},
        1,
        "mock-unknown-state.json: test case 'T' mocks the state 'Chrage', which the "
        "definition does not have");
}

void TstReliabilityCli::issueExamples()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const Result r = stepwise(args);
    QCOMPARE(r.status, QProcess::NormalExit); // never an abort
    QVERIFY2(r.out.contains(says) || r.err.contains(says), qPrintable(r.out + r.err));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/stepwise-never-written.fz")));
}

void TstReliabilityCli::limitsOnTheCommandLine()
{
    QTemporaryDir dir;
    // An execution input over 256 KiB: AWS's StartExecution refuses it, so does run.
    const QString input = dir.filePath(QStringLiteral("big-input.json"));
    {
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"s\": \"" + QByteArray(256 * 1024, 'x') + "\"}");
    }
    Result r = stepwise(
        {QStringLiteral("run"), QStringLiteral("pass.asl.json"), QStringLiteral("--input"), input});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("The execution input has a size exceeding the maximum "
                                           "number of bytes service limit (262144 bytes).")),
             qPrintable(r.err));
    // History events: AWS's 25,000 is the default; --max-events may raise it (long loops are
    // benchmarked locally) up to 100,000,000, and not beyond.
    r = stepwise({QStringLiteral("run"), QStringLiteral("pass.asl.json"),
                  QStringLiteral("--max-events"), QStringLiteral("100000001")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--max-events needs a valid value")), qPrintable(r.err));
    QCOMPARE(stepwise({QStringLiteral("run"), QStringLiteral("pass.asl.json"),
                       QStringLiteral("--max-events"), QStringLiteral("25000")})
                 .exitCode,
             0);
    // A file over 16 MiB is not read at all.
    const QString big = dir.filePath(QStringLiteral("big.asl.json"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize((16 << 20) + 1));
    }
    r = stepwise({QStringLiteral("run"), big});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the file is larger than 16 MiB")), qPrintable(r.err));
}

void TstReliabilityCli::samRefusesJsonOut()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.asl.json"));
    const Result r = stepwise({QStringLiteral("convert"), kData + QStringLiteral("pass.asl.json"),
                               out, QStringLiteral("--sam")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--sam writes YAML; name the output .yaml or .yml")),
             qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    const QString yaml = dir.filePath(QStringLiteral("x.sam.yaml"));
    QCOMPARE(stepwise({QStringLiteral("convert"), kData + QStringLiteral("pass.asl.json"), yaml,
                       QStringLiteral("--sam")})
                 .exitCode,
             0);
    QFile f(yaml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("AWS::Serverless::StateMachine"));
}

void TstReliabilityCli::convertKeepsOldOutOnFailure()
{
    // A full disk, simulated for the child alone with the file-size limit (which binds root
    // too): the old OUT stays, byte for byte, and no temporary file is left beside it.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("old.fz"));
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old content\n");
    }
    QProcess p;
    p.setChildProcessModifier([] {
        ::signal(SIGXFSZ, SIG_IGN); // fail the write (EFBIG) instead of killing the process
        rlimit tiny{16, 16};
        ::setrlimit(RLIMIT_FSIZE, &tiny);
    });
    p.start(QStringLiteral(STEPWISE_BIN_DIR "/stepwise"),
            {QStringLiteral("convert"), kData + QStringLiteral("callback.asl.json"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("Cannot save the file"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old content\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.fz")});
}

void TstReliabilityCli::convertOfBrokenInputWritesNothing()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.fz"));
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept\n");
    }
    const Result r =
        stepwise({QStringLiteral("convert"), kData + QStringLiteral("huge-number.asl.json"), out});
    QCOMPARE(r.exitCode, 1);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("kept\n"));
}

QTEST_MAIN(TstReliabilityCli)
#include "tst_reliabilitycli.moc"
