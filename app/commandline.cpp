#include "commandline.h"

#include "documentio.h"
#include "evalcommand.h"
#include "paneldocks.h"
#include "rendercommand.h"
#include "runcommand.h"
#include "theme.h"

#include <QFileInfo>

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

bool CommandLine::isCommand(const QString &word)
{
    return word == QLatin1String("convert") || word == QLatin1String("validate") ||
           word == QLatin1String("run") || word == QLatin1String("render") ||
           word == QLatin1String("eval") || word == QLatin1String("help");
}

bool CommandLine::isGuiOptionWithValue(const QString &word)
{
    return word == QLatin1String("--screenshot") || word == QLatin1String("--theme") ||
           word == QLatin1String("--docks") || word == QLatin1String("--select");
}

QString CommandLine::docksError(const QString &value)
{
    const QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (names.isEmpty())
        return tr("--docks needs a list of panels");
    for (const QString &d : names)
        if (d != QLatin1String("all") && d != QLatin1String("none") && !PanelDocks::fromName(d))
            return tr("--docks: unknown panel '%1'; use palette, inspector, problems, code, "
                      "history, all or none")
                .arg(d);
    return {};
}

bool CommandLine::paintsHeadless(const QStringList &args)
{
    return !args.isEmpty() && args.first() == QLatin1String("render");
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

std::optional<CommandLine::GuiOptions> CommandLine::guiOptions(const QStringList &args)
{
    GuiOptions options;
    if (!args.isEmpty() && isCommand(args.first()))
        return std::nullopt;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (isGuiOptionWithValue(a)) {
            if (i + 1 >= args.size())
                return std::nullopt;
            const QString value = args[++i];
            if (a == QLatin1String("--screenshot")) {
                options.screenshot = value;
            } else if (a == QLatin1String("--theme")) {
                if (!Theme::fromName(value))
                    return std::nullopt;
                options.theme = value.toLower();
            } else if (a == QLatin1String("--docks")) {
                if (!docksError(value).isEmpty())
                    return std::nullopt;
                options.docks = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            } else {
                options.select = value;
            }
        } else if (a.startsWith(QLatin1Char('-')) || !options.file.isEmpty()) {
            return std::nullopt;
        } else if (!QFileInfo::exists(a) &&
                   DocumentIo::formatForPath(a) == DocumentIo::Format::Unknown) {
            // Neither a file nor something that looks like one: an unknown command.
            return std::nullopt;
        } else {
            options.file = a;
        }
    }
    return options;
}

int CommandLine::usageError(const QString &message, QTextStream &err)
{
    err << programName() << ": " << message << '\n'
        << tr("Try 'stepwise --help' for more information.") << '\n';
    return 2;
}

int CommandLine::runHeadless(const QStringList &args, QTextStream &out, QTextStream &err)
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
    if (first == QLatin1String("render"))
        return RenderCommand::run(rest, out, err);
    // The window's options got here because a value is missing or wrong.
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (isGuiOptionWithValue(a)) {
            if (i + 1 >= args.size())
                return usageError(tr("option '%1' needs a value").arg(a), err);
            const QString &value = args[++i];
            if (a == QLatin1String("--theme"))
                return usageError(tr("--theme takes system, light or dark, not '%1'").arg(value),
                                  err);
            if (a == QLatin1String("--docks") && !docksError(value).isEmpty())
                return usageError(docksError(value), err);
        } else if (a.startsWith(QLatin1Char('-'))) {
            return usageError(tr("unknown option '%1'").arg(a), err);
        }
    }
    if (QFileInfo::exists(first) || DocumentIo::formatForPath(first) != DocumentIo::Format::Unknown)
        return usageError(tr("the window opens one file at a time"), err);
    return usageError(tr("unknown command '%1'").arg(first), err);
}

int CommandLine::convert(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (!args.isEmpty() && isHelp(args.first())) {
        out << tr("Usage: stepwise convert IN OUT [--sam]\n"
                  "Reads IN and writes OUT; the formats follow the file names.\n"
                  "What OUT's format cannot keep is reported as warnings.\n"
                  "  --sam   write OUT as an AWS SAM template (YAML) holding the state machine,\n"
                  "          ready for 'sam deploy'\n");
        return 0;
    }
    QStringList files;
    bool sam = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--sam"))
            sam = true;
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

} // namespace stepwise
