#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace stepwise {

/// The `stepwise` command line. main() asks it what to do before creating any application
/// object, so headless commands (convert, validate, run, --help, --version, usage errors) run
/// on a QCoreApplication and need no display.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::CommandLine)
public:
    /// What the window should do: open `file` (the seed template when empty) and, with
    /// `screenshot` set, save a picture of the window there and quit.
    struct GuiOptions
    {
        QString file;
        QString screenshot;
        /// Screenshot staging: "light"/"dark", the docks to show ("all", "none" or names), and
        /// a state to select so the inspector shows it. Empty means the default.
        QString theme;
        QStringList docks;
        QString select;
    };

    /// `args` excludes the program name. Returns the window's options, or nothing when the
    /// arguments name a headless command or are wrong (runHeadless then reports the error).
    static std::optional<GuiOptions> guiOptions(const QStringList &args);
    /// Runs a headless command; returns the exit status (0 fine, 1 errors, 2 wrong usage).
    static int runHeadless(const QStringList &args, QTextStream &out, QTextStream &err);
    /// True for headless commands that paint (render): main() gives them a QGuiApplication on
    /// the offscreen platform instead of a QCoreApplication.
    static bool paintsHeadless(const QStringList &args);

    /// True when `args` name a command that prints text (convert, validate, run, eval, help,
    /// version): the lean `stepwise` executable runs those itself.
    static bool isTextCommand(const QStringList &args);
    /// Runs a text command; nothing when `args` name another one.
    static std::optional<int> runTextCommand(const QStringList &args, QTextStream &out,
                                             QTextStream &err);

    static QString usage();
    static QString versionText();

private:
    static bool isCommand(const QString &word);
    static bool isGuiOptionWithValue(const QString &word);
    /// Why a --docks value is wrong, or nothing.
    static QString docksError(const QString &value);
    static int usageError(const QString &message, QTextStream &err);
    static int convert(const QStringList &args, QTextStream &out, QTextStream &err);
    static int validate(const QStringList &args, QTextStream &out, QTextStream &err);
    static int convertToJsonata(const QString &in, const QString &outPath, QTextStream &err);
};

} // namespace stepwise
