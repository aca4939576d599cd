// One grammar for JSONPath and intrinsic functions: the validator (and the inspector, which asks
// AslPathSyntax) must judge every path as the runtime that executes it does. Each row states the
// expected verdict; the test checks the validator's verdict and the runtime's compile of a
// one-state definition holding the path in the same place.

#include "asl/aslpathsyntax.h"
#include "definition.h"
#include "documentio.h"

#include <QTemporaryDir>
#include <QTest>

using stepwise::AslPathSyntax;
using stepwise::runtime::Definition;
using stepwise::runtime::Json;
using C = AslPathSyntax::Context;

Q_DECLARE_METATYPE(AslPathSyntax::Context)

class TstPathGrammar : public QObject
{
    Q_OBJECT

private slots:
    void bothLayersAgree_data();
    void bothLayersAgree();
    void syntaxErrorsSayWhere();
    void jsonataSyntaxErrorAtTheField();
};

namespace {

// A Pass state holding `text` where `context` puts it.
Json definitionWith(const std::string &text, C context)
{
    Json pass{{"Type", "Pass"}, {"End", true}};
    switch (context) {
    case C::Path:
        pass["InputPath"] = text;
        break;
    case C::ResultPath:
        pass["ResultPath"] = text;
        break;
    case C::PayloadTemplate:
        pass["Parameters"] = Json{{"x.$", text}};
        break;
    case C::ReferencePath:
        break;
    }
    return Json{{"StartAt", "P"}, {"States", {{"P", pass}}}};
}

} // namespace

void TstPathGrammar::bothLayersAgree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<C>("context");
    QTest::addColumn<bool>("valid");
    auto row = [](const char *text, C c, bool valid) {
        const char *where = c == C::Path ? "path" : c == C::ResultPath ? "result" : "template";
        QTest::addRow("%s %s", where, text) << QString::fromUtf8(text) << c << valid;
    };
    // Jayway (AWS's JSONPath) reads `.[` as `[`; deployed machines use it.
    row("$.a.[0]", C::Path, true);
    row("$.[0]", C::Path, true);
    row("$.a.[?(@.x > 0)]", C::Path, true);
    row("$.a.[0]", C::ResultPath, true);
    row("$", C::Path, true);
    row("$.a.b[0]", C::Path, true);
    row("$['a b'].c", C::Path, true);
    row("$$.Map.Item.Value", C::Path, true);
    row("$.a[*].b", C::Path, true);
    row("$..b", C::Path, true);
    row("$.a[1:3]", C::Path, true);
    row("$.a[0,2]", C::Path, true);
    row("$.a[-1]", C::Path, true);
    row("$.a[(@.length-1)]", C::Path, true);
    row("$.a[?(@.x != 1 && @.y)]", C::Path, true);
    row("$var.x", C::Path, true);
    row("a.b", C::Path, false);
    row("$.a[", C::Path, false);
    row("$.a[0", C::Path, false);
    row("$.a[?(@.x > )]", C::Path, false);
    row("$['a", C::Path, false);
    row("$.", C::Path, false);
    row("$.a[1:2:0]", C::Path, false);
    row("$.a[(@.size-1)]", C::Path, false);
    row("States.Format('{}', $.a)", C::Path, false);
    // ResultPath: names and indexes under `$` only.
    row("$.a.b[0]", C::ResultPath, true);
    row("$", C::ResultPath, true);
    row("$.a[*]", C::ResultPath, false);
    row("$..a", C::ResultPath, false);
    row("$.a[?(@.x)]", C::ResultPath, false);
    row("$var.x", C::ResultPath, false);
    row("$$.Execution", C::ResultPath, false);
    // Payload templates: paths and intrinsic functions with their argument counts.
    row("$.a", C::PayloadTemplate, true);
    row("States.Format('{} {}', $.a, $.b)", C::PayloadTemplate, true);
    row("States.Array(States.UUID(), 1, 'x', true, null)", C::PayloadTemplate, true);
    row("States.MathAdd($.a, -1)", C::PayloadTemplate, true);
    row("States.MathRandom(1, 9, 3)", C::PayloadTemplate, true);
    row("States.ArrayGetItem($.a.[0], 1)", C::PayloadTemplate, true);
    row("States.UUID(1)", C::PayloadTemplate, false);
    row("States.ArrayLength($.a, $.b)", C::PayloadTemplate, false);
    row("States.JsonMerge($.a, $.b)", C::PayloadTemplate, false);
    row("States.Array(States.UUID(2))", C::PayloadTemplate, false);
    row("States.Nope($.a)", C::PayloadTemplate, false);
    row("States.Format('{}', $.a", C::PayloadTemplate, false);
    row("States.Format('{}', $.a[)", C::PayloadTemplate, false);
}

void TstPathGrammar::bothLayersAgree()
{
    QFETCH(QString, text);
    QFETCH(C, context);
    QFETCH(bool, valid);
    const std::string path = text.toStdString();
    QCOMPARE(AslPathSyntax::isValid(path, context), valid);
    const Definition::CompileResult compiled = Definition::compile(definitionWith(path, context));
    std::string errors;
    for (const std::string &e : compiled.errors)
        errors += e + "\n";
    QVERIFY2((compiled.definition != nullptr) == valid, errors.c_str());
}

void TstPathGrammar::syntaxErrorsSayWhere()
{
    std::string why;
    QCOMPARE(AslPathSyntax::check("$.a[0", C::Path, &why), AslPathSyntax::Verdict::SyntaxError);
    QCOMPARE(QString::fromStdString(why), QStringLiteral("expected ']' at offset 5"));
    why.clear();
    QCOMPARE(AslPathSyntax::check("States.ArrayLength($.a, $.b)", C::PayloadTemplate, &why),
             AslPathSyntax::Verdict::SyntaxError);
    QCOMPARE(QString::fromStdString(why),
             QStringLiteral("invalid intrinsic function 'States.ArrayLength($.a, $.b)': "
                            "States.ArrayLength takes 1 argument(s), not 2 at offset 28"));
}

// `stepwise validate` prints FILE:LINE:COL of the field and the offset inside its text.
void TstPathGrammar::jsonataSyntaxErrorAtTheField()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.asl.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
  "QueryLanguage": "JSONata",
  "StartAt": "P",
  "States": {
    "P": {
      "Type": "Pass",
      "Output": {"total": "{% $sum($states.input.items.price %}", "fine": "{% 1 + 2 %}"},
      "Next": "C"
    },
    "C": {
      "Type": "Choice",
      "Choices": [
        {"Condition": "{% $states.input.n > %}", "Next": "D"}
      ],
      "Default": "D"
    },
    "D": {"Type": "Succeed", "Output": "{% plain text is not an expression %}x"}
  }
})");
    f.close();
    const stepwise::DocumentIo::ReadResult read = stepwise::DocumentIo::readFile(path);
    QStringList found;
    for (const stepwise::Diagnostic &d : read.diagnostics)
        if (d.code == QLatin1String("ASL_JSONATA_SYNTAX"))
            found << d.format(QStringLiteral("m.asl.json"));
    found.sort();
    QCOMPARE(found.size(), 2);
    // The Choice rule's Condition (its key at line 13, column 10) ends after ">": the reference
    // reports the end of the expression, offset 21 of the text, where "%}" starts.
    QCOMPARE(found.at(0), QStringLiteral("m.asl.json:13:10: error: JSONata syntax error at offset "
                                         "21 of the field's text: Unexpected end of expression "
                                         "(S0207). [ASL_JSONATA_SYNTAX]"));
    // The Output's member "total" (line 7, column 18) misses the ")" of $sum.
    QCOMPARE(found.at(1), QStringLiteral("m.asl.json:7:18: error: JSONata syntax error at offset "
                                         "34 of the field's text: Expected \")\" before end of "
                                         "expression (S0203). [ASL_JSONATA_SYNTAX]"));
}

QTEST_GUILESS_MAIN(TstPathGrammar)
#include "tst_pathgrammar.moc"
