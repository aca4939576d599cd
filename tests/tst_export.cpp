#include "diagramprinter.h"
#include "export/diagramexporter.h"
#include "mainwindow.h"
#include "scene/diagramscene.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QPrinter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace stepwise;

// Export of the diagram as the window does it: sizes, scales, transparency, formats, failures.
class TestExport : public QObject
{
    Q_OBJECT

    WindowTestSettings m_settings;
private slots:
    void initTestCase();
    void pngScalesExactly();
    void transparentCorner();
    void svgIsValid();
    void pdfHasHeaderAndOnePage();
    void selectionIsSmallerThanWhole();
    void failureLeavesTargetUntouched();
    void printsToPdf();

private:
    QString out(const QString &name) const { return m_tmp.filePath(name); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void openSeed(MainWindow &w)
    {
        w.setMessageHook([this](QMessageBox::Icon, const QString &, const QString &text) {
            m_messages << text;
        });
        QVERIFY(w.openTemplate(MainWindow::seedTemplate()));
    }

    QTemporaryDir m_tmp;
    QStringList m_messages;
};

void TestExport::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY(m_settings.apply("tst_export"));
}

void TestExport::pngScalesExactly()
{
    MainWindow w;
    openSeed(w);
    const QRectF whole = w.scene()->sceneRect();
    QVERIFY(w.exportTo(out(QStringLiteral("one.png")), 1));
    QVERIFY(w.exportTo(out(QStringLiteral("two.png")), 2));
    QVERIFY(w.exportTo(out(QStringLiteral("four.png")), 4));
    const QImage one(out(QStringLiteral("one.png"))), two(out(QStringLiteral("two.png")));
    const QImage four(out(QStringLiteral("four.png")));
    QVERIFY(!one.isNull() && !two.isNull() && !four.isNull());
    QCOMPARE(one.width(), qCeil(whole.width()));
    QCOMPARE(one.height(), qCeil(whole.height()));
    QCOMPARE(two.size(), one.size() * 2);
    QCOMPARE(four.size(), one.size() * 4);
    QCOMPARE(qint64(two.width()) * two.height(), 4 * qint64(one.width()) * one.height());
    // Not blank: the lanes and states are drawn.
    QSet<QRgb> colours;
    for (int x = 0; x < one.width(); x += 7)
        colours.insert(one.pixel(x, one.height() / 2));
    QVERIFY(colours.size() > 5);
    QVERIFY(m_messages.isEmpty());
}

void TestExport::transparentCorner()
{
    MainWindow w;
    openSeed(w);
    QVERIFY(w.exportTo(out(QStringLiteral("clear.png")), 1, true));
    QVERIFY(w.exportTo(out(QStringLiteral("opaque.png")), 1, false));
    const QImage clear(out(QStringLiteral("clear.png"))), opaque(out(QStringLiteral("opaque.png")));
    QVERIFY(clear.hasAlphaChannel());
    QCOMPARE(qAlpha(clear.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(clear.pixel(clear.width() - 1, clear.height() - 1)), 0);
    QCOMPARE(qAlpha(opaque.pixel(0, 0)), 255);
    // The lanes themselves stay opaque.
    QCOMPARE(qAlpha(clear.pixel(clear.width() / 2, clear.height() / 2)), 255);
}

void TestExport::svgIsValid()
{
    MainWindow w;
    openSeed(w);
    const QString path = out(QStringLiteral("seed.svg"));
    QVERIFY(w.exportTo(path));
    const QByteArray svg = read(path);
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts >= 17); // a label per state at least, kept as text
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBox().size(), DiagramExporter::pixelSize(w.scene()->sceneRect(), 1));
    QVERIFY(svg.contains("Order Type?"));
}

void TestExport::pdfHasHeaderAndOnePage()
{
    MainWindow w;
    openSeed(w);
    const QString path = out(QStringLiteral("seed.pdf"));
    QVERIFY(w.exportTo(path));
    const QByteArray pdf = read(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "),
             qsizetype(1));
    QVERIFY(pdf.size() > 5000);
}

void TestExport::selectionIsSmallerThanWhole()
{
    MainWindow w;
    openSeed(w);
    // Nothing selected: refused with a message, nothing written.
    QVERIFY(!w.exportTo(out(QStringLiteral("none.png")), 1, false, true));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("none.png"))));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(w.selectState(QStringLiteral("Order Type?")));
    QVERIFY(w.exportTo(out(QStringLiteral("part.png")), 2, false, true));
    const QImage part(out(QStringLiteral("part.png")));
    const QSize whole = DiagramExporter::pixelSize(w.scene()->sceneRect(), 2);
    QVERIFY(!part.isNull());
    QVERIFY(part.width() < whole.width() / 4);
    QVERIFY(part.height() < whole.height());
    QVERIFY(part.width() > 100); // the diamond and its margin
}

void TestExport::failureLeavesTargetUntouched()
{
    MainWindow w;
    openSeed(w);
    const QString path = out(QStringLiteral("keep.png"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
    }
    ExportOptions bad;
    bad.scale = 0;
    const DiagramExporter::Result r = DiagramExporter::write(path, w.scene(), bad);
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("scale")));
    QCOMPARE(read(path), QByteArray("precious"));
    // An unknown type and a folder that does not exist: clear messages, nothing written.
    QVERIFY(!w.exportTo(out(QStringLiteral("diagram.bmp"))));
    QVERIFY(!QFileInfo::exists(out(QStringLiteral("diagram.bmp"))));
    QVERIFY(m_messages.last().contains(QLatin1String(".png, .svg or .pdf")));
    QVERIFY(!w.exportTo(out(QStringLiteral("missing/diagram.png"))));
    QVERIFY(m_messages.last().contains(QLatin1String("missing/diagram.png")));
}

void TestExport::printsToPdf()
{
    MainWindow w;
    openSeed(w);
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = out(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    QVERIFY(DiagramPrinter::print(&printer, w.scene(), DiagramExporter::wholeRect(w.scene())));
    QVERIFY(read(path).startsWith("%PDF-"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
