#include "fz/fzreader.h"
#include "fz/fzwriter.h"
#include "workflow.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace stepwise;

namespace {

QList<QByteArray> inputFiles()
{
    QStringList dirs{QStringLiteral(STEPWISE_TEST_DATA "/fz")};
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (!shared.isEmpty())
        dirs << shared + QStringLiteral("/corpus/fz");
    else
        qInfo("STEPWISE_SHARED is not set: the shared corpus rows are skipped; own data only.");
    QList<QByteArray> out;
    for (const QString &d : dirs) {
        const QDir dir(d);
        for (const QString &f : dir.entryList({QStringLiteral("*.fz")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                out << file.readAll();
        }
    }
    return out;
}

// What a diagram shows, independent of text and of entity order.
QStringList structure(const WorkflowData &d)
{
    QStringList out;
    auto fz = [&](Id id) {
        const Node *n = d.node(id);
        return n ? n->fzId : QStringLiteral("?");
    };
    for (const Lane &l : d.lanes)
        out << QStringLiteral("lane|%1|%2").arg(l.key, l.title);
    for (const Node &n : d.nodes) {
        const Lane *l = d.lane(n.lane);
        out << QStringLiteral("node|%1|%2|%3|%4|%5|%6|%7|%8")
                   .arg(n.fzId, l ? l->key : QString(), shapeName(n.shape), n.label,
                        n.hasLabel ? QStringLiteral("L") : QString(), n.owner, n.description,
                        n.system);
    }
    for (const Edge &e : d.edges)
        out << QStringLiteral("edge|%1|%2|%3|%4|%5|%6")
                   .arg(fz(e.from), sideName(e.fromSide), fz(e.to), sideName(e.toSide), e.label,
                        e.hasLabel ? QStringLiteral("L") : QString());
    for (const Loop &l : d.loops) {
        QString ids;
        for (Id n : l.nodes)
            ids += QLatin1Char(' ') + fz(n);
        out << QStringLiteral("loop|%1|%2").arg(l.condition, ids);
    }
    out.sort();
    return out;
}

QString show(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding(" {}[]():.\"/#|-_>=", "%"));
}

// The reader's contract on any input, and the writer's on whatever the reader accepts.
bool survives(const QByteArray &bytes, QString *why)
{
    const FzReader::Result r = FzReader::read(bytes);
    if (r.document.has_value() == hasErrors(r.diagnostics))
        return *why = QStringLiteral("document and errors together (or neither)"), false;
    const int lines = int(bytes.count('\n')) + 1;
    for (const Diagnostic &d : r.diagnostics)
        if (d.line < 1 || d.line > lines || d.column < 1 || d.message.isEmpty() ||
            !d.code.startsWith(QLatin1String("FZ_")))
            return *why = QStringLiteral("bad diagnostic: ") + d.format({}), false;
    if (!r.document)
        return true;
    const FzWriter::Result w = FzWriter::write(*r.document);
    if (!w.ok || w.bytes != bytes)
        return *why = QStringLiteral("unedited write differs"), false;

    // Edit through the document's one mutation path, then the written text must read back as
    // the same diagram.
    Workflow wf(*r.document);
    if (!wf.data().nodes.empty())
        wf.setNodeLabel(wf.data().nodes.front().id, QStringLiteral("edited 编辑"));
    if (!wf.data().edges.empty())
        wf.setEdgeLabel(wf.data().edges.back().id, QStringLiteral("e"));
    if (!wf.data().lanes.empty())
        wf.setLaneTitle(wf.data().lanes.front().id, QStringLiteral("Retitled"));
    if (wf.data().nodes.size() >= 2)
        wf.addLoop(QStringLiteral("again"),
                   {wf.data().nodes.back().id, wf.data().nodes.front().id});
    const FzWriter::Result edited = FzWriter::write(wf.data());
    if (!edited.ok)
        return *why =
                   QStringLiteral("edited write refused: ") + edited.diagnostics.value(0).message,
               false;
    const FzReader::Result again = FzReader::read(edited.bytes);
    if (!again.document)
        return *why = QStringLiteral("edited text does not read back: ") +
                      again.diagnostics.value(0).format({}) + QLatin1Char('\n') +
                      QString::fromUtf8(edited.bytes),
               false;
    if (structure(*again.document) != structure(wf.data()))
        return *why = QStringLiteral("edited text reads back as another diagram"), false;
    return true;
}

QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype nl = bytes.indexOf('\n', start);
        const qsizetype end = nl < 0 ? bytes.size() : nl + 1;
        lines << bytes.mid(start, end - start);
        start = end;
    }
    return lines;
}

} // namespace

class TestFzFuzz : public QObject
{
    Q_OBJECT
private slots:
    void everyPrefix_data();
    void everyPrefix();
    void randomEdits_data();
    void randomEdits();
};

void TestFzFuzz::everyPrefix_data()
{
    QTest::addColumn<QByteArray>("file");
    const QList<QByteArray> files = inputFiles();
    QVERIFY(files.size() >= 6);
    for (int i = 0; i < files.size(); ++i)
        QTest::newRow(qPrintable(QStringLiteral("file %1").arg(i))) << files[i];
}

void TestFzFuzz::everyPrefix()
{
    QFETCH(QByteArray, file);
    for (qsizetype n = 0; n <= file.size(); ++n) {
        QString why;
        const QByteArray prefix = file.left(n);
        QVERIFY2(
            survives(prefix, &why),
            qPrintable(QStringLiteral("prefix of %1 bytes: %2\n%3").arg(n).arg(why, show(prefix))));
    }
}

void TestFzFuzz::randomEdits_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 8; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestFzFuzz::randomEdits()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const QList<QByteArray> files = inputFiles();
    QList<QByteArray> pool; // lines of every file, to insert elsewhere
    for (const QByteArray &f : files)
        pool << splitLines(f);
    static const QByteArray junk[] = {
        "}",    "{",  "\"",     "[", "]",      "->",           ".handle(",         "//",
        "#",    "\r", "\t",     "n", "loop [", "\xe5\xbc\x80", "\xf0\x9f\x9a\x80", "\xff",
        "\x01", " ",  "label=", ":"};
    const int rounds = 500;
    for (int round = 0; round < rounds; ++round) {
        QList<QByteArray> lines = splitLines(files[int(rng.bounded(qsizetype(files.size())))]);
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = lines.isEmpty() ? 0 : int(rng.bounded(qsizetype(lines.size())));
            switch (rng.bounded(6)) {
            case 0: // insert a line from anywhere
                lines.insert(at, pool[int(rng.bounded(qsizetype(pool.size())))]);
                break;
            case 1: // delete a line
                if (!lines.isEmpty())
                    lines.removeAt(at);
                break;
            case 2: // replace a line
                if (!lines.isEmpty())
                    lines[at] = pool[int(rng.bounded(qsizetype(pool.size())))];
                break;
            case 3: // duplicate a line
                if (!lines.isEmpty())
                    lines.insert(at, lines[at]);
                break;
            case 4: // put a lexical fragment into a line
                if (!lines.isEmpty()) {
                    QByteArray &l = lines[at];
                    l.insert(rng.bounded(l.size() + 1),
                             junk[rng.bounded(int(sizeof(junk) / sizeof(junk[0])))]);
                }
                break;
            default: // delete a few bytes of a line
                if (!lines.isEmpty() && !lines[at].isEmpty()) {
                    QByteArray &l = lines[at];
                    const qsizetype from = rng.bounded(l.size());
                    l.remove(from, 1 + rng.bounded(qMin<qsizetype>(4, l.size() - from)));
                }
                break;
            }
        }
        const QByteArray text = lines.join();
        QString why;
        QVERIFY2(survives(text, &why), qPrintable(QStringLiteral("seed %1 round %2: %3\n%4")
                                                      .arg(seed)
                                                      .arg(round)
                                                      .arg(why, show(text))));
    }
}

QTEST_GUILESS_MAIN(TestFzFuzz)
#include "tst_fzfuzz.moc"
