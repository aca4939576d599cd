#include "codeview/codepane.h"
#include "codeview/codeview.h"
#include "documentio.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using namespace stepwise;

namespace {

const char *definition = R"({
  "Comment": "Code view test",
  "StartAt": "Greet",
  "States": {
    "Greet": {
      "Type": "Pass",
      "Result": "hello",
      "Next": "Wait a bit"
    },
    "Wait a bit": {
      "Type": "Wait",
      "Seconds": 5,
      "End": true
    }
  }
})";

QByteArray written(const Workflow &doc, DocumentIo::Format format)
{
    return DocumentIo::write(doc.data(), format).bytes;
}

int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(needle))
            return i + 1;
    return 0;
}

// Replaces the editor's text as a user would: select all, then type it (newlines as Return).
void typeText(QPlainTextEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines[i]);
    }
}

// WCAG contrast ratio, worked out here rather than taken from the code under test.
double contrastRatio(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteOf(QColor base, QColor text, QColor highlight)
{
    QPalette p;
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Highlight, highlight);
    return p;
}

} // namespace

class TstCodeView : public QObject
{
    Q_OBJECT
    Workflow *m_doc = nullptr;
    QUndoStack *m_undo = nullptr;
    SelectionModel *m_selection = nullptr;
    CodeView *m_view = nullptr;

    Id stateId(const char *name) const
    {
        const Node *n = m_doc->data().nodeByStateName(QString::fromUtf8(name));
        return n ? n->id : NoId;
    }

private slots:
    void init()
    {
        auto r = DocumentIo::read(QByteArray(definition), DocumentIo::Format::AslJson);
        QVERIFY(r.document);
        m_doc = new Workflow(*r.document);
        m_undo = new QUndoStack;
        m_selection = new SelectionModel;
        m_view = new CodeView(m_doc, m_undo, m_selection);
        m_view->resize(700, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowActive(m_view));
    }
    void cleanup()
    {
        delete m_view;
        delete m_undo;
        delete m_selection;
        delete m_doc;
    }

    void showsTheDocumentInEveryLanguage()
    {
        QCOMPARE(m_view->count(), 3);
        QCOMPARE(m_view->flowZap()->editor()->toPlainText().toUtf8(),
                 written(*m_doc, DocumentIo::Format::FlowZap));
        m_view->setCurrentIndex(2);
        QCOMPARE(m_view->aslYaml()->editor()->toPlainText().toUtf8(),
                 written(*m_doc, DocumentIo::Format::AslYaml));
        m_view->setCurrentIndex(1);
        QCOMPARE(m_view->aslJson()->editor()->toPlainText().toUtf8(),
                 written(*m_doc, DocumentIo::Format::AslJson));
    }

    void validEditIsOneUndoStep()
    {
        m_view->setCurrentIndex(1);
        CodePane *pane = m_view->aslJson();
        const QByteArray before = written(*m_doc, DocumentIo::Format::AslJson);
        const QByteArray fzBefore = written(*m_doc, DocumentIo::Format::FlowZap);
        QString text = pane->editor()->toPlainText();
        text.replace(QStringLiteral("\"Seconds\": 5"), QStringLiteral("\"Seconds\": 42"));
        typeText(pane->editor(), text);
        QCOMPARE(m_undo->count(), 0); // nothing applied while typing
        QTest::keyClick(pane->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_doc->data()
                     .nodeByStateName(QStringLiteral("Wait a bit"))
                     ->asl.fields["Seconds"]
                     .get<int>(),
                 42);
        QVERIFY(!pane->isDirty());
        m_undo->undo();
        QCOMPARE(written(*m_doc, DocumentIo::Format::AslJson), before);
        QCOMPARE(written(*m_doc, DocumentIo::Format::FlowZap), fzBefore);
        QTRY_COMPARE(pane->editor()->toPlainText().toUtf8(), before);
        m_undo->redo();
        QCOMPARE(m_doc->data()
                     .nodeByStateName(QStringLiteral("Wait a bit"))
                     ->asl.fields["Seconds"]
                     .get<int>(),
                 42);
    }

    void pauseAppliesTheText()
    {
        m_view->setCurrentIndex(1);
        CodePane *pane = m_view->aslJson();
        pane->setDebounce(30);
        QTextCursor c = pane->editor()->document()->find(QStringLiteral("hello"));
        QVERIFY(!c.isNull());
        pane->editor()->setFocus();
        pane->editor()->setTextCursor(c);
        QTest::keyClicks(pane->editor(), QStringLiteral("bye"));
        QTRY_COMPARE(m_undo->count(), 1);
        QVERIFY(m_doc->data().nodeByStateName(QStringLiteral("Greet"))->asl.fields["Result"] ==
                OrderedJson("bye"));
    }

    void invalidEditChangesNothingAndShowsLineCol()
    {
        m_view->setCurrentIndex(1);
        CodePane *pane = m_view->aslJson();
        const QByteArray before = written(*m_doc, DocumentIo::Format::AslJson);
        QString text = pane->editor()->toPlainText();
        text.replace(QStringLiteral("\"Seconds\": 5"), QStringLiteral("\"Seconds\": ,"));
        const int badLine = lineOf(text, QStringLiteral("\"Seconds\""));
        typeText(pane->editor(), text);
        QTest::keyClick(pane->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_undo->count(), 0);
        QCOMPARE(written(*m_doc, DocumentIo::Format::AslJson), before);
        QVERIFY(pane->isDirty());
        QVERIFY(!pane->editor()->errorMarks().isEmpty());
        QCOMPARE(pane->editor()->errorMarks().first().line, badLine);
        QVERIFY(pane->messages()->isVisibleTo(pane));
        QVERIFY(pane->messages()->count() > 0);
        QVERIFY2(pane->messages()->item(0)->text().startsWith(QStringLiteral("%1:").arg(badLine)),
                 qPrintable(pane->messages()->item(0)->text()));
        // A state that names an unknown Next reads but is refused all the same.
        text.replace(QStringLiteral("\"Seconds\": ,"), QStringLiteral("\"Seconds\": 5"));
        text.replace(QStringLiteral("\"Next\": \"Wait a bit\""),
                     QStringLiteral("\"Next\": \"Nope\""));
        typeText(pane->editor(), text);
        QVERIFY(!pane->applyText());
        QCOMPARE(written(*m_doc, DocumentIo::Format::AslJson), before);
        // Escape gives the edits up.
        QTest::keyClick(pane->editor(), Qt::Key_Escape);
        QCOMPARE(pane->editor()->toPlainText().toUtf8(), before);
        QVERIFY(pane->editor()->errorMarks().isEmpty());
    }

    void flowZapEditKeepsTheAslStates()
    {
        CodePane *pane = m_view->flowZap();
        QString text = pane->editor()->toPlainText();
        const Node *greet = m_doc->data().nodeByStateName(QStringLiteral("Greet"));
        const OrderedJson greetFields = greet->asl.fields;
        QVERIFY(text.contains(QStringLiteral("label:\"Greet\"")));
        text.replace(QStringLiteral("label:\"Greet\""), QStringLiteral("label:\"Say hello\""));
        typeText(pane->editor(), text);
        QVERIFY(pane->applyText());
        QCOMPARE(m_undo->count(), 1);
        const Node *after = m_doc->data().nodeByStateName(QStringLiteral("Greet"));
        QVERIFY(after);
        QCOMPARE(after->label, QStringLiteral("Say hello"));
        QVERIFY(after->asl.fields == greetFields);
    }

    void appliedTextKeepsBreakpointsAndSavedInputs_data()
    {
        QTest::addColumn<int>("pane");
        QTest::newRow("FlowZap Code") << 0;
        QTest::newRow("ASL JSON") << 1;
    }

    void appliedTextKeepsBreakpointsAndSavedInputs()
    {
        // Neither language holds them: applying edited text must not drop the project's own data.
        QFETCH(int, pane);
        OrderedJson breakpoints = OrderedJson::array();
        breakpoints.push_back(OrderedJson::array({"Greet"}));
        OrderedJson inputs = OrderedJson::object();
        inputs["small order"] = OrderedJson::parse(R"({"amount": 3})");
        m_doc->setBreakpoints(breakpoints);
        m_doc->setSavedInputs(inputs);
        CodePane *p = pane == 0 ? m_view->flowZap() : m_view->aslJson();
        m_view->setCurrentIndex(pane);
        QString text = p->editor()->toPlainText();
        const QString from =
            pane == 0 ? QStringLiteral("label:\"Greet\"") : QStringLiteral("\"Seconds\": 5");
        QVERIFY(text.contains(from));
        text.replace(from, pane == 0 ? QStringLiteral("label:\"Say hello\"")
                                     : QStringLiteral("\"Seconds\": 42"));
        typeText(p->editor(), text);
        QVERIFY(p->applyText());
        QCOMPARE(m_undo->count(), 1);
        QVERIFY(m_doc->data().breakpoints == breakpoints);
        QVERIFY(m_doc->data().savedInputs == inputs);
        m_undo->undo();
        QVERIFY(m_doc->data().breakpoints == breakpoints);
    }

    void selectionAndCursorFollowEachOther()
    {
        m_view->setCurrentIndex(1);
        CodePane *pane = m_view->aslJson();
        const QString text = pane->editor()->toPlainText();
        const int waitLine = lineOf(text, QStringLiteral("\"Wait a bit\": {"));
        QVERIFY(waitLine > 0);
        m_selection->select({stateId("Wait a bit")});
        QCOMPARE(pane->editor()->highlightedFirstLine(), waitLine);
        QCOMPARE(pane->editor()->textCursor().blockNumber() + 1, waitLine);
        // The cursor moved into Greet's text selects Greet.
        const int greetBody = lineOf(text, QStringLiteral("\"Result\""));
        pane->editor()->setFocus();
        QTRY_VERIFY(pane->editor()->hasFocus());
        QTextCursor c(pane->editor()->document()->findBlockByNumber(greetBody - 1));
        pane->editor()->setTextCursor(c);
        QCOMPARE(m_selection->current(), stateId("Greet"));
        // And in the FlowZap tab, a node's line.
        m_view->setCurrentIndex(0);
        CodePane *fz = m_view->flowZap();
        m_selection->select({stateId("Wait a bit")});
        const int first = fz->editor()->highlightedFirstLine();
        QVERIFY(first > 0);
        QVERIFY(fz->editor()->document()->findBlockByNumber(first - 1).text().contains(
            QStringLiteral("Wait a bit")));
    }

    // Syntax colours and the band of the selected state read well on a light and on a dark
    // background (WCAG AA, 4.5:1), and follow a palette change without a restart.
    void coloursReadOnLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << paletteOf(Qt::white, Qt::black, QColor(0x30, 0x8c, 0xc6));
        QTest::newRow("dark") << paletteOf(QColor(0x1F, 0x23, 0x29), QColor(0xE6, 0xE9, 0xEF),
                                           QColor(0x3D, 0x7B, 0xE0));
        QTest::newRow("dark, bright highlight") << paletteOf(
            QColor(0x20, 0x20, 0x20), QColor(0xF0, 0xF0, 0xF0), QColor(0xE0, 0xE0, 0x60));
    }
    void coloursReadOnLightAndDark()
    {
        QFETCH(QPalette, palette);
        const QColor base = palette.color(QPalette::Base);
        m_view->setCurrentIndex(1);
        CodePane *pane = m_view->aslJson();
        pane->editor()->setPalette(palette);
        // New colours are no edit: nothing waits to be applied, the text stays the document's.
        QVERIFY(!pane->isDirty());
        m_selection->select({stateId("Greet")});
        const int first = pane->editor()->highlightedFirstLine();
        QVERIFY(first > 0);
        QColor band;
        for (const QTextEdit::ExtraSelection &sel : pane->editor()->extraSelections())
            if (sel.format.hasProperty(QTextFormat::BackgroundBrush))
                band = sel.format.background().color();
        QVERIFY(band.isValid());
        QCOMPARE(band.alpha(), 255); // opaque: the text on it keeps its contrast
        QVERIFY(contrastRatio(palette.color(QPalette::Text), band) >= 4.5);
        int coloured = 0;
        for (QTextBlock b = pane->editor()->document()->begin(); b.isValid(); b = b.next())
            for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                if (!r.format.hasProperty(QTextFormat::ForegroundBrush))
                    continue;
                const QColor fg = r.format.foreground().color();
                ++coloured;
                QVERIFY2(contrastRatio(fg, base) >= 4.5,
                         qPrintable(fg.name() + QStringLiteral(" on ") + base.name()));
                QVERIFY2(contrastRatio(fg, band) >= 4.5,
                         qPrintable(fg.name() + QStringLiteral(" on band ") + band.name()));
            }
        QVERIFY(coloured > 5);
    }

    void documentChangesElsewhereShowUp()
    {
        m_view->setCurrentIndex(1);
        const Node *greet = m_doc->data().nodeByStateName(QStringLiteral("Greet"));
        AslState s = greet->asl;
        s.fields["Comment"] = "from the inspector";
        m_doc->setNodeAsl(greet->id, s);
        QTRY_VERIFY(m_view->aslJson()->editor()->toPlainText().contains(
            QStringLiteral("from the inspector")));
        m_view->setCurrentIndex(2);
        QTRY_VERIFY(m_view->aslYaml()->editor()->toPlainText().contains(
            QStringLiteral("from the inspector")));
    }

    // Applying the text a tab shows, unedited, is no change: for every corpus file and every
    // language the text reads back to the same document.
    void unchangedTextOfTheCorpusIsNoStep()
    {
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        if (shared.isEmpty())
            QSKIP("STEPWISE_SHARED is not set: no corpus to read");
        QStringList files;
        for (const char *sub : {"asl", "fz"}) {
            QDir dir(shared + QStringLiteral("/corpus/") + QLatin1String(sub));
            for (const QString &f : dir.entryList(QDir::Files))
                if (DocumentIo::formatForPath(f) != DocumentIo::Format::Unknown)
                    files << dir.filePath(f);
        }
        QVERIFY(files.size() > 20);
        QStringList changed;
        for (const QString &file : std::as_const(files)) {
            auto r = DocumentIo::readFile(file);
            if (!r.document)
                continue;
            m_doc->reset(*r.document);
            m_undo->clear();
            for (int tab = 0; tab < 3; ++tab) {
                m_view->setCurrentIndex(tab);
                auto *pane = static_cast<CodePane *>(m_view->widget(tab));
                pane->setActive(true);
                pane->editor()->setPlainText(pane->editor()->toPlainText()); // as if retyped
                QVERIFY(pane->isDirty());
                pane->applyText();
                if (m_undo->count() != 0)
                    changed << QStringLiteral("%1 (%2)").arg(QFileInfo(file).fileName(),
                                                             m_view->tabText(tab));
                pane->revert();
                m_undo->clear();
            }
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TstCodeView)
#include "tst_codeview.moc"
