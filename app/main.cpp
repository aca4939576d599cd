#include "commandline.h"
#include "translation.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <unistd.h>

using namespace stepwise;

// `stepwise`: the commands that print text run here, on Qt Core alone, so that `stepwise run`
// or `stepwise eval` starts in a few milliseconds: loading Qt GUI and Widgets (and the libraries
// they pull in) cost most of a short run's time. The window and `render` live in
// `stepwise-gui`, beside this executable, which takes the same arguments.
int main(int argc, char **argv)
{
    Translation::installAtStartup();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::isTextCommand(args)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("stepwise"));
        QCoreApplication::setOrganizationName(QStringLiteral("Stepwise"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STEPWISE_VERSION));
        QTextStream out(stdout), err(stderr);
        const int status = *CommandLine::runTextCommand(args, out, err);
        out.flush();
        err.flush();
        return status;
    }
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string gui = n > 0 ? std::string(self, std::size_t(n)) : std::string(argv[0]);
    gui = gui.substr(0, gui.rfind('/') + 1) + "stepwise-gui";
    argv[0] = gui.data();
    execv(gui.c_str(), argv);
    std::fprintf(stderr, "stepwise: cannot start %s: %s\n", gui.c_str(), std::strerror(errno));
    return 1;
}
