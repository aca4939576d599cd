#include "documentio.h"
#include "inspector/choicesection.h"
#include "inspector/conditioneditor.h"
#include "inspector/fieldgroup.h"
#include "inspector/inspector.h"
#include "inspector/machinessection.h"
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
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
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

// States at every depth: two Parallel branches and a Map processor.
const char *nestedDefinition = R"({
  "StartAt": "Fan",
  "States": {
    "Fan": {
      "Type": "Parallel",
      "Branches": [
        {"StartAt": "Left", "States": {
          "Left": {"Type": "Pass", "Next": "LeftDone"},
          "LeftDone": {"Type": "Succeed"}}},
        {"StartAt": "Right", "States": {
          "Right": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
      ],
      "Next": "Each"
    },
    "Each": {
      "Type": "Map",
      "ItemsPath": "$.items",
      "ItemProcessor": {
        "ProcessorConfig": {"Mode": "INLINE"},
        "StartAt": "Work",
        "States": {"Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                            "End": true}}
      },
      "End": true
    }
  }
})";

const char *jsonataDefinition = R"({
  "QueryLanguage": "JSONata",
  "StartAt": "Call",
  "States": {
    "Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
             "Arguments": {"FunctionName": "f"}, "Next": "Pause"},
    "Pause": {"Type": "Wait", "Seconds": 5, "Next": "Each"},
    "Each": {
      "Type": "Map",
      "Items": "{% $states.input.items %}",
      "ItemProcessor": {"ProcessorConfig": {"Mode": "INLINE"}, "StartAt": "One",
                        "States": {"One": {"Type": "Pass", "End": true}}},
      "End": true
    }
  }
})";

WorkflowData readDefinition(const char *text = definition)
{
    DocumentIo::ReadResult r = DocumentIo::read(QByteArray(text), DocumentIo::Format::AslJson);
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

    // Names are unique in the whole document: these find states at any depth.
    Id stateId(const char *name) const
    {
        const Node *n = m_doc->stateNamed(QString::fromLatin1(name));
        return n ? n->id : NoId;
    }
    const Node &state(const char *name) const
    {
        return *m_doc->stateNamed(QString::fromLatin1(name));
    }
    QByteArray aslBytes() const
    {
        return DocumentIo::write(m_doc->data(), DocumentIo::Format::AslJson).bytes;
    }
    LineField *line(const char *key) const
    {
        return qobject_cast<LineField *>(m_inspector->fieldFor(QString::fromLatin1(key)));
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

    // At the width the dock may shrink to, every form shows whole: no horizontal scroll bar
    // (out of sight under the last field) and no field cut off at the right; and that width
    // leaves the canvas most of a 1280-pixel window.
    void formsFitTheDockWithoutScrollingSideways()
    {
        for (const char *name : {"Route", "Charge"}) {
            m_selection->select({stateId(name)});
            if (QByteArray(name) == "Route") { // a nested rule makes the widest Choice form
                ChoiceSection *choice = nullptr;
                for (StateSection *s : m_inspector->stateForm()->sections())
                    if (auto *c = qobject_cast<ChoiceSection *>(s))
                        choice = c;
                QVERIFY(choice);
                QComboBox *op = choice->rules().first()->operatorBox();
                op->setFocus();
                QTest::keyClicks(op, QStringLiteral("And"));
                QVERIFY(m_doc->data()
                            .nodeByStateName(QStringLiteral("Route"))
                            ->asl.fields["Choices"][0]
                            .contains("And"));
            }
            QApplication::processEvents();
            const int minimum = m_inspector->minimumSizeHint().width();
            QVERIFY2(minimum <= 420, qPrintable(QString::number(minimum)));
            m_inspector->resize(minimum, 700);
            QApplication::processEvents();
            QVERIFY(!m_inspector->horizontalScrollBar()->isVisible());
            QVERIFY2(m_inspector->widget()->width() <= m_inspector->viewport()->width(),
                     qPrintable(QStringLiteral("%1 > %2")
                                    .arg(m_inspector->widget()->width())
                                    .arg(m_inspector->viewport()->width())));
            m_inspector->resize(500, 900);
        }
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

        // A value longer than its field, shown after a change the user did not type (here undo
        // and redo), shows its beginning, not its end.
        const QString longText = QStringLiteral("Order orchestration: validate, route by order "
                                                "type, process payment, then finish or roll back.");
        typeInto(comment->lineEdit(), longText);
        comment->lineEdit()->clearFocus(); // the user clicks the canvas
        m_undo->undo();
        m_undo->redo();
        comment = qobject_cast<LineField *>(m_inspector->fieldFor(QStringLiteral("Comment")));
        QVERIFY(comment);
        QCOMPARE(comment->lineEdit()->text(), longText);
        QCOMPARE(comment->lineEdit()->cursorPosition(), 0);
    }

    // A state inside a Parallel branch or a Map processor has the same form as any other, and
    // each edit is one EditStateCommand on that state's id.
    void nestedStatesAreEditable()
    {
        m_doc->reset(readDefinition(nestedDefinition));
        const QByteArray original = aslBytes();
        const Id left = stateId("Left");
        QVERIFY(m_doc->parentNode(left) == stateId("Fan"));
        // Opened from the Parallel's list of branch states (Enter), as from the canvas.
        m_selection->select({stateId("Fan")});
        MachinesSection *machines = m_inspector->findChild<MachinesSection *>();
        QVERIFY(machines);
        const QList<QTreeWidgetItem *> found =
            machines->tree()->findItems(QStringLiteral("Left"), Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        machines->tree()->setFocus();
        machines->tree()->setCurrentItem(found.first());
        QTest::keyClick(machines->tree(), Qt::Key_Return);
        QCOMPARE(m_selection->current(), left);
        QCOMPARE(m_inspector->shownEntity(), left);
        LineField *comment = line("Comment");
        QVERIFY(comment && comment->lineEdit()->isEnabled());
        QVERIFY(!comment->lineEdit()->isReadOnly());
        typeInto(comment->lineEdit(), QStringLiteral("in a branch"));
        QCOMPARE(state("Left").asl.fields["Comment"].get<std::string>(), "in a branch");
        QCOMPARE(m_undo->count(), 1);

        // Next offers the states of the branch only (a transition never leaves its machine).
        QCoreApplication::processEvents(); // a fresh form's sections show on the next loop
        QComboBox *next = nullptr;
        for (auto *box :
             m_inspector->stateForm()->findChildren<QComboBox *>(QStringLiteral("Next")))
            if (box->isVisible())
                next = box;
        QVERIFY(next);
        QVERIFY(next->findData(QStringLiteral("LeftDone")) >= 0);
        QCOMPARE(next->findData(QStringLiteral("Each")), -1);

        // A name used anywhere in the definition is refused, at any depth.
        LineField *name = line("@name");
        typeInto(name->lineEdit(), QStringLiteral("Each"));
        QVERIFY(name->error().contains(QLatin1String("Each")));
        QCOMPARE(state("Each").asl.type, QStringLiteral("Map"));
        // Renaming follows into the branch's StartAt.
        typeInto(name->lineEdit(), QStringLiteral("Begin"));
        QCOMPARE(m_doc->node(left)->asl.name, QStringLiteral("Begin"));
        const WorkflowData *branch = m_doc->machine(*m_doc->machineOf(left));
        QCOMPARE(branch->aslTop["StartAt"].get<std::string>(), "Begin");

        // Same field of another state: a new step, never merged across entities.
        m_selection->select({stateId("LeftDone")});
        typeInto(line("Comment")->lineEdit(), QStringLiteral("done"));
        const int steps = m_undo->count();
        QCOMPARE(steps, 3); // Comment of Left, rename of Left, Comment of LeftDone

        // A Task inside the Map processor.
        m_selection->select({stateId("Work")});
        QCOMPARE(m_inspector->shownEntity(), stateId("Work"));
        typeInto(line("TimeoutSeconds")->lineEdit(), QStringLiteral("45"));
        QCOMPARE(state("Work").asl.fields["TimeoutSeconds"].get<int>(), 45);
        QCOMPARE(m_undo->count(), steps + 1);

        while (m_undo->canUndo())
            m_undo->undo();
        QCOMPARE(aslBytes(), original);
    }

    void mapProcessorModeIsOneStep()
    {
        m_doc->reset(readDefinition(nestedDefinition));
        const QByteArray original = aslBytes();
        const Id each = stateId("Each");
        m_selection->select({each});
        MachinesSection *machines = m_inspector->findChild<MachinesSection *>();
        QVERIFY(machines && machines->isVisible());
        QCOMPARE(machines->tree()->topLevelItemCount(), 1);
        auto *mode =
            qobject_cast<ComboField *>(machines->processorGroup()->field(QStringLiteral("Mode")));
        QVERIFY(mode);
        QCOMPARE(mode->comboBox()->currentData().toString(), QStringLiteral("INLINE"));
        FieldEditor *execution = machines->processorGroup()->field(QStringLiteral("ExecutionType"));
        QVERIFY(!execution->isVisible());
        mode->comboBox()->setFocus();
        QTest::keyClicks(mode->comboBox(), QStringLiteral("Dist"));
        const WorkflowData &processor = m_doc->node(each)->subMachines.front();
        QCOMPARE(processor.aslTop["ProcessorConfig"]["Mode"].get<std::string>(), "DISTRIBUTED");
        QCOMPARE(m_undo->count(), 1);
        QVERIFY(execution->isVisible());
        QVERIFY(aslBytes().contains("\"DISTRIBUTED\""));
        m_undo->undo();
        QCOMPARE(aslBytes(), original);
        QCOMPARE(mode->comboBox()->currentData().toString(), QStringLiteral("INLINE"));
    }

    // In a JSONata state, the fields AWS lets take an expression accept `{% ... %}`; a number
    // field still refuses other text, and an unclosed expression is refused with the reason.
    void jsonataExpressionsInNumberFields()
    {
        m_doc->reset(readDefinition(jsonataDefinition));
        m_selection->select({stateId("Call")});
        QVERIFY(!m_inspector->fieldFor(QStringLiteral("InputPath"))); // JSONata: no paths
        QVERIFY(m_inspector->fieldFor(QStringLiteral("Arguments")));
        LineField *timeout = line("TimeoutSeconds");
        QVERIFY(timeout);
        typeInto(timeout->lineEdit(), QStringLiteral("{% $states.input.t"));
        QVERIFY(timeout->error().contains(QLatin1String("%}")));
        QVERIFY(!state("Call").asl.fields.contains("TimeoutSeconds"));
        QCOMPARE(m_undo->count(), 0);
        QTest::keyClicks(timeout->lineEdit(), QStringLiteral(" %}"));
        QVERIFY(timeout->error().isEmpty());
        QCOMPARE(state("Call").asl.fields["TimeoutSeconds"].get<std::string>(),
                 "{% $states.input.t %}");
        QCOMPARE(m_undo->count(), 1);
        LineField *heartbeat = line("HeartbeatSeconds");
        typeInto(heartbeat->lineEdit(), QStringLiteral("soon"));
        QVERIFY(!heartbeat->error().isEmpty());
        QVERIFY(!state("Call").asl.fields.contains("HeartbeatSeconds"));

        m_selection->select({stateId("Pause")});
        typeInto(line("Seconds")->lineEdit(), QStringLiteral("{% $states.input.delay %}"));
        QCOMPARE(state("Pause").asl.fields["Seconds"].get<std::string>(),
                 "{% $states.input.delay %}");
        typeInto(line("Timestamp")->lineEdit(), QStringLiteral("{% $states.input.at %}"));
        QCOMPARE(state("Pause").asl.fields["Timestamp"].get<std::string>(),
                 "{% $states.input.at %}");
        QVERIFY(!state("Pause").asl.fields.contains("Seconds")); // the four forms exclude

        m_selection->select({stateId("Each")});
        auto *items = qobject_cast<JsonField *>(m_inspector->fieldFor(QStringLiteral("Items")));
        QVERIFY(items);
        QCOMPARE(items->textEdit()->toPlainText(), QStringLiteral("{% $states.input.items %}"));
        typeInto(line("MaxConcurrency")->lineEdit(), QStringLiteral("{% 2 + 1 %}"));
        QCOMPARE(state("Each").asl.fields["MaxConcurrency"].get<std::string>(), "{% 2 + 1 %}");
        typeInto(line("ToleratedFailurePercentage")->lineEdit(), QStringLiteral("150"));
        QVERIFY(!line("ToleratedFailurePercentage")->error().isEmpty());

        // The processor's state is JSONata too: the workflow's language reaches it.
        m_selection->select({stateId("One")});
        QVERIFY(m_inspector->fieldFor(QStringLiteral("Output")));
        QVERIFY(!m_inspector->fieldFor(QStringLiteral("InputPath")));
    }

    void edgeMeaningIsChosenInTheForm()
    {
        const QByteArray original = aslBytes();
        const Id charge = stateId("Charge");
        const Id route = stateId("Route");
        const Edge *next = nullptr;
        for (const Edge &e : m_doc->data().edges)
            if (e.from == charge && e.to == route)
                next = &e;
        QVERIFY(next);
        const Id edgeId = next->id;
        m_selection->select({edgeId});
        auto *meaning =
            qobject_cast<ComboField *>(m_inspector->fieldFor(QStringLiteral("meaning")));
        QVERIFY(meaning && meaning->isVisible());
        QCOMPARE(meaning->comboBox()->currentData().toString(), QStringLiteral("next"));
        meaning->comboBox()->setFocus();
        QTest::keyClicks(meaning->comboBox(), QStringLiteral("A")); // a space would open the list
        const OrderedJson &f = state("Charge").asl.fields;
        QVERIFY2(!f.contains("Next"), f.dump().c_str());
        QCOMPARE(f["Catch"].size(), size_t(2));
        QCOMPARE(f["Catch"][1]["Next"].get<std::string>(), "Route");
        QCOMPARE(m_doc->edge(edgeId)->meaning.kind, EdgeMeaning::Kind::Catch);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(aslBytes(), original);
        m_undo->redo();
        QCOMPARE(state("Charge").asl.fields["Catch"].size(), size_t(2));
    }

    void laneOrderAndWorkflowFields()
    {
        const Id first = m_doc->data().lanes.front().id;
        const Id ops = m_doc->addLane(QStringLiteral("ops"), QStringLiteral("Operations"));
        QVERIFY(ops != NoId);
        m_selection->select({ops});
        LineField *order = line("order");
        QVERIFY(order);
        QCOMPARE(order->lineEdit()->text(), QStringLiteral("2"));
        typeInto(order->lineEdit(), QStringLiteral("9"));
        QVERIFY(!order->error().isEmpty());
        QCOMPARE(m_undo->count(), 0);
        typeInto(order->lineEdit(), QStringLiteral("1"));
        QCOMPARE(m_doc->data().lanes.front().id, ops);
        QCOMPARE(m_undo->count(), 1);
        m_undo->undo();
        QCOMPARE(m_doc->data().lanes.front().id, first);

        m_selection->clear();
        typeInto(line("TimeoutSeconds")->lineEdit(), QStringLiteral("3600"));
        QCOMPARE(m_doc->data().aslTop["TimeoutSeconds"].get<int>(), 3600);
        auto *start = qobject_cast<ComboField *>(m_inspector->fieldFor(QStringLiteral("StartAt")));
        QVERIFY(start);
        start->comboBox()->setFocus();
        QTest::keyClicks(start->comboBox(), QStringLiteral("Route"));
        qWarning() << start->comboBox()->count() << start->comboBox()->currentText()
                   << start->isVisible() << start->comboBox()->hasFocus();
        QCOMPARE(m_doc->data().aslTop["StartAt"].get<std::string>(), "Route");
        QCOMPARE(m_undo->count(), 2); // the undone lane move was dropped by the first push
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
