// The model's readers on hostile input: JSON numbers beyond a double and deep nesting get a
// placed diagnostic (not an exception), wrong types in a project file are refused, the
// FlowZap label and file-size limits hold, and no path inside a .stepwise file is followed.

#include "asl/aslreader.h"
#include "documentio.h"
#include "fz/fzreader.h"
#include "jsontext.h"
#include "project/projectreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace stepwise;

class TstReliabilityModel : public QObject
{
    Q_OBJECT

private slots:
    void jsonText_data();
    void jsonText();
    void aslReaderPlacesNumberOverflow();
    void aslReaderRefusesDeepYaml();
    void aslReaderRefusesDeepDefinition();
    void aslReaderRefusesAliasBomb();
    void projectWrongTypes_data();
    void projectWrongTypes();
    void projectPathsAreNotFollowed();
    void fzLabelLimit();
    void fileSizeLimit();
};

void TstReliabilityModel::jsonText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("error"); // empty: parses
    QTest::newRow("ordinary") << QByteArray("{\"a\": [1, 2]}") << 0 << 0 << QString();
    QTest::newRow("1e309") << QByteArray("{\n\"a\": 1e309}") << 2 << 6
                           << "number overflow parsing '1e309'";
    QTest::newRow("deep") << (QByteArray(513, '[') + QByteArray(513, ']')) << 1 << 513
                          << "nested more than 512 levels deep";
    // Columns count characters, as the editor does: "é" is two bytes but one column.
    QTest::newRow("column in characters")
        << QByteArray("{\"\xc3\xa9\": 1e309}") << 1 << 7 << "number overflow parsing '1e309'";
}

void TstReliabilityModel::jsonText()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, error);
    OrderedJson out;
    const json_text::Result r =
        json_text::parse(std::string_view(text.constData(), size_t(text.size())), out);
    QCOMPARE(r.ok, error.isEmpty());
    QCOMPARE(QString::fromStdString(r.error), error);
    QCOMPARE(r.line, line);
    QCOMPARE(r.column, column);
}

void TstReliabilityModel::aslReaderPlacesNumberOverflow()
{
    const AslReader::Result r = AslReader::readJson(
        "{\"StartAt\": \"A\",\n \"States\": {\"A\": {\"Type\": \"Pass\", \"Result\": -1e999, "
        "\"End\": true}}}");
    QVERIFY(!r.document);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].line, 2);
    QCOMPARE(r.diagnostics[0].column, 45);
    QCOMPARE(r.diagnostics[0].message,
             QStringLiteral("Invalid JSON: number overflow parsing '-1e999'"));
}

void TstReliabilityModel::aslReaderRefusesDeepYaml()
{
    // yaml-cpp parses recursively: a deep flow sequence must be refused, not overflow the stack.
    const AslReader::Result r = AslReader::readYaml(QByteArray(100000, '['));
    QVERIFY(!r.document);
    QVERIFY(!r.diagnostics.isEmpty());
}

void TstReliabilityModel::aslReaderRefusesDeepDefinition()
{
    // Within JSON's 512 levels, a definition deeper than AslValidator::maxDepth (200) is
    // refused as a whole with ASL_TOO_DEEP, so that no later recursive walk can exhaust the
    // stack; the README's Limits table names it.
    auto definition = [](int levels) {
        QByteArray nested = "1";
        for (int i = 0; i < levels; ++i)
            nested = "{\"a\": " + nested + "}";
        return "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true, "
               "\"Result\": " +
               nested + "}}}";
    };
    const AslReader::Result fits = AslReader::readJson(definition(190));
    QVERIFY(fits.document);
    const AslReader::Result deep = AslReader::readJson(definition(210));
    QVERIFY(!deep.document);
    QCOMPARE(deep.diagnostics.size(), 1);
    QCOMPARE(deep.diagnostics.front().code, QStringLiteral("ASL_TOO_DEEP"));
    QCOMPARE(deep.diagnostics.front().message,
             QStringLiteral("The definition is nested more than 200 levels deep."));
}

void TstReliabilityModel::aslReaderRefusesAliasBomb()
{
    // Nine levels of nine aliases: 387 million values from ten lines, refused with a place.
    QByteArray yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 10; ++i) {
        const QByteArray prev = "*a" + QByteArray::number(i - 1);
        yaml += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int k = 0; k < 9; ++k)
            yaml += (k ? ", " : "") + prev;
        yaml += "]\n";
    }
    QElapsedTimer timer;
    timer.start();
    const AslReader::Result r = AslReader::readYaml(yaml);
    QVERIFY(timer.elapsed() < 20000);
    QVERIFY(!r.document);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].message,
             QStringLiteral("Invalid YAML: the document expands to more than 1000000 values "
                            "(aliases?)"));
    QVERIFY(r.diagnostics[0].line >= 1);
}

void TstReliabilityModel::projectWrongTypes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("version a string") << QByteArray(R"({"format":"stepwise","version":"1"})");
    QTest::newRow("version 1e309") << QByteArray(R"({"format":"stepwise","version":1e309})");
    QTest::newRow("document a number")
        << QByteArray(R"({"format":"stepwise","version":1,"document":5})");
    QTest::newRow("format a number") << QByteArray(R"({"format":5,"version":1})");
}

void TstReliabilityModel::projectWrongTypes()
{
    QFETCH(QByteArray, bytes);
    const ProjectReader::Result r = ProjectReader::read(bytes);
    QVERIFY(!r.document);
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(r.diagnostics[0].line >= 1);
}

void TstReliabilityModel::projectPathsAreNotFollowed()
{
    // A project holds the document itself, never a reference to another file: strings that
    // look like paths stay text, and reading opens nothing but the bytes it is given.
    QFile project(QStringLiteral(STEPWISE_TEST_DATA "/project/diagram-v1.stepwise"));
    QVERIFY(project.open(QIODevice::ReadOnly));
    QByteArray bytes = project.readAll();
    bytes.replace("\"format\"", "\"include\": \"../../../../etc/passwd\", \"format\"");
    const ProjectReader::Result r = ProjectReader::read(bytes);
    QVERIFY(r.document);
    for (const auto &n : r.document->nodes)
        QVERIFY(!n.label.contains(QStringLiteral("root:")));
}

void TstReliabilityModel::fzLabelLimit()
{
    auto doc = [](int length) {
        return "lane1 { # L\nn1: rectangle label:\"" + QByteArray(length, 'x') + "\"\n}\n";
    };
    const FzReader::Result ok = FzReader::read(doc(1000));
    QVERIFY(ok.document);
    for (const auto &d : ok.diagnostics)
        QVERIFY(d.code != QStringLiteral("FZ_LABEL_TOO_LONG"));
    const FzReader::Result tooLong = FzReader::read(doc(1001));
    bool found = false;
    for (const auto &d : tooLong.diagnostics)
        if (d.code == QStringLiteral("FZ_LABEL_TOO_LONG")) {
            found = true;
            QVERIFY(d.isError());
            QCOMPARE(d.message, QStringLiteral("The label has 1001 characters; at most 1000 are "
                                               "accepted."));
        }
    QVERIFY(found);
}

void TstReliabilityModel::fileSizeLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.asl.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(DocumentIo::maxFileBytes + 1));
    f.close();
    const DocumentIo::ReadResult r = DocumentIo::readFile(path);
    QVERIFY(!r.document);
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].code, QStringLiteral("FILE_TOO_LARGE"));
    QCOMPARE(r.diagnostics[0].message,
             QStringLiteral("The file is larger than 16 MiB; it is not opened."));
}

QTEST_APPLESS_MAIN(TstReliabilityModel)
#include "tst_reliabilitymodel.moc"
