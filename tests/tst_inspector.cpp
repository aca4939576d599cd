#include "documentio.h"
#include "inspector/choicesection.h"
#include "inspector/conditioneditor.h"
#include "inspector/fieldgroup.h"
#include "inspector/inspector.h"
#include "inspector/objectlisteditor.h"
#include "inspector/retrycatchsection.h"
#include "inspector/stateform.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace stepwise;

namespace {

const char *definition = R"({
  "Comment": "Inspector test",
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Comment": "takes the money",
      "Resource": "arn:aws:states:::lambda:invoke",
      "XVendorNote": {"keep": [1, 2]},
      "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
      "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2, "MaxAttempts": 3,
                 "BackoffRate": 2}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
      "Next": "Route"
    },
    "Route": {
      "Type": "Choice",
      "Choices": [{"Variable": "$.ok", "BooleanEquals": true, "Next": "Done"}],
      "Default": "Failed"
    },
    "Done": {"Type": "Succeed"},
    "Failed": {"Type": "Fail", "Error": "Oops"}
  }
})";

WorkflowData readDefinition()
{
    DocumentIo::ReadResult r =
        DocumentIo::read(QByteArray(definition), DocumentIo::Format::AslJson);
    if (!r.document)
        qFatal("the test definition does not read");
    return *r.document;
}

QStringList keysOf(const OrderedJson &object)
{
    QStringList keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys << QString::fromStdString(it.key());
    return keys;
}

// Replaces the text of a line edit the way a user does: select all, then type.
void typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

} // namespace

class TstInspector : public QObject
{
    Q_OBJECT
    Workflow *m_doc = nullptr;
    QUndoStack *m_undo = nullptr;
    SelectionModel *m_selection = nullptr;
    Inspector *m_inspector = nullptr;

    Id stateId(const char *name) const
    {
        const Node *n = m_doc->data().nodeByStateName(QString::fromLatin1(name));
        return n ? n->id : NoId;
    }
    const Node &state(const char *name) const
    {
        return *m_doc->data().nodeByStateName(QString::fromLatin1(name));
    }
    RetryCatchSection *retryCatch() const
    {
        for (StateSection *s : m_inspector->stateForm()->sections())
            if (auto *r = qobject_cast<RetryCatchSection *>(s))
                return r;
        return nullptr;
    }

private slots:
    void init()
    {
        m_doc = new Workflow(readDefinition());
        m_undo = new QUndoStack;
        m_selection = new SelectionModel;
        m_inspector = new Inspector(m_doc, m_undo, m_selection);
        m_inspector->resize(500, 900);
        m_inspector->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
    }
    void cleanup()
    {
        delete m_inspector;
        delete m_undo;
        delete m_selection;
        delete m_doc;
    }

    void retryEditIsOneUndoStep()
    {
        m_selection->select({stateId("Charge")});
        RetryCatchSection *rc = retryCatch();
        QVERIFY(rc);
        QCOMPARE(rc->retry()->count(), 1);
        const OrderedJson before = state("Charge").asl.fields;
        auto *attempts =
            qobject_cast<LineField *>(rc->retry()->item(0)->field(QStringLiteral("MaxAttempts")));
        QVERIFY(attempts);
        typeInto(attempts->lineEdit(), QStringLiteral("12"));
        QCOMPARE(m_undo->count(), 1); // "1" then "12": one step
        const OrderedJson &after = state("Charge").asl.fields;
        QCOMPARE(after["Retry"][0]["MaxAttempts"].get<int>(), 12);
        QCOMPARE(keysOf(after["Retry"][0]), keysOf(before["Retry"][0]));
        QCOMPARE(keysOf(after), keysOf(before));
        m_undo->undo();
        QVERIFY(state("Charge").asl.fields == before);
        QCOMPARE(attempts->lineEdit()->text(), QStringLiteral("3"));
        m_undo->redo();
        QCOMPARE(state("Charge").asl.fields["Retry"][0]["MaxAttempts"].get<int>(), 12);
    }

    void typingMergesOnlyWithinOneField()
    {
        m_selection->select({stateId("Charge")});
        auto *comment = qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("Comment")));
        QVERIFY(comment);
        typeInto(comment->lineEdit(), QStringLiteral("charges the card"));
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(state("Charge").asl.fields["Comment"].get<std::string>(), "charges the card");
        auto *timeout =
            qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("TimeoutSeconds")));
        QVERIFY(timeout);
        typeInto(timeout->lineEdit(), QStringLiteral("30"));
        QCOMPARE(m_undo->count(), 2);
        QCOMPARE(state("Charge").asl.fields["TimeoutSeconds"].get<int>(), 30);
        // Back in the first field: a new step, not merged across the other field.
        QTest::keyClicks(comment->lineEdit(), QStringLiteral("!"));
        QCOMPARE(m_undo->count(), 3);
        m_undo->undo();
        m_undo->undo();
        QVERIFY(!state("Charge").asl.fields.contains("TimeoutSeconds"));
        m_undo->undo();
        QCOMPARE(state("Charge").asl.fields["Comment"].get<std::string>(), "takes the money");
    }

    void invalidNumberIsMarkedAndNotStored()
    {
        m_selection->select({stateId("Charge")});
        auto *timeout =
            qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("TimeoutSeconds")));
        typeInto(timeout->lineEdit(), QStringLiteral("ab"));
        QVERIFY(!timeout->error().isEmpty());
        QCOMPARE(m_undo->count(), 0);
        QVERIFY(!state("Charge").asl.fields.contains("TimeoutSeconds"));
        typeInto(timeout->lineEdit(), QStringLiteral("0"));
        QVERIFY(timeout->error().contains(QLatin1String("1")));
        QCOMPARE(m_undo->count(), 0);
    }

    void invalidParametersJsonIsMarkedInPlace()
    {
        m_selection->select({stateId("Charge")});
        auto *params =
            qobject_cast<JsonField *>(m_inspector->fieldFor(QStringLiteral("Parameters")));
        QVERIFY(params);
        const OrderedJson before = state("Charge").asl.fields;
        QPlainTextEdit *edit = params->textEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        for (const QString &line : {QStringLiteral("{"), QStringLiteral("  \"a\": 1,")}) {
            QTest::keyClicks(edit, line);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        QTest::keyClicks(edit, QStringLiteral("  \"b\": }"));
        QCOMPARE(params->errorLine(), 3);
        QVERIFY(params->errorColumn() > 0);
        QVERIFY(params->error().contains(QStringLiteral("3:%1").arg(params->errorColumn())));
        QVERIFY(!edit->extraSelections().isEmpty()); // the underline in place
        QVERIFY(params->findChild<QLabel *>(QStringLiteral("fieldError"))->isVisible());
        QVERIFY(state("Charge").asl.fields == before);
        // Fixing it stores the whole object, once the text is valid.
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, QStringLiteral("2}"));
        QVERIFY(params->error().isEmpty());
        QCOMPARE(params->errorLine(), 0);
        QCOMPARE(state("Charge").asl.fields["Parameters"]["b"].get<int>(), 2);
        QCOMPARE(keysOf(state("Charge").asl.fields), keysOf(before));
    }

    void unknownFieldsSurviveAnEdit()
    {
        m_selection->select({stateId("Charge")});
        const OrderedJson before = state("Charge").asl.fields;
        auto *resource =
            qobject_cast<ComboField *>(m_inspector->fieldFor(QStringLiteral("Resource")));
        QVERIFY(resource);
        QLineEdit *edit = resource->comboBox()->lineEdit();
        typeInto(edit, QStringLiteral("arn:aws:states:::sqs:sendMessage"));
        const OrderedJson &after = state("Charge").asl.fields;
        QCOMPARE(after["Resource"].get<std::string>(), "arn:aws:states:::sqs:sendMessage");
        QCOMPARE(keysOf(after), keysOf(before));
        QVERIFY(after["XVendorNote"] == before["XVendorNote"]);
        QCOMPARE(m_undo->count(), 1);
    }

    void renameChangesNameAndLabelAndRefusesDuplicates()
    {
        m_selection->select({stateId("Done")});
        auto *name = qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("@name")));
        QVERIFY(name);
        typeInto(name->lineEdit(), QStringLiteral("Failed"));
        QVERIFY(name->error().contains(QLatin1String("Failed")));
        QCOMPARE(m_undo->count(), 1); // "F", "Fa", ... "Faile" merged; "Failed" refused
        typeInto(name->lineEdit(), QStringLiteral("Finished"));
        QCOMPARE(m_undo->count(), 1);
        const Id id = stateId("Finished");
        QVERIFY(id != NoId);
        QCOMPARE(m_doc->data().node(id)->label, QStringLiteral("Finished"));
        QVERIFY(m_undo->text(0).contains(QLatin1String("Finished")));
        m_undo->undo();
        QVERIFY(stateId("Done") != NoId);
    }

    void exclusiveFormsReplaceEachOther()
    {
        m_selection->select({stateId("Failed")});
        auto *errorPath =
            qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("ErrorPath")));
        QVERIFY(errorPath);
        typeInto(errorPath->lineEdit(), QStringLiteral("$.error"));
        QVERIFY(!state("Failed").asl.fields.contains("Error"));
        QCOMPARE(state("Failed").asl.fields["ErrorPath"].get<std::string>(), "$.error");
        // Every prefix of "x.y" is refused (a path starts with $), so nothing is stored.
        typeInto(errorPath->lineEdit(), QStringLiteral("x.y"));
        QVERIFY(!errorPath->error().isEmpty());
        QCOMPARE(state("Failed").asl.fields["ErrorPath"].get<std::string>(), "$.error");
    }

    void choiceOperatorChangeRewritesTheRule()
    {
        m_selection->select({stateId("Route")});
        ChoiceSection *choice = nullptr;
        for (StateSection *s : m_inspector->stateForm()->sections())
            if (auto *c = qobject_cast<ChoiceSection *>(s))
                choice = c;
        QVERIFY(choice);
        QCOMPARE(choice->rules().size(), 1);
        ConditionEditor *rule = choice->rules().first();
        QCOMPARE(rule->operatorName(), QStringLiteral("BooleanEquals"));
        QComboBox *op = rule->operatorBox();
        op->setFocus();
        // Keyboard choice of "StringEquals" from the list, as a user would pick it.
        QTest::keyClicks(op, QStringLiteral("StringEq"));
        const OrderedJson &r = state("Route").asl.fields["Choices"][0];
        QVERIFY2(r.contains("StringEquals"), r.dump().c_str());
        QVERIFY(!r.contains("BooleanEquals"));
        QCOMPARE(r["Next"].get<std::string>(), "Done");
        QCOMPARE(r["Variable"].get<std::string>(), "$.ok");
        auto *value = qobject_cast<LineField *>(choice->rules().first()->valueField());
        QVERIFY(value);
        typeInto(value->lineEdit(), QStringLiteral("yes"));
        QCOMPARE(state("Route").asl.fields["Choices"][0]["StringEquals"].get<std::string>(), "yes");
        // Nesting: And with an operand.
        op = choice->rules().first()->operatorBox();
        QTest::qWait(QApplication::keyboardInputInterval() + 100); // a new keyboard search
        QTest::keyClicks(op, QStringLiteral("And"));
        const OrderedJson &nested = state("Route").asl.fields["Choices"][0];
        QVERIFY2(nested.contains("And") && nested["And"].is_array(), nested.dump().c_str());
        QVERIFY(!nested.contains("Variable"));
        QCOMPARE(choice->rules().first()->children().size(), 1);
    }

    void edgeLaneAndWorkflowForms()
    {
        const WorkflowData &d = m_doc->data();
        QVERIFY(!d.edges.empty());
        m_selection->select({d.edges.front().id});
        auto *label = qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("label")));
        QVERIFY(label);
        typeInto(label->lineEdit(), QStringLiteral("go"));
        QCOMPARE(m_doc->data().edges.front().label, QStringLiteral("go"));
        QCOMPARE(m_undo->count(), 1);

        m_selection->select({d.lanes.front().id});
        auto *key = qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("key")));
        QVERIFY(key);
        typeInto(key->lineEdit(), QStringLiteral("9 bad")); // no prefix is a valid key
        QVERIFY(!key->error().isEmpty());
        QCOMPARE(m_undo->count(), 1);
        typeInto(key->lineEdit(), QStringLiteral("ops"));
        QCOMPARE(m_doc->data().lanes.front().key, QStringLiteral("ops"));
        QCOMPARE(m_undo->count(), 2);

        m_selection->clear();
        auto *comment = qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("Comment")));
        QVERIFY(comment);
        typeInto(comment->lineEdit(), QStringLiteral("Payments"));
        QCOMPARE(m_doc->data().aslTop["Comment"].get<std::string>(), "Payments");
        QCOMPARE(keysOf(m_doc->data().aslTop).first(), QStringLiteral("Comment"));
        QCOMPARE(m_undo->count(), 3);
    }

    void focusRequestPutsTheCursorInTheField()
    {
        m_selection->requestFocus(stateId("Charge"), QStringLiteral("/Retry/0/MaxAttempts"));
        QCOMPARE(m_inspector->shownEntity(), stateId("Charge"));
        RetryCatchSection *rc = retryCatch();
        QWidget *attempts = rc->retry()->item(0)->field(QStringLiteral("MaxAttempts"));
        QTRY_VERIFY(attempts->hasFocus() || attempts->isAncestorOf(QApplication::focusWidget()));
    }

    // Showing a form never edits: every state of every corpus file is shown, and the document
    // stays as it was with nothing on the undo stack.
    void showingEveryCorpusStateChangesNothing()
    {
        const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
        if (shared.isEmpty())
            QSKIP("STEPWISE_SHARED is not set: no corpus to read");
        QDir dir(shared + QStringLiteral("/corpus/asl"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(files.size() > 20);
        int shown = 0;
        for (const QString &f : files) {
            auto r = DocumentIo::readFile(dir.filePath(f));
            if (!r.document)
                continue;
            m_doc->reset(*r.document);
            const QByteArray before =
                DocumentIo::write(m_doc->data(), DocumentIo::Format::AslJson).bytes;
            // The first states of each file cover every type; all of them would only be slower.
            const size_t count = std::min<size_t>(r.document->nodes.size(), 12);
            for (size_t i = 0; i < count; ++i) {
                const Node &n = r.document->nodes[i];
                m_selection->select({n.id});
                QCOMPARE(m_inspector->shownEntity(), n.id);
                ++shown;
                QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            }
            m_selection->clear();
            QCOMPARE(m_undo->count(), 0);
            QCOMPARE(DocumentIo::write(m_doc->data(), DocumentIo::Format::AslJson).bytes, before);
        }
        QVERIFY(shown > 100);
    }
};

QTEST_MAIN(TstInspector)
#include "tst_inspector.moc"
