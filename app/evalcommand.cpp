#include "evalcommand.h"

#include "argumentlist.h"
#include "evalscope.h"
#include "intrinsic.h"
#include "jsonata/expression.h"
#include "jsonfile.h"

#include <QCoreApplication>

#include <random>

namespace stepwise {

namespace {

using runtime::Json;

QString tr(const char *text)
{
    return QCoreApplication::translate("stepwise::evalCommand", text);
}

struct Options
{
    QString expression, input, bindings;
    bool jsonPath = false;
    bool envelope = false;
    bool haveExpression = false;
};

/// One evaluation's outcome, whatever the language.
struct Outcome
{
    enum class Kind { Value, Undefined, Error } kind = Kind::Undefined;
    Json value;
    std::string code, message;
    int position = -1;
};

QString usageText()
{
    return tr("usage: stepwise eval EXPR [--input FILE|-] [--bindings FILE]\n"
              "         [--language jsonata|jsonpath] [--envelope]\n"
              "Evaluates EXPR against the input (FILE, - for standard input; {} when none)\n"
              "and prints the result as JSON.\n"
              "  --language jsonata   (default) EXPR is a JSONata expression; the members of\n"
              "                       the --bindings object are its variables ($name)\n"
              "  --language jsonpath  EXPR is a JSONPath path ($.a.b, $..c, $.d[?(@.e > 1)])\n"
              "                       or an intrinsic function call (States.Format('{}', $.a));\n"
              "                       the --bindings members are workflow variables ($name),\n"
              "                       and $$ reads the member context of the binding states\n"
              "  --envelope           print {\"result\": ...}, {\"undefined\": true} or\n"
              "                       {\"error\": {\"code\", \"position\", \"message\"}}\n"
              "Without --envelope an undefined result prints nothing and an error goes to\n"
              "standard error. Exit 0 a result or undefined, 1 a syntax or evaluation error\n"
              "or unreadable input, 2 usage.\n");
}

int usage(QTextStream &err, const QString &why)
{
    err << tr("stepwise eval: %1").arg(why) << '\n' << usageText();
    return 2;
}

int parse(const QStringList &args, Options &o, QTextStream &err)
{
    ArgumentList list(args);
    QString a;
    while (list.next(a)) {
        auto value = [&](QString &into) { return list.value(into); };
        bool ok = true;
        if (a == QLatin1String("--input")) {
            ok = value(o.input);
        } else if (a == QLatin1String("--bindings")) {
            ok = value(o.bindings);
        } else if (a == QLatin1String("--envelope")) {
            o.envelope = true;
        } else if (a == QLatin1String("--language")) {
            QString language;
            ok = value(language);
            if (ok && language == QLatin1String("jsonpath"))
                o.jsonPath = true;
            else if (ok && language == QLatin1String("jsonata"))
                o.jsonPath = false;
            else if (ok)
                return usage(err,
                             tr("--language takes jsonata or jsonpath, not '%1'").arg(language));
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(err, tr("unknown option %1").arg(a));
        } else if (!o.haveExpression) {
            // A JSONata expression may well start with '-' ("-1"), so only "--" marks options.
            o.expression = a;
            o.haveExpression = true;
        } else {
            return usage(err, tr("unexpected argument %1; quote the expression").arg(a));
        }
        if (!ok)
            return usage(err, tr("%1 needs a value").arg(a));
    }
    if (!o.haveExpression)
        return usage(err, tr("no expression given"));
    if (o.input == QLatin1String("-") && o.bindings == QLatin1String("-"))
        return usage(err, tr("--input and --bindings cannot both read standard input"));
    return 0;
}

Outcome evaluateJsonata(const std::string &source, const Json &input, const Json &bindings)
{
    Outcome o;
    jsonata::Error error;
    const auto expression = jsonata::Expression::compile(source, &error);
    if (!expression) {
        o.kind = Outcome::Kind::Error;
        o.code = error.code;
        o.position = error.position;
        o.message = error.message;
        return o;
    }
    jsonata::Result r = expression->evaluate(&input, bindings);
    if (!r.ok()) {
        o.kind = Outcome::Kind::Error;
        o.code = r.error.code;
        o.position = r.error.position;
        o.message = r.error.message;
    } else if (!r.undefined) {
        o.kind = Outcome::Kind::Value;
        o.value = std::move(r.value);
    }
    return o;
}

// The runtime's parsers end their messages with " at offset N" (the place in the text).
int offsetIn(const std::string &message)
{
    static const std::string marker = " at offset ";
    const std::size_t at = message.find(marker);
    if (at == std::string::npos)
        return -1;
    int offset = 0;
    std::size_t i = at + marker.size();
    if (i >= message.size() || message[i] < '0' || message[i] > '9')
        return -1;
    for (; i < message.size() && message[i] >= '0' && message[i] <= '9' && offset < 1000000; ++i)
        offset = offset * 10 + (message[i] - '0');
    return offset;
}

Outcome evaluateJsonPath(const std::string &source, const Json &input, const Json &bindings)
{
    Outcome o;
    std::string why;
    std::shared_ptr<const runtime::Intrinsic> call;
    std::optional<runtime::JsonPath> path;
    if (runtime::Intrinsic::looksLikeCall(source))
        call = runtime::Intrinsic::parse(source, &why);
    else
        path = runtime::JsonPath::parse(source, &why);
    if (!call && !path) {
        o.kind = Outcome::Kind::Error;
        o.code = "InvalidPath";
        o.position = offsetIn(why);
        o.message = why;
        return o;
    }
    static const Json noContext = Json::object();
    const Json *context = &noContext;
    if (auto states = bindings.find("states");
        states != bindings.end() && states->is_object() && states->contains("context"))
        context = &(*states)["context"];
    std::mt19937_64 rng{std::random_device{}()};
    runtime::EvalScope scope;
    scope.input = &input;
    scope.context = [context]() -> const Json & { return *context; };
    scope.variables = &bindings;
    scope.rng = &rng;
    try {
        if (call) {
            o.value = call->evaluate(scope);
            o.kind = Outcome::Kind::Value;
        } else if (scope.evaluate(*path, o.value)) {
            o.kind = Outcome::Kind::Value;
        }
    } catch (const runtime::StatesError &e) {
        o.kind = Outcome::Kind::Error;
        o.code = e.error;
        o.message = e.cause;
    }
    return o;
}

} // namespace

int evalCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() == 1 &&
        (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        out << usageText();
        return 0;
    }
    Options o;
    if (int rc = parse(args, o, err))
        return rc;
    Json input = Json::object();
    Json bindings = Json::object();
    QString error;
    if (!o.input.isEmpty() && !readJsonFile(o.input, input, error)) {
        err << tr("stepwise eval: %1").arg(error) << '\n';
        return 1;
    }
    if (!o.bindings.isEmpty()) {
        if (!readJsonFile(o.bindings, bindings, error)) {
            err << tr("stepwise eval: %1").arg(error) << '\n';
            return 1;
        }
        if (!bindings.is_object()) {
            err << tr("stepwise eval: %1: the bindings must be a JSON object of name: value")
                       .arg(o.bindings)
                << '\n';
            return 1;
        }
    }
    const std::string source = o.expression.toStdString();
    const Outcome r = o.jsonPath ? evaluateJsonPath(source, input, bindings)
                                 : evaluateJsonata(source, input, bindings);
    const auto dump = [](const Json &j) {
        return QString::fromStdString(runtime::json_util::dump(j));
    };
    switch (r.kind) {
    case Outcome::Kind::Value:
        out << (o.envelope ? dump(Json{{"result", r.value}}) : dump(r.value)) << '\n';
        return 0;
    case Outcome::Kind::Undefined:
        if (o.envelope)
            out << dump(Json{{"undefined", true}}) << '\n';
        return 0;
    case Outcome::Kind::Error:
        break;
    }
    if (o.envelope) {
        Json e{{"code", r.code},
               {"position", r.position >= 0 ? Json(r.position) : Json()},
               {"message", r.message}};
        out << dump(Json{{"error", std::move(e)}}) << '\n';
    } else if (r.position >= 0) {
        err << tr("stepwise eval: %1 at position %2: %3")
                   .arg(QString::fromStdString(r.code))
                   .arg(r.position)
                   .arg(QString::fromStdString(r.message))
            << '\n';
    } else {
        err << tr("stepwise eval: %1: %2")
                   .arg(QString::fromStdString(r.code), QString::fromStdString(r.message))
            << '\n';
    }
    return 1;
}

} // namespace stepwise
