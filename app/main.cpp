#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace stepwise;

int main(int argc, char **argv)
{
    // Decide before any application object exists: headless commands must not need a display.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const std::optional<CommandLine::GuiOptions> gui = CommandLine::guiOptions(args);
    if (!gui) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("stepwise"));
        QCoreApplication::setOrganizationName(QStringLiteral("Stepwise"));
        QTextStream out(stdout), err(stderr);
        const int status = CommandLine::runHeadless(args, out, err);
        out.flush();
        err.flush();
        return status;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("stepwise"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stepwise"));
    QApplication::setOrganizationName(QStringLiteral("Stepwise"));
    QApplication::setApplicationVersion(QStringLiteral(STEPWISE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("stepwise"));

    MainWindow window;
    if (!gui->screenshot.isEmpty()) {
        window.setMessageHook([](QMessageBox::Icon, const QString &, const QString &text) {
            QTextStream(stderr) << text << '\n';
        });
    }
    const bool opened = gui->file.isEmpty() ? window.openTemplate(MainWindow::seedTemplate())
                                            : window.openFile(gui->file);
    window.show();
    if (!gui->screenshot.isEmpty())
        return window.saveScreenshot(gui->screenshot) && opened ? 0 : 1;
    return app.exec();
}
