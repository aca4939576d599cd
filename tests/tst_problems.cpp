#include "documentio.h"
#include "inspector/inspector.h"
#include "problems/problemspanel.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace stepwise;

namespace {

const char *definition = R"({
  "StartAt": "Start",
  "States": {
    "Start": {"Type": "Pass", "Next": "Nowhere"},
    "Finish": {"Type": "Succeed"}
  }
})";

} // namespace

class TstProblems : public QObject
{
    Q_OBJECT
    Workflow *m_doc = nullptr;
    QUndoStack *m_undo = nullptr;
    SelectionModel *m_selection = nullptr;
    QWidget *m_window = nullptr;
    ProblemsPanel *m_panel = nullptr;
    Inspector *m_inspector = nullptr;

    Id stateId(const char *name) const
    {
        const Node *n = m_doc->data().nodeByStateName(QString::fromLatin1(name));
        return n ? n->id : NoId;
    }
    QTreeWidgetItem *itemWithCode(const QString &code) const
    {
        QTreeWidget *list = m_panel->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(1) == code)
                return list->topLevelItem(i);
        return nullptr;
    }
    void click(QTreeWidgetItem *item)
    {
        QTreeWidget *list = m_panel->list();
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(item).center());
    }

private slots:
    void init()
    {
        auto r = DocumentIo::read(QByteArray(definition), DocumentIo::Format::AslJson);
        QVERIFY(r.document); // readable, with validator errors
        m_doc = new Workflow(*r.document);
        m_undo = new QUndoStack;
        m_selection = new SelectionModel;
        m_window = new QWidget;
        auto *l = new QHBoxLayout(m_window);
        m_panel = new ProblemsPanel(m_doc, m_undo, m_selection);
        m_panel->setDebounce(20);
        m_inspector = new Inspector(m_doc, m_undo, m_selection);
        l->addWidget(m_panel);
        l->addWidget(m_inspector);
        m_window->resize(1000, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    void cleanup()
    {
        delete m_window;
        delete m_undo;
        delete m_selection;
        delete m_doc;
    }

    void listsProblemsWithCodesAndPlaces()
    {
        QTRY_VERIFY(itemWithCode(QStringLiteral("ASL_UNKNOWN_NEXT")));
        QTreeWidgetItem *item = itemWithCode(QStringLiteral("ASL_UNKNOWN_NEXT"));
        QVERIFY(item->text(2).startsWith(QStringLiteral("Start")));
        QVERIFY(item->text(2).contains(QLatin1Char(':'))); // line:col in the ASL text
        const Problems of = m_panel->problemsOf(stateId("Start"));
        QVERIFY(!of.isEmpty());
        QCOMPARE(of.first().field, QStringLiteral("/Next"));
        QCOMPARE(m_panel->severities().value(stateId("Start")), Diagnostic::Severity::Error);
        // No transition leads to Finish: AWS refuses that too.
        QVERIFY(itemWithCode(QStringLiteral("ASL_UNREACHABLE")));
        QVERIFY(m_panel->severities().contains(stateId("Finish")));
        QVERIFY(!m_panel->severities().contains(m_doc->data().lanes.front().id));
    }

    void clickSelectsTheStateAndFocusesTheField()
    {
        QTRY_VERIFY(itemWithCode(QStringLiteral("ASL_UNKNOWN_NEXT")));
        QSignalSpy focus(m_selection, &SelectionModel::focusRequested);
        click(itemWithCode(QStringLiteral("ASL_UNKNOWN_NEXT")));
        QCOMPARE(m_selection->current(), stateId("Start"));
        QCOMPARE(focus.count(), 1);
        QCOMPARE(focus.first().at(1).toString(), QStringLiteral("/Next"));
        QCOMPARE(m_inspector->shownEntity(), stateId("Start"));
        QWidget *next = m_inspector->findChild<QComboBox *>(QStringLiteral("Next"));
        QVERIFY(next);
        QTRY_VERIFY(next->hasFocus());
    }

    void validationRunsOffTheGuiThreadAndFollowsEdits()
    {
        QTRY_VERIFY(!m_panel->problemsOf(stateId("Start")).isEmpty());
        QSignalSpy changed(m_panel, &ProblemsPanel::problemsChanged);
        const Node *start = m_doc->data().nodeByStateName(QStringLiteral("Start"));
        AslState s = start->asl;
        s.fields["Next"] = "Finish";
        QVERIFY(m_doc->setNodeAsl(start->id, s));
        m_panel->validateNow();
        // The result comes back through the event loop, never inside the edit.
        QCOMPARE(changed.count(), 0);
        QVERIFY(!m_panel->problemsOf(stateId("Start")).isEmpty());
        QTRY_VERIFY(m_panel->problemsOf(stateId("Start")).isEmpty());
        QVERIFY(!m_panel->severities().contains(stateId("Finish")));
    }

    void workflowProblemFocusesTheWorkflowForm()
    {
        OrderedJson top = m_doc->data().aslTop;
        top["StartAt"] = "Gone";
        m_doc->setAslTop(top);
        QTRY_VERIFY(itemWithCode(QStringLiteral("ASL_UNKNOWN_START_AT")));
        click(itemWithCode(QStringLiteral("ASL_UNKNOWN_START_AT")));
        QVERIFY(m_selection->isEmpty());
        QCOMPARE(m_inspector->shownEntity(), NoId);
        QWidget *startAt = m_inspector->findChild<QComboBox *>(QStringLiteral("StartAt"));
        QVERIFY(startAt);
        QTRY_VERIFY(startAt->hasFocus());
    }
};

QTEST_MAIN(TstProblems)
#include "tst_problems.moc"
