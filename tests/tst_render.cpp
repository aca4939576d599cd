#include "export/diagramexporter.h"
#include "rendercommand.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace stepwise;

// `stepwise render`: every format the app opens, every corpus file, the real binary with no
// display, and broken input that leaves the output alone.
class TestRender : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rendersEveryFile_data();
    void rendersEveryFile();
    void binaryWorksWithoutDisplay_data();
    void binaryWorksWithoutDisplay();
    void scaleDoublesPixels();
    void brokenInputKeepsOutput();
    void usageErrors_data();
    void usageErrors();
    void helpMentionsRender();

private:
    struct Result
    {
        int status = -1;
        QString out, err;
    };
    static Result stepwise(const QStringList &args);
    static Result inProcess(const QStringList &args);
    static QString data(const QString &path)
    {
        return QStringLiteral(STEPWISE_TEST_DATA "/") + path;
    }
    static QString seed()
    {
        return QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates/"
                                                 "seed-step-functions-orchestration.fz");
    }

    QTemporaryDir m_tmp;
};

TestRender::Result TestRender::stepwise(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
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

TestRender::Result TestRender::inProcess(const QStringList &args)
{
    Result r;
    QTextStream out(&r.out), err(&r.err);
    r.status = RenderCommand::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

void TestRender::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(STEPWISE_BIN_DIR "/stepwise")));
}

void TestRender::rendersEveryFile_data()
{
    QTest::addColumn<QString>("file");
    // The project's own files: one of every format the app opens.
    for (const QString &f :
         {QStringLiteral("app/small.fz"), QStringLiteral("app/zh-approval.fz"),
          QStringLiteral("app/unreachable.asl.json"), QStringLiteral("asl/diagram.asl.json"),
          QStringLiteral("asl/diagram.asl.yaml"), QStringLiteral("runtime/cli/hello.asl.yaml"),
          QStringLiteral("project/diagram-v1.stepwise")})
        QTest::newRow(qPrintable(f)) << data(f);
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty()) {
        QTest::newRow("corpus") << QString();
        return;
    }
    for (const char *folder : {"corpus/fz", "corpus/asl"}) {
        const QDir dir(shared + QLatin1Char('/') + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(QLatin1String(folder) + QLatin1Char('/') + name))
                << dir.filePath(name);
    }
}

void TestRender::rendersEveryFile()
{
    QFETCH(QString, file);
    if (file.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the corpus files are not rendered");
    const QString png = m_tmp.filePath(QStringLiteral("out.png"));
    QFile::remove(png);
    const Result r = inProcess({file, png});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Plausible: at least a lane with a state in it, and not absurdly large.
    QVERIFY2(image.width() >= 150 && image.height() >= 60,
             qPrintable(QStringLiteral("%1x%2").arg(image.width()).arg(image.height())));
    QVERIFY(image.width() < 40000 && image.height() < 40000);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 5)
        colours.insert(image.pixel(image.width() / 3, y));
    QVERIFY(colours.size() >= 2);
}

void TestRender::binaryWorksWithoutDisplay_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("png dark 2x transparent")
        << QStringLiteral("seed.png")
        << QStringList{QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--theme"),
                       QStringLiteral("dark"), QStringLiteral("--transparent")};
    QTest::newRow("svg") << QStringLiteral("seed.svg") << QStringList();
    QTest::newRow("pdf") << QStringLiteral("seed.pdf")
                         << QStringList{QStringLiteral("--theme"), QStringLiteral("light")};
}

void TestRender::binaryWorksWithoutDisplay()
{
    QFETCH(QString, name);
    QFETCH(QStringList, options);
    const QString path = m_tmp.filePath(name);
    const Result r = stepwise(QStringList{QStringLiteral("render"), seed(), path} + options);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    switch (DiagramExporter::formatForPath(path)) {
    case DiagramExporter::Format::Png: {
        const QImage image = QImage::fromData(bytes);
        QVERIFY(image.width() > 4000); // 2x of a diagram about 2,700 pixels wide
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        // Dark theme: the middle of a lane band is dark.
        QVERIFY(QColor(image.pixel(image.width() / 2, image.height() / 2)).lightness() < 100);
        break;
    }
    case DiagramExporter::Format::Svg:
        QVERIFY(QSvgRenderer(bytes).isValid());
        QVERIFY(bytes.contains("Approved?"));
        break;
    case DiagramExporter::Format::Pdf:
        QVERIFY(bytes.startsWith("%PDF-"));
        break;
    case DiagramExporter::Format::Unknown:
        QFAIL("unexpected type");
    }
}

void TestRender::scaleDoublesPixels()
{
    const QString one = m_tmp.filePath(QStringLiteral("s1.png")),
                  two = m_tmp.filePath(QStringLiteral("s2.png"));
    QCOMPARE(inProcess({data(QStringLiteral("app/zh-approval.fz")), one}).status, 0);
    QCOMPARE(inProcess({data(QStringLiteral("app/zh-approval.fz")), two, QStringLiteral("--scale"),
                        QStringLiteral("2")})
                 .status,
             0);
    QCOMPARE(QImage(two).size(), QImage(one).size() * 2);
}

void TestRender::brokenInputKeepsOutput()
{
    const QString path = m_tmp.filePath(QStringLiteral("kept.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old picture");
    }
    const Result r =
        stepwise({QStringLiteral("render"), data(QStringLiteral("app/broken.fz")), path});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QLatin1String("broken.fz:3:5: error: ")), qPrintable(r.err));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("old picture"));
    // A missing input and an unknown output type: exit 1 with a message naming the file.
    const Result missing = inProcess({m_tmp.filePath(QStringLiteral("nope.fz")), path});
    QCOMPARE(missing.status, 1);
    QVERIFY(missing.err.contains(QLatin1String("nope.fz")));
    const Result type = inProcess({seed(), m_tmp.filePath(QStringLiteral("x.gif"))});
    QCOMPARE(type.status, 1);
    QVERIFY(type.err.contains(QLatin1String("x.gif")));
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x.gif"))));
}

void TestRender::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("o.png");
    QTest::newRow("no files") << QStringList() << QStringLiteral("input and an output");
    QTest::newRow("one file") << QStringList{seed()} << QStringLiteral("input and an output");
    QTest::newRow("bad scale") << QStringList{seed(), out, QStringLiteral("--scale"),
                                              QStringLiteral("big")}
                               << QStringLiteral("--scale");
    QTest::newRow("zero scale") << QStringList{seed(), out, QStringLiteral("--scale"),
                                               QStringLiteral("0")}
                                << QStringLiteral("--scale");
    QTest::newRow("scale no value")
        << QStringList{seed(), out, QStringLiteral("--scale")} << QStringLiteral("needs a value");
    QTest::newRow("bad theme") << QStringList{seed(), out, QStringLiteral("--theme"),
                                              QStringLiteral("pink")}
                               << QStringLiteral("light or dark");
    QTest::newRow("unknown option")
        << QStringList{seed(), out, QStringLiteral("--fast")} << QStringLiteral("--fast");
}

void TestRender::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Result r = inProcess(args);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(QStringLiteral("o.png")));
}

void TestRender::helpMentionsRender()
{
    const Result help = stepwise({QStringLiteral("--help")});
    QCOMPARE(help.status, 0);
    QVERIFY(help.out.contains(QLatin1String("render IN OUT")));
    const Result own = stepwise({QStringLiteral("render"), QStringLiteral("--help")});
    QCOMPARE(own.status, 0);
    QVERIFY(own.out.contains(QLatin1String("--transparent")));
}

QTEST_MAIN(TestRender)
#include "tst_render.moc"
