#include "commandline.h"
#include "mainwindow.h"
#include "paneldocks.h"
#include "runscreenshot.h"
#include "theme.h"
#include "translation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace stepwise;

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("stepwise"));
    QCoreApplication::setOrganizationName(QStringLiteral("Stepwise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEPWISE_VERSION));
}

int headless(const QStringList &args)
{
    setNames();
    QTextStream out(stdout), err(stderr);
    const int status = CommandLine::runHeadless(args, out, err);
    out.flush();
    err.flush();
    return status;
}

// Puts the window in the state a screenshot asks for: panels, theme, selection.
bool stage(MainWindow &window, const CommandLine::GuiOptions &gui)
{
    if (!gui.docks.isEmpty()) {
        QVector<PanelDocks::Panel> panels;
        for (const QString &name : gui.docks) {
            if (name == QLatin1String("all"))
                for (int i = 0; i < PanelDocks::panelCount; ++i)
                    panels << PanelDocks::Panel(i);
            else if (const auto panel = PanelDocks::fromName(name))
                panels << *panel;
        }
        window.showOnlyPanels(panels);
    }
    if (!gui.select.isEmpty() && !window.selectState(gui.select)) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "No state named '%1'").arg(gui.select) << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    Translation::installAtStartup();
    // Decide before any application object exists: headless commands must not need a display.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // A screenshot of an execution: its options are the window's, taken out first.
    RunScreenshot runShot;
    if (QString why; !runShot.take(args, why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 2;
    }
    const std::optional<CommandLine::GuiOptions> gui = CommandLine::guiOptions(args);
    if (!gui && CommandLine::paintsHeadless(args)) {
        // Drawing needs fonts and a QGuiApplication, but never a display: force offscreen.
        // The platform's chatter (no runtime dir, no window hints) is not the user's business;
        // the command reports its own errors.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &msg) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                QTextStream(stderr) << msg << '\n';
        });
        QApplication app(argc, argv);
        return headless(args);
    }
    if (!gui) {
        QCoreApplication app(argc, argv);
        return headless(args);
    }

    QApplication app(argc, argv);
    setNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Stepwise"));
    QApplication::setDesktopFileName(QStringLiteral("stepwise"));

    MainWindow window;
    const bool screenshot = !gui->screenshot.isEmpty();
    if (screenshot) {
        // A picture of the default window: the user's saved layout and theme stay out of it.
        window.setMessageHook([](QMessageBox::Icon, const QString &, const QString &text) {
            QTextStream(stderr) << text << '\n';
        });
    } else {
        window.restoreSettings();
    }
    if (!gui->theme.isEmpty())
        window.setTheme(Theme::fromName(gui->theme).value_or(Theme::Choice::System));
    const bool opened = gui->file.isEmpty() ? window.openTemplate(MainWindow::seedTemplate())
                                            : window.openFile(gui->file);
    bool staged = stage(window, *gui);
    window.show();
    if (staged && runShot.wanted()) {
        QString why;
        staged = runShot.stage(window, why);
        if (!staged)
            QTextStream(stderr) << why << '\n';
    }
    if (screenshot)
        return window.saveScreenshot(gui->screenshot) && opened && staged ? 0 : 1;
    return app.exec();
}
