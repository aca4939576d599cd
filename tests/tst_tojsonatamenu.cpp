// The editor's "Convert to JSONata" commands: the converter applied to the open document's
// nodes at every depth (ids and diagram kept), one state alone (its nested states with it),
// refusals that change nothing, and the menu entries in the window: one undo step that undoes
// to the same bytes. The converted definition must still compute what the original did: both
// run in the runtime on the same input.

#include "commands/editfielddocumentcommand.h"
#include "convert/tojsonata.h"
#include "definition.h"
#include "documentio.h"
#include "execution.h"
#include "jsonparse.h"
#include "mainwindow.h"
#include "selectionmodel.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace stepwise;

class TstToJsonataMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void documentConvertsEveryDepth();
    void convertedDocumentComputesTheSame();
    void oneStateTakesItsNestedStates();
    void oneStateRefusedChangesNothing();
    void menuIsOneUndoStep();

private:
    WindowTestSettings m_settings;
};

namespace {

// JSONPath at every depth: a Pass with Parameters, a Parallel whose branch holds a Task with
// ResultPath and a Map whose processor holds a Pass with an intrinsic function.
const char *kDefinition = R"json({
  "Comment": "menu test",
  "StartAt": "Prepare",
  "States": {
    "Prepare": {"Type": "Pass", "Parameters": {"n.$": "$.n", "items.$": "$.items"},
                "Next": "Fan"},
    "Fan": {"Type": "Parallel", "ResultPath": "$.fan", "Next": "Each",
            "Branches": [{"StartAt": "Work", "States": {
              "Work": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                       "Parameters": {"v.$": "$.n"}, "ResultSelector": {"got.$": "$.v"},
                       "ResultPath": "$.work", "End": true}}}]},
    "Each": {"Type": "Map", "ItemsPath": "$.items", "ResultPath": "$.each", "End": true,
             "ItemProcessor": {"StartAt": "Double", "States": {
               "Double": {"Type": "Pass",
                          "Parameters": {"d.$": "States.MathAdd($, $)"}, "End": true}}}}
  }
})json";

WorkflowData read(const char *text)
{
    auto r = DocumentIo::read(QByteArray(text), DocumentIo::Format::AslJson);
    if (!r.document)
        qFatal("the test definition does not read");
    return std::move(*r.document);
}

// The node named `name` at any depth.
const Node *find(const WorkflowData &m, const QString &name)
{
    for (const Node &n : m.nodes) {
        if (n.asl.name == name)
            return &n;
        for (const WorkflowData &sub : n.subMachines)
            if (const Node *found = find(sub, name))
                return found;
    }
    return nullptr;
}

runtime::Json runToOutput(const WorkflowData &doc)
{
    const auto w = DocumentIo::write(doc, DocumentIo::Format::AslJson);
    runtime::Json asl;
    if (!w.ok || !runtime::json_util::parse(w.bytes.toStdString(), asl).ok)
        return "unwritable";
    auto compiled = runtime::Definition::compile(asl);
    if (!compiled.definition)
        return "uncompiled";
    runtime::Execution run(compiled.definition,
                           runtime::Json{{"n", 21}, {"items", {1, 2, 3}}, {"extra", true}});
    run.runUntilPause();
    if (run.status() != runtime::Execution::Status::Succeeded)
        return runtime::Json{{"failed", run.error()}, {"cause", run.cause()}};
    return *run.output();
}

} // namespace

void TstToJsonataMenu::initTestCase()
{
    QVERIFY(m_settings.apply("tst_tojsonatamenu"));
}

void TstToJsonataMenu::documentConvertsEveryDepth()
{
    const WorkflowData before = read(kDefinition);
    const auto r = ToJsonata::document(before);
    QVERIFY2(r.notes.isEmpty(), qPrintable(r.notes.join(QLatin1Char('\n'))));
    QCOMPARE(r.converted, 5);
    QVERIFY(r.document.aslTop.begin().key() == std::string("QueryLanguage"));
    QVERIFY(r.document.aslTop["QueryLanguage"] == OrderedJson("JSONata"));
    const Node *work = find(r.document, QStringLiteral("Work"));
    QVERIFY(work);
    QVERIFY(work->asl.fields.contains("Arguments"));
    QVERIFY(work->asl.fields.contains("Output"));
    for (const char *gone : {"Parameters", "ResultSelector", "ResultPath"})
        QVERIFY2(!work->asl.fields.contains(gone), gone);
    const Node *doubled = find(r.document, QStringLiteral("Double"));
    QVERIFY(doubled && doubled->asl.fields.contains("Output"));
    QVERIFY(!doubled->asl.fields.contains("QueryLanguage")); // inherited from the top
    // The diagram is the same diagram: same ids, lanes and edges.
    QCOMPARE(r.document.nodes.size(), before.nodes.size());
    for (std::size_t i = 0; i < before.nodes.size(); ++i) {
        QCOMPARE(r.document.nodes[i].id, before.nodes[i].id);
        QCOMPARE(r.document.nodes[i].lane, before.nodes[i].lane);
    }
    QCOMPARE(r.document.edges.size(), before.edges.size());
    QCOMPARE(find(r.document, QStringLiteral("Work"))->id,
             find(before, QStringLiteral("Work"))->id);
}

void TstToJsonataMenu::convertedDocumentComputesTheSame()
{
    const WorkflowData before = read(kDefinition);
    const runtime::Json expected = runToOutput(before);
    QVERIFY2(expected.contains("each"), expected.dump().c_str());
    // The lambda has no mock: the local runtime echoes the task's input as its result.
    QVERIFY(expected["each"] == (runtime::Json{{{"d", 2}}, {{"d", 4}}, {{"d", 6}}}));
    const runtime::Json converted = runToOutput(ToJsonata::document(before).document);
    QCOMPARE(QString::fromStdString(converted.dump()), QString::fromStdString(expected.dump()));
}

void TstToJsonataMenu::oneStateTakesItsNestedStates()
{
    const WorkflowData before = read(kDefinition);
    const auto r = ToJsonata::oneState(before, find(before, QStringLiteral("Fan"))->id);
    QVERIFY2(r.notes.isEmpty(), qPrintable(r.notes.join(QLatin1Char('\n'))));
    QCOMPARE(r.converted, 2); // Fan and Work inside it
    const Node *fan = find(r.document, QStringLiteral("Fan"));
    QVERIFY(fan->asl.fields.begin().key() == std::string("QueryLanguage"));
    QVERIFY(fan->asl.fields["QueryLanguage"] == OrderedJson("JSONata"));
    QVERIFY(find(r.document, QStringLiteral("Work"))->asl.fields.contains("Arguments"));
    QVERIFY(!find(r.document, QStringLiteral("Work"))->asl.fields.contains("QueryLanguage"));
    // The rest of the document stays JSONPath, untouched.
    QVERIFY(!r.document.aslTop.contains("QueryLanguage"));
    QVERIFY(find(r.document, QStringLiteral("Prepare"))->asl ==
            find(before, QStringLiteral("Prepare"))->asl);
    QVERIFY(find(r.document, QStringLiteral("Double"))->asl ==
            find(before, QStringLiteral("Double"))->asl);
    // A state of a document that is already JSONata is refused with a note.
    const auto again = ToJsonata::oneState(ToJsonata::document(before).document,
                                           find(before, QStringLiteral("Work"))->id);
    QCOMPARE(again.converted, 0);
    QCOMPARE(again.notes, QStringList{QStringLiteral("Work is already a JSONata state.")});
}

void TstToJsonataMenu::oneStateRefusedChangesNothing()
{
    const WorkflowData before = read(R"json({"StartAt": "P", "States": {
        "P": {"Type": "Pass", "Parameters": {"x.$": "$.items[1:3]"}, "End": true}}})json");
    const Id p = find(before, QStringLiteral("P"))->id;
    const auto r = ToJsonata::oneState(before, p);
    QCOMPARE(r.converted, 0);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY2(r.notes.front().startsWith(QStringLiteral("P: slices")), qPrintable(r.notes.front()));
    QCOMPARE(DocumentIo::write(r.document, DocumentIo::Format::AslJson).bytes,
             DocumentIo::write(before, DocumentIo::Format::AslJson).bytes);
    // The whole document: the state is pinned to JSONPath, the rest converts.
    const auto whole = ToJsonata::document(before);
    QCOMPARE(whole.converted, 0);
    QVERIFY(find(whole.document, QStringLiteral("P"))->asl.fields["QueryLanguage"] ==
            OrderedJson("JSONPath"));
}

void TstToJsonataMenu::menuIsOneUndoStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("menu.asl.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kDefinition);
    f.close();
    MainWindow w;
    QVERIFY(w.openFile(path));
    const QByteArray original =
        DocumentIo::write(w.document()->data(), DocumentIo::Format::AslJson).bytes;
    auto *whole = w.findChild<QAction *>(QStringLiteral("convertDocumentToJsonata"));
    auto *one = w.findChild<QAction *>(QStringLiteral("convertStateToJsonata"));
    QVERIFY(whole && one);
    w.selectionModel()->select({});
    QVERIFY(!one->isEnabled());
    const Id work = w.document()->data().nodes.empty()
                        ? NoId
                        : find(w.document()->data(), QStringLiteral("Work"))->id;
    w.selectionModel()->select({work}, work);
    QVERIFY(one->isEnabled());

    const int steps = w.undoStack()->count();
    whole->trigger();
    QCOMPARE(w.undoStack()->count(), steps + 1);
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Convert Document to JSONata"));
    QVERIFY(w.document()->data().aslTop["QueryLanguage"] == OrderedJson("JSONata"));
    QVERIFY(find(w.document()->data(), QStringLiteral("Work"))->asl.fields.contains("Arguments"));
    w.undoStack()->undo();
    QCOMPARE(DocumentIo::write(w.document()->data(), DocumentIo::Format::AslJson).bytes, original);
    w.undoStack()->redo();
    QVERIFY(w.document()->data().aslTop["QueryLanguage"] == OrderedJson("JSONata"));
    w.undoStack()->undo();

    w.selectionModel()->select({work}, work);
    one->trigger();
    QCOMPARE(w.undoStack()->undoText(), QStringLiteral("Convert “Work” to JSONata"));
    QVERIFY(find(w.document()->data(), QStringLiteral("Work"))->asl.fields["QueryLanguage"] ==
            OrderedJson("JSONata"));
    QVERIFY(!w.document()->data().aslTop.contains("QueryLanguage"));
}

QTEST_MAIN(TstToJsonataMenu)
#include "tst_tojsonatamenu.moc"
