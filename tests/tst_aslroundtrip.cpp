#include "asl/aslwriter.h"
#include "documentio.h"

#include <QDir>
#include <QtTest>

using namespace stepwise;

// Every real definition of the shared corpus, opened and saved without edits, must come back
// deep-equal with the same key order, through ASL JSON, through YAML and through .stepwise.
class TestAslRoundTrip : public QObject
{
    Q_OBJECT

private:
    static QString corpusDir()
    {
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        return shared.isEmpty() ? QString() : shared + QStringLiteral("/corpus/asl");
    }
    static void corpusRows()
    {
        QTest::addColumn<QString>("path");
        const QString dir = corpusDir();
        const QStringList files =
            QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir + QLatin1Char('/') + f;
    }
    static QByteArray load(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static OrderedJson parse(const QByteArray &b)
    {
        return OrderedJson::parse(b.constData(), b.constData() + b.size());
    }
// QSKIP returns from the function it is in, so it stands in each _data() function: skipping
// there skips every row of the test.
#define SKIP_WITHOUT_SHARED()                                                                      \
    if (corpusDir().isEmpty())                                                                     \
        QSKIP("STEPWISE_SHARED is not set: the ASL corpus round trip is skipped");

private slots:
    void corpusHasFiles()
    {
        SKIP_WITHOUT_SHARED();
        QCOMPARE(QDir(corpusDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 118);
    }

    void jsonRoundTrip_data()
    {
        SKIP_WITHOUT_SHARED();
        corpusRows();
    }
    void jsonRoundTrip()
    {
        QFETCH(QString, path);
        const QByteArray input = load(path);
        const DocumentIo::ReadResult read = DocumentIo::read(input, DocumentIo::Format::AslJson);
        QVERIFY2(read.document, qPrintable(read.diagnostics.value(0).format(path)));
        const DocumentIo::WriteResult written =
            DocumentIo::write(*read.document, DocumentIo::Format::AslJson);
        QVERIFY(written.ok);
        const OrderedJson expected = parse(input);
        const OrderedJson actual = parse(written.bytes);
        // ordered_json compares objects member by member in order: deep-equal and same order.
        QVERIFY(actual == expected);
        // 2-space indentation, UTF-8 unescaped.
        QCOMPARE(written.bytes, QByteArray::fromStdString(expected.dump(2, ' ', false) + "\n"));
        QVERIFY(AslWriter::toJson(*read.document) == expected);
    }

    void yamlRoundTrip_data()
    {
        SKIP_WITHOUT_SHARED();
        corpusRows();
    }
    void yamlRoundTrip()
    {
        QFETCH(QString, path);
        const QByteArray input = load(path);
        const auto read = DocumentIo::read(input, DocumentIo::Format::AslJson);
        QVERIFY(read.document);
        const auto yaml = DocumentIo::write(*read.document, DocumentIo::Format::AslYaml);
        QVERIFY(yaml.ok);
        const auto back = DocumentIo::read(yaml.bytes, DocumentIo::Format::AslYaml);
        QVERIFY2(back.document, qPrintable(back.diagnostics.value(0).format(path)));
        QVERIFY(AslWriter::toJson(*back.document) == parse(input));
    }

    void projectRoundTrip_data()
    {
        SKIP_WITHOUT_SHARED();
        corpusRows();
    }
    void projectRoundTrip()
    {
        QFETCH(QString, path);
        const QByteArray input = load(path);
        const auto read = DocumentIo::read(input, DocumentIo::Format::AslJson);
        QVERIFY(read.document);
        const auto project = DocumentIo::write(*read.document, DocumentIo::Format::Project);
        QVERIFY(project.ok);
        const auto back = DocumentIo::read(project.bytes, DocumentIo::Format::Project);
        QVERIFY2(back.document, qPrintable(back.diagnostics.value(0).format(path)));
        const auto again = DocumentIo::write(*back.document, DocumentIo::Format::AslJson);
        QVERIFY(again.ok);
        QVERIFY(parse(again.bytes) == parse(input));
    }
};

QTEST_GUILESS_MAIN(TestAslRoundTrip)
#include "tst_aslroundtrip.moc"
