#include "runscreenshot.h"

#include "mainwindow.h"
#include "run/historypanel.h"
#include "run/runcontroller.h"

#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QToolButton>

namespace stepwise {

namespace {

QString textOf(const QString &value, QString &error)
{
    if (!value.startsWith(QLatin1Char('@')))
        return value;
    QFile f(value.mid(1));
    if (!f.open(QIODevice::ReadOnly)) {
        error = RunScreenshot::tr("cannot read %1: %2").arg(value.mid(1), f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

} // namespace

bool RunScreenshot::take(QStringList &args, QString &error)
{
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool valued = a == QLatin1String("--run-input") ||
                            a == QLatin1String("--run-mocks") || a == QLatin1String("--run-case") ||
                            a == QLatin1String("--run-follow") ||
                            a == QLatin1String("--run-event") || a == QLatin1String("--run-docks");
        if (a == QLatin1String("--run-dataflow")) {
            m_dataFlow = true;
            continue;
        }
        if (!valued) {
            rest << a;
            continue;
        }
        if (i + 1 >= args.size()) {
            error = tr("%1 needs a value").arg(a);
            return false;
        }
        const QString v = args[++i];
        bool ok = true;
        if (a == QLatin1String("--run-input"))
            m_input = textOf(v, error);
        else if (a == QLatin1String("--run-mocks"))
            m_mocks = textOf(QLatin1Char('@') + v, error);
        else if (a == QLatin1String("--run-case"))
            m_case = v;
        else if (a == QLatin1String("--run-docks"))
            m_docks = v;
        else if (a == QLatin1String("--run-follow"))
            m_follow = v.toInt(&ok);
        else
            m_event = v.toInt(&ok);
        if (!ok)
            error = tr("%1 needs a number, not '%2'").arg(a, v);
        if (!error.isEmpty())
            return false;
    }
    args = rest;
    return true;
}

bool RunScreenshot::stage(MainWindow &window, QString &error) const
{
    auto *run = window.findChild<RunController *>(QStringLiteral("runController"));
    if (!run) {
        error = tr("the window has no run controller");
        return false;
    }
    if (!run->start(m_input, m_mocks, m_case)) {
        error = run->lastError();
        return false;
    }
    run->continueRun();
    QElapsedTimer clock;
    clock.start();
    while (run->isContinuing() && clock.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    run->flush();
    if (m_follow >= 0) {
        // As a user does it: the overlay's container and iteration.
        auto *container = window.findChild<QComboBox *>(QStringLiteral("followContainer"));
        auto *iteration = window.findChild<QSpinBox *>(QStringLiteral("followIteration"));
        if (!container || !iteration || container->count() < 2) {
            error = tr("there is no Map or Parallel to follow");
            return false;
        }
        container->setCurrentIndex(1);
        iteration->setValue(m_follow);
        run->flush();
    }
    for (const QString &name : m_docks.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString object = name == QLatin1String("callbacks")
                                   ? QStringLiteral("callbacksDock")
                                   : QStringLiteral("executionHistoryDock");
        if (auto *dock = window.findChild<QDockWidget *>(object)) {
            dock->show();
            dock->raise();
            // Tall enough for the history table and a step's data flow, wide enough for the
            // callback's payload.
            const bool history = object == QLatin1String("executionHistoryDock");
            window.resizeDocks({dock}, {history ? 330 : 420},
                               history ? Qt::Vertical : Qt::Horizontal);
        }
    }
    if (m_event > 0) {
        auto *history = window.findChild<HistoryPanel *>();
        if (!history) {
            error = tr("the window has no history panel");
            return false;
        }
        history->selectRow(m_event - 1);
        if (m_dataFlow)
            if (auto *flow = history->findChild<QToolButton *>(QStringLiteral("dataFlowButton")))
                flow->setChecked(true);
    }
    // The token and the panels settle before the picture.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 600)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return true;
}

} // namespace stepwise
