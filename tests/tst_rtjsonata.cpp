// JSONata states in the runtime (AWS's second query language): `{% %}` fields at any depth,
// `$states`, workflow variables and their scopes, AWS's added functions, and the
// States.QueryEvaluationError AWS raises (with its EvaluationFailed event).

#include "execution.h"

#include <QTest>

using namespace stepwise::runtime;
using Status = Execution::Status;

class TstRtJsonata : public QObject
{
    Q_OBJECT

private slots:
    void expressionsAtAnyDepth();
    void taskArgumentsResultAndOutput();
    void assignSeesValuesFromStateEntry();
    void branchesAndIterationsHaveTheirOwnScope();
    void mapItemsSelectorAndContext();
    void catchOutputAndAssign();
    void functions_data();
    void functions();
    void seededRandomRepeats();
    void evalRefused();
    void undefinedResultFails();
    void choiceConditions();
    void waitSecondsExpression();
    void taskTimeoutExpression();
    void toleratedFailuresExpression();
    void jsonataStateInJsonPathMachine();
    void compileErrors_data();
    void compileErrors();
};

namespace {

std::shared_ptr<const Definition> compile(const std::string &text)
{
    auto r = Definition::compile(Json::parse(text));
    if (!r.errors.empty())
        qWarning("%s", r.errors.front().c_str());
    return r.definition;
}

// A JSONata machine of one Pass state whose Output is `output` (a JSON text).
std::shared_ptr<const Definition> passWith(const std::string &output)
{
    return compile(R"({"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {
        "Type": "Pass", "End": true, "Output": )" +
                   output + "}}}");
}

const HistoryEvent *findEvent(const Execution &e, const std::string &type)
{
    for (const auto &ev : e.history())
        if (ev.typeName() == type)
            return &ev;
    return nullptr;
}

} // namespace

void TstRtJsonata::expressionsAtAnyDepth()
{
    Execution e(passWith(R"({"a": "{% $states.input.x * 2 %}", "list": [1, "{% $states.input.s %}",
        {"deep": ["{%$uppercase($states.input.s)%}"]}], "plain": "$states.input.x",
        "half": "{% not an expression", "n": null})"),
                Json{{"x", 21}, {"s", "hi"}});
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(),
             std::string(R"({"a":42,"list":[1,"hi",{"deep":["HI"]}],"plain":"$states.input.x",)"
                         R"("half":"{% not an expression","n":null})"));
}

void TstRtJsonata::taskArgumentsResultAndOutput()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {
        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
        "Arguments": {"FunctionName": "f", "Payload": {"id": "{% $states.input.id %}"}},
        "Output": {"echo": "{% $states.result.Payload.id %}", "was": "{% $states.input %}"}}}})");
    Execution e(def, Json{{"id", 7}});
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    const HistoryEvent *scheduled = findEvent(e, "TaskScheduled");
    QVERIFY(scheduled && scheduled->input);
    QCOMPARE(scheduled->input->dump(), std::string(R"({"FunctionName":"f","Payload":{"id":7}})"));
    // No mock: the task echoes its arguments, which Output reads as $states.result.
    QCOMPARE(e.output()->dump(), std::string(R"({"echo":7,"was":{"id":7}})"));

    // Without Output, a Task's output is its result.
    auto bare = compile(R"({"QueryLanguage": "JSONata", "StartAt": "T", "States": {"T": {
        "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
        "Arguments": {"k": "{% $states.input.id + 1 %}"}}}})");
    Execution b(bare, Json{{"id", 7}});
    QCOMPARE(b.runUntilPause(), Status::Succeeded);
    QCOMPARE(b.output()->dump(), std::string(R"({"k":8})"));
}

void TstRtJsonata::assignSeesValuesFromStateEntry()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "A", "States": {
        "A": {"Type": "Pass", "Assign": {"n": 1, "label": "x"}, "Next": "B"},
        "B": {"Type": "Pass", "Assign": {"n": "{% $n + 10 %}", "before": "{% $n %}"},
              "Output": {"n": "{% $n %}", "label": "{% $label %}"}, "Next": "C"},
        "C": {"Type": "Pass", "Output": {"n": "{% $n %}", "before": "{% $before %}"},
              "End": true}}})");
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    // B's Output and Assign both read n as it was when B was entered (1).
    QVERIFY(e.history()[4].output);
    QCOMPARE(e.history()[4].output->dump(), std::string(R"({"n":1,"label":"x"})"));
    QCOMPARE(e.output()->dump(), std::string(R"({"n":11,"before":1})"));
}

void TstRtJsonata::branchesAndIterationsHaveTheirOwnScope()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "Init", "States": {
        "Init": {"Type": "Pass", "Assign": {"outer": 5}, "Next": "Par"},
        "Par": {"Type": "Parallel", "Next": "After", "Branches": [
          {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Assign": {"outer": 99, "mine": 1},
             "Next": "B2"},
           "B2": {"Type": "Pass", "Output": {"outer": "{% $outer %}", "mine": "{% $mine %}"},
             "End": true}}},
          {"StartAt": "C1", "States": {"C1": {"Type": "Pass",
             "Output": {"outer": "{% $outer %}", "mine": "{% $exists($mine) %}"}, "End": true}}}
        ]},
        "After": {"Type": "Map", "Items": [1, 2], "End": true,
          "Output": {"branches": "{% $states.input %}", "items": "{% $states.result %}",
                     "outer": "{% $outer %}", "mine": "{% $exists($mine) %}"},
          "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass",
             "Assign": {"outer": "{% $states.input %}"},
             "Output": "{% $outer + $states.input %}", "End": true}}}}}})");
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    // Each branch reads the outer scope; what one assigns stays in it, even over an outer name.
    QCOMPARE(e.output()->dump(),
             std::string(R"({"branches":[{"outer":99,"mine":1},{"outer":5,"mine":false}],)"
                         R"("items":[6,7],"outer":5,"mine":false})"));
}

void TstRtJsonata::mapItemsSelectorAndContext()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {
        "Type": "Map", "End": true, "Items": "{% $states.input.orders[price > 10] %}",
        "MaxConcurrency": "{% $states.input.limit %}",
        "ItemSelector": {"i": "{% $states.context.Map.Item.Index %}",
                         "v": "{% $states.context.Map.Item.Value.id %}",
                         "from": "{% $states.input.shop %}"},
        "ItemProcessor": {"StartAt": "I", "States": {"I": {"Type": "Pass", "End": true}}}}}})");
    Json input = Json::parse(R"({"shop": "s1", "limit": 1, "orders": [
        {"id": "a", "price": 5}, {"id": "b", "price": 20}, {"id": "c", "price": 30}]})");
    Execution e(def, input);
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string(R"([{"i":0,"v":"b","from":"s1"},)"
                                             R"({"i":1,"v":"c","from":"s1"}])"));
    // MaxConcurrency 1: one iteration after the other.
    QStringList order;
    for (const auto &ev : e.history())
        order << QString::fromStdString(ev.typeName());
    QVERIFY(order.indexOf(QStringLiteral("MapIterationSucceeded")) <
            order.lastIndexOf(QStringLiteral("MapIterationStarted")));
}

void TstRtJsonata::catchOutputAndAssign()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "Bad", "States": {
        "Bad": {"Type": "Pass", "Output": "{% $states.input.missing %}", "Next": "Never",
          "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handled",
            "Assign": {"why": "{% $states.errorOutput.Error %}"},
            "Output": {"input": "{% $states.input %}", "cause": "{% $states.errorOutput.Cause %}"}}]},
        "Never": {"Type": "Succeed"},
        "Handled": {"Type": "Pass", "Output": {"why": "{% $why %}", "kept": "{% $states.input.input %}"},
          "End": true}}})");
    Execution e(def, Json{{"a", 1}});
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(),
             std::string(R"({"why":"States.QueryEvaluationError","kept":{"a":1}})"));
    const HistoryEvent *failed = findEvent(e, "EvaluationFailed");
    QVERIFY(failed);
    QCOMPARE(QString::fromStdString(failed->error()),
             QStringLiteral("States.QueryEvaluationError"));
    const Json details = failed->toJson()["evaluationFailedEventDetails"];
    QCOMPARE(details["location"].get<std::string>(), std::string("Output"));
    QCOMPARE(details["state"].get<std::string>(), std::string("Bad"));
}

void TstRtJsonata::functions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    QTest::newRow("partition") << "$partition([1,2,3,4,5,6,7], 3)"
                               << "[[1,2,3],[4,5,6],[7]]";
    QTest::newRow("partition one chunk") << "$partition([1,2], 5)"
                                         << "[[1,2]]";
    QTest::newRow("range") << "$range(0, 10, 2)"
                           << "[0,2,4,6,8,10]";
    QTest::newRow("range down") << "$range(5, 1, -2)"
                                << "[5,3,1]";
    QTest::newRow("range empty") << "$range(5, 1, 1)"
                                 << "[]";
    QTest::newRow("range of one") << "$range(1, 9, 9)"
                                  << "1";
    QTest::newRow("hash sha-256")
        << "$hash('abc', 'SHA-256')"
        << "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"";
    QTest::newRow("hash md5") << "$hash('abc', 'MD5')"
                              << "\"900150983cd24fb0d6963f7d28e17f72\"";
    QTest::newRow("parse") << "$parse('{\"a\": [1, 2.5, \"x\"]}')"
                           << "{\"a\":[1,2.5,\"x\"]}";
    QTest::newRow("uuid shape")
        << "$contains($uuid(), "
           "/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)"
        << "true";
    QTest::newRow("random in [0,1)") << "($r := $random(); $r >= 0 and $r < 1)"
                                     << "true";
    QTest::newRow("builtins stay") << "$sum([1,2,3]) & '-' & $string($count([1]))"
                                   << "\"6-1\"";
}

void TstRtJsonata::functions()
{
    QFETCH(QString, expression);
    QFETCH(QString, expected);
    Execution e(passWith(Json("{% " + expression.toStdString() + " %}").dump()), Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(QString::fromStdString(e.output()->dump()), expected);
}

void TstRtJsonata::seededRandomRepeats()
{
    auto def = passWith(R"({"a": "{% $random(42) %}", "b": "{% $random(42) %}",
        "c": "{% $random(43) %}", "u": "{% $uuid() %}"})");
    Execution e(def, Json::object());
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    const Json &out = *e.output();
    QCOMPARE(out["a"].get<double>(), out["b"].get<double>());
    QVERIFY(out["a"].get<double>() != out["c"].get<double>());
    // The unseeded draws follow the execution's seed: the same options give the same run.
    Execution again(def, Json::object());
    QCOMPARE(again.runUntilPause(), Status::Succeeded);
    QVERIFY((*again.output())["u"] == out["u"]);
    ExecutionOptions other;
    other.seed = 99;
    Execution different(def, Json::object(), other);
    QCOMPARE(different.runUntilPause(), Status::Succeeded);
    QVERIFY((*different.output())["u"] != out["u"]);
}

void TstRtJsonata::evalRefused()
{
    Execution e(passWith(R"("{% $eval('1 + 1') %}")"), Json::object());
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.QueryEvaluationError"));
    QVERIFY2(e.cause().find("$eval is not supported") != std::string::npos, e.cause().c_str());
}

void TstRtJsonata::undefinedResultFails()
{
    Execution e(passWith(R"({"x": {"y": "{% $states.input.nothing %}"}})"), Json::object());
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.cause()),
             QStringLiteral("An error occurred while executing the state 'P' (entered at the event "
                            "id #2). The JSONata expression '$states.input.nothing' specified for "
                            "the field 'Output/x/y' returned nothing (undefined)."));
    QStringList types;
    for (const auto &ev : e.history())
        types << QString::fromStdString(ev.typeName());
    QCOMPARE(types.join(u' '), QStringLiteral("ExecutionStarted PassStateEntered EvaluationFailed "
                                              "ExecutionFailed"));
    QVERIFY(e.history()[2].toJson()["evaluationFailedEventDetails"]["location"] ==
            Json("Output/x/y"));
}

void TstRtJsonata::choiceConditions()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "C", "States": {
        "C": {"Type": "Choice", "Default": "Other",
              "Output": {"default": true}, "Assign": {"path": "default"},
              "Choices": [
                {"Condition": "{% $states.input.n > 10 %}", "Next": "Big",
                 "Output": {"big": "{% $states.input.n %}"}, "Assign": {"path": "big"}}]},
        "Big": {"Type": "Pass", "Output": {"out": "{% $states.input %}", "path": "{% $path %}"},
                "End": true},
        "Other": {"Type": "Pass", "Output": {"out": "{% $states.input %}", "path": "{% $path %}"},
                "End": true}}})");
    Execution big(def, Json{{"n", 11}});
    QCOMPARE(big.runUntilPause(), Status::Succeeded);
    QCOMPARE(big.output()->dump(), std::string(R"({"out":{"big":11},"path":"big"})"));
    Execution small(def, Json{{"n", 3}});
    QCOMPARE(small.runUntilPause(), Status::Succeeded);
    QCOMPARE(small.output()->dump(), std::string(R"({"out":{"default":true},"path":"default"})"));
    // A condition that is not true or false fails the state.
    Execution odd(def, Json{{"n", "x"}});
    QCOMPARE(odd.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(odd.error()), QStringLiteral("States.QueryEvaluationError"));
    QVERIFY2(odd.cause().find("T2009") != std::string::npos, odd.cause().c_str());
}

void TstRtJsonata::waitSecondsExpression()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {
        "Type": "Wait", "Seconds": "{% $states.input.minutes * 60 %}", "End": true}}})");
    Execution e(def, Json{{"minutes", 3}});
    const auto start = e.now();
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.now() - start, std::int64_t(180000));
    Execution bad(def, Json{{"minutes", -1}});
    QCOMPARE(bad.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(bad.error()), QStringLiteral("States.QueryEvaluationError"));
    QVERIFY2(bad.cause().find("The Seconds field") != std::string::npos, bad.cause().c_str());
}

void TstRtJsonata::taskTimeoutExpression()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "Ask", "States": {"Ask": {
        "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "Arguments": {"token": "{% $states.context.Task.Token %}"},
        "TimeoutSeconds": "{% $states.input.t %}", "End": true}}})");
    Execution e(def, Json{{"t", 30}});
    QCOMPARE(e.runUntilPause(), Status::PausedCallback);
    const auto pending = e.pendingCallbacks();
    QCOMPARE(pending.size(), std::size_t(1));
    QCOMPARE((*pending[0].payload)["token"].get<std::string>(), pending[0].token);
    e.advanceClock(31);
    QCOMPARE(e.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(e.error()), QStringLiteral("States.Timeout"));
}

void TstRtJsonata::toleratedFailuresExpression()
{
    auto def = compile(R"({"QueryLanguage": "JSONata", "StartAt": "M", "States": {"M": {
        "Type": "Map", "End": true, "ToleratedFailureCount": "{% $states.input.ok %}",
        "Items": "{% $states.input.items %}",
        "ItemProcessor": {"StartAt": "F", "States": {"F": {"Type": "Fail",
           "Error": "{% 'E' & $states.input %}", "Cause": "bad"}}}}}})");
    Execution tolerated(def, Json::parse(R"({"ok": 2, "items": [1, 2]})"));
    QCOMPARE(tolerated.runUntilPause(), Status::Succeeded);
    QCOMPARE(tolerated.output()->dump(),
             std::string(R"([{"Error":"E1","Cause":"bad"},{"Error":"E2","Cause":"bad"}])"));
    Execution exceeded(def, Json::parse(R"({"ok": 1, "items": [1, 2]})"));
    QCOMPARE(exceeded.runUntilPause(), Status::Failed);
    QCOMPARE(QString::fromStdString(exceeded.error()),
             QStringLiteral("States.ExceedToleratedFailureThreshold"));
}

void TstRtJsonata::jsonataStateInJsonPathMachine()
{
    auto def = compile(R"({"StartAt": "Old", "States": {
        "Old": {"Type": "Pass", "Parameters": {"v.$": "$.a"}, "Assign": {"keep.$": "$.v"},
                "Next": "New"},
        "New": {"Type": "Pass", "QueryLanguage": "JSONata",
                "Output": "{% $states.input.v + $keep %}", "End": true}}})");
    Execution e(def, Json{{"a", 4}});
    QCOMPARE(e.runUntilPause(), Status::Succeeded);
    QCOMPARE(e.output()->dump(), std::string("8"));
}

void TstRtJsonata::compileErrors_data()
{
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax error names the field")
        << R"({"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
              "End": true, "Output": {"a": ["{% 1 + %}"]}}}})"
        << "$.States.P.Output: field 'Output/a/0': the JSONata expression '1 +' is not valid: "
           "S0207";
    QTest::newRow("JSONPath field in a JSONata state")
        << R"({"QueryLanguage": "JSONata", "StartAt": "P", "States": {"P": {"Type": "Pass",
              "End": true, "InputPath": "$.a"}}})"
        << "$.States.P.InputPath: 'InputPath' is a JSONPath field";
    QTest::newRow("choice rule without condition")
        << R"({"QueryLanguage": "JSONata", "StartAt": "C", "States": {"C": {"Type": "Choice",
              "Choices": [{"Next": "C"}]}}})"
        << "$.States.C.Choices[0]: a JSONata Choice rule needs a 'Condition'";
    QTest::newRow("wait needs one of seconds and timestamp")
        << R"({"QueryLanguage": "JSONata", "StartAt": "W", "States": {"W": {"Type": "Wait",
              "End": true}}})"
        << "$.States.W: a Wait state needs exactly one of Seconds and Timestamp";
}

void TstRtJsonata::compileErrors()
{
    QFETCH(QString, definition);
    QFETCH(QString, message);
    auto r = Definition::compile(Json::parse(definition.toStdString()));
    QVERIFY(!r.definition);
    QVERIFY(!r.errors.empty());
    QVERIFY2(QString::fromStdString(r.errors.front()).startsWith(message),
             r.errors.front().c_str());
}

QTEST_GUILESS_MAIN(TstRtJsonata)
#include "tst_rtjsonata.moc"
