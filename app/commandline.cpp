#include "commandline.h"

#include "documentio.h"
#include "paneldocks.h"
#include "rendercommand.h"
#include "theme.h"

#include <QFileInfo>

namespace stepwise {

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

int CommandLine::runHeadless(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (const std::optional<int> status = runTextCommand(args, out, err))
        return *status;
    const QString &first = args.first();
    if (first == QLatin1String("render"))
        return RenderCommand::run(args.mid(1), out, err);
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

} // namespace stepwise
