#include "commandline.h"

#include "convert/tojsonata.h"
#include "documentio.h"
#include "evalcommand.h"
#include "jsontext.h"
#include "runcommand.h"

#include <QFile>
#include <QSaveFile>

// The commands that print text (convert, validate, run, eval, help, version): they need Qt Core
// only, so the `stepwise` executable that runs them loads no GUI library and starts fast.

namespace stepwise {

namespace {

QString programName()
{
    return QStringLiteral("stepwise");
}

bool isHelp(const QString &a)
{
    return a == QLatin1String("--help") || a == QLatin1String("-h");
}

} // namespace

bool CommandLine::isTextCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &w = args.first();
    return isHelp(w) || w == QLatin1String("help") || w == QLatin1String("--version") ||
           w == QLatin1String("-v") || w == QLatin1String("convert") ||
           w == QLatin1String("validate") || w == QLatin1String("run") ||
           w == QLatin1String("eval");
}

std::optional<int> CommandLine::runTextCommand(const QStringList &args, QTextStream &out,
                                               QTextStream &err)
{
    if (args.isEmpty())
        return usageError(tr("missing command"), err);
    const QString &first = args.first();
    const QStringList rest = args.mid(1);
    if (isHelp(first) || first == QLatin1String("help")) {
        out << usage();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << versionText();
        return 0;
    }
    if (first == QLatin1String("convert"))
        return convert(rest, out, err);
    if (first == QLatin1String("validate"))
        return validate(rest, out, err);
    if (first == QLatin1String("run"))
        return runCommand(rest, out, err);
    if (first == QLatin1String("eval"))
        return evalCommand(rest, out, err);
    return std::nullopt;
}

QString CommandLine::usage()
{
    return tr("Usage: stepwise [FILE]\n"
              "       stepwise COMMAND [ARGS...]\n"
              "\n"
              "Design, check and step through serverless workflows.\n"
              "With no command, opens FILE (or a built-in template) in the window.\n"
              "\n"
              "Commands:\n"
              "  convert IN OUT     convert a workflow; formats follow the file names\n"
              "                     (.fz, .asl.json, .asl.yaml, .stepwise, .sam.yaml);\n"
              "                     --sam writes an AWS SAM template\n"
              "  validate FILE...   check files; prints FILE:LINE:COL: error|warning: MESSAGE\n"
              "  run DEF [OPTIONS]  execute a definition headless (see stepwise run --help)\n"
              "  eval EXPR          evaluate a JSONata expression, or a JSONPath path or\n"
              "                     intrinsic function, against --input FILE (see\n"
              "                     stepwise eval --help)\n"
              "  render IN OUT      draw a workflow to OUT.png, .svg or .pdf with no display;\n"
              "                     --scale N, --transparent, --theme light|dark\n"
              "\n"
              "Options:\n"
              "  -h, --help         show this help and exit\n"
              "  -v, --version      show the version and exit\n"
              "  --theme NAME       open the window in the system, light or dark theme\n"
              "  --screenshot PNG   open FILE, fit it, save a picture of the window and quit;\n"
              "                     with --docks all|none|palette,inspector,problems,code,history\n"
              "                     (the panels to show) and --select STATE (shown in the\n"
              "                     inspector)\n"
              "\n"
              "Exit status: 0 no errors, 1 errors or unreadable input, 2 wrong usage.\n");
}

QString CommandLine::versionText()
{
    return programName() + QLatin1Char(' ') + QStringLiteral(STEPWISE_VERSION) + QLatin1Char('\n');
}

int CommandLine::usageError(const QString &message, QTextStream &err)
{
    err << programName() << ": " << message << '\n'
        << tr("Try 'stepwise --help' for more information.") << '\n';
    return 2;
}

int CommandLine::convert(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() && isHelp(args.first())) {
        out << tr("Usage: stepwise convert IN OUT [--sam]\n"
                  "Reads IN and writes OUT; the formats follow the file names.\n"
                  "What OUT's format cannot keep is reported as warnings.\n"
                  "  --sam   write OUT as an AWS SAM template (YAML) holding the state machine,\n"
                  "          ready for 'sam deploy'\n"
                  "  --to-jsonata  rewrite the JSONPath states of an ASL JSON file as JSONata\n"
                  "          (paths, templates, intrinsic functions, Choice rules); a state\n"
                  "          JSONata cannot say stays JSONPath, with a warning\n");
        return 0;
    }
    QStringList files;
    bool sam = false, toJsonata = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--sam"))
            sam = true;
        else if (a == QLatin1String("--to-jsonata"))
            toJsonata = true;
        else if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return usageError(tr("unknown option '%1'").arg(a), err);
        else
            files << a;
    }
    if (files.size() < 2)
        return usageError(tr("convert needs an input and an output file"), err);
    if (files.size() > 2)
        return usageError(tr("convert takes exactly two files"), err);
    const QString &in = files[0], &outPath = files[1];
    if (toJsonata && sam)
        return usageError(tr("--to-jsonata and --sam do not go together"), err);
    if (toJsonata)
        return convertToJsonata(in, outPath, err);
    // A SAM template is YAML: writing it into x.asl.json would leave a file that lies about itself.
    if (sam && !outPath.endsWith(QLatin1String(".yaml"), Qt::CaseInsensitive) &&
        !outPath.endsWith(QLatin1String(".yml"), Qt::CaseInsensitive)) {
        err << programName() << ": "
            << tr("%1: --sam writes YAML; name the output .yaml or .yml").arg(outPath) << '\n';
        return 1;
    }
    const DocumentIo::Format target =
        sam ? DocumentIo::Format::SamTemplate : DocumentIo::formatForPath(outPath);
    if (target == DocumentIo::Format::Unknown) {
        err << programName() << ": "
            << tr("%1: unknown output file type; use .fz, .asl.json, .asl.yaml, .sam.yaml or "
                  ".stepwise")
                   .arg(outPath)
            << '\n';
        return 1;
    }
    const DocumentIo::ReadResult read = DocumentIo::readFile(in);
    for (Diagnostic d : read.diagnostics) {
        // A document that was read converts even when the validator objects to it (an
        // unreachable state, say): its findings are reported, as warnings, not a reason to stop.
        if (read.document)
            d.severity = Diagnostic::Severity::Warning;
        err << d.format(in) << '\n';
    }
    if (!read.document)
        return 1;
    const DocumentIo::WriteResult written = DocumentIo::writeFile(outPath, *read.document, target);
    for (const Diagnostic &d : written.diagnostics)
        err << d.format(outPath) << '\n';
    return written.ok ? 0 : 1;
}

int CommandLine::validate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() && isHelp(args.first())) {
        out << tr("Usage: stepwise validate FILE...\n"
                  "Prints FILE:LINE:COL: error|warning: MESSAGE for every finding.\n");
        return 0;
    }
    QStringList files;
    for (const QString &a : args) {
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return usageError(tr("unknown option '%1'").arg(a), err);
        files << a;
    }
    if (files.isEmpty())
        return usageError(tr("validate needs at least one file"), err);
    bool errors = false;
    for (const QString &file : files) {
        const DocumentIo::ReadResult read = DocumentIo::readFile(file);
        for (const Diagnostic &d : read.diagnostics)
            out << d.format(file) << '\n';
        if (!read.document || hasErrors(read.diagnostics))
            errors = true;
    }
    return errors ? 1 : 0;
}

int CommandLine::convertToJsonata(const QString &in, const QString &outPath, QTextStream &err)
{
    const auto isJson = [](const QString &path) {
        return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    };
    if (!isJson(in) || !isJson(outPath)) {
        err << programName() << ": "
            << tr("--to-jsonata reads and writes ASL JSON: name both files .json") << '\n';
        return 1;
    }
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly)) {
        err << programName() << ": " << tr("cannot read %1: %2").arg(in, file.errorString())
            << '\n';
        return 1;
    }
    const QByteArray bytes = file.readAll();
    OrderedJson asl;
    const json_text::Result parsed =
        json_text::parse(std::string_view(bytes.constData(), std::size_t(bytes.size())), asl);
    if (!parsed.ok) {
        err << tr("%1:%2:%3: error: not valid JSON: %4")
                   .arg(in)
                   .arg(parsed.line)
                   .arg(parsed.column)
                   .arg(QString::fromStdString(parsed.error))
            << '\n';
        return 1;
    }
    if (!asl.is_object() || !asl.contains("States")) {
        err << tr("%1:1:1: error: not an ASL definition (no \"States\")").arg(in) << '\n';
        return 1;
    }
    const ToJsonata::Result converted = ToJsonata::definition(asl);
    for (const QString &note : converted.notes)
        err << tr("%1: warning: stays JSONPath: %2").arg(in, note) << '\n';
    // Written whole or not at all: the user's OUT is never left half-written.
    QSaveFile out(outPath);
    const std::string text =
        converted.definition.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(text.data(), qint64(text.size())) != qint64(text.size()) || !out.commit()) {
        err << programName() << ": " << tr("cannot write %1: %2").arg(outPath, out.errorString())
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace stepwise
