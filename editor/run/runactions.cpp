#include "runactions.h"

#include "runcontroller.h"
#include "startdialog.h"
#include "workflow.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QToolBar>

namespace stepwise {

RunActions::RunActions(RunController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
    m_menu = new QMenu(tr("&Run"), window);
    auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = m_menu->addAction(text);
        // The toolbar shows the text without its mnemonic: Qt strips "&" but would keep the
        // "(S)" a translation writes as "(&S)" after the word, so that goes too.
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
        plain.remove(QLatin1Char('&'));
        plain.remove(QStringLiteral("…"));
        a->setIconText(plain.trimmed());
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_start = make(tr("&Start…"), QKeySequence(Qt::Key_F5), [this] { showStartDialog(); });
    m_continue = make(tr("&Continue"), QKeySequence(Qt::CTRL | Qt::Key_F5),
                      [this] { m_controller->continueRun(); });
    m_pause = make(tr("&Pause"), QKeySequence(Qt::Key_Pause), [this] { m_controller->pause(); });
    m_step = make(tr("S&tep"), QKeySequence(Qt::Key_F10), [this] { m_controller->step(); });
    m_stepBack = make(tr("Step &Back"), QKeySequence(Qt::SHIFT | Qt::Key_F10),
                      [this] { m_controller->stepBack(); });
    m_stop =
        make(tr("St&op"), QKeySequence(Qt::SHIFT | Qt::Key_F5), [this] { m_controller->stop(); });
    m_restart = make(tr("&Restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                     [this] { m_controller->restart(); });
    m_openHistory =
        make(tr("Open &History…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H), [this] {
            const QString path =
                QFileDialog::getOpenFileName(m_window, tr("Open Execution History"), {},
                                             tr("Execution history (*.json);;All files (*)"));
            if (path.isEmpty())
                return;
            if (const QString report = openHistoryFile(path); !report.isEmpty())
                QMessageBox::warning(m_window, tr("Open Execution History"), report);
        });
    m_openHistory->setToolTip(
        tr("Replay a history exported from AWS (get-execution-history) on this definition"));
    m_menu->addSeparator();
    m_breakpoint = make(tr("Toggle &Breakpoint"), QKeySequence(Qt::Key_F9), [this] {
        if (m_toggleBreakpoint)
            m_toggleBreakpoint();
        else if (const QString state = m_selectedState ? m_selectedState() : QString();
                 !state.isEmpty())
            m_controller->toggleBreakpoint(state);
    });
    m_realTime = make(tr("Waits in &Real Time"), QKeySequence(Qt::CTRL | Qt::Key_F9),
                      [this](bool on) { m_controller->setRealTime(on); });
    m_realTime->setCheckable(true);

    // Speed: events a second while continuing (0 = as fast as it goes), and in real time the
    // factor virtual waits are divided by. Offered twice, kept in step: a combo box on the
    // toolbar and a submenu of exclusive actions with shortcuts. (One widget cannot be both:
    // a QWidgetAction's default widget added to a toolbar as well stays hidden there.)
    struct Pace
    {
        QString name;
        int eventsPerSecond;
        double factor;
    };
    const Pace paces[] = {{tr("Fast-forward"), 0, 1.0},
                          {tr("20 events/s, ×10"), 20, 10.0},
                          {tr("5 events/s, ×1"), 5, 1.0},
                          {tr("1 event/s, ×0.5"), 1, 0.5}};
    m_speed = new QComboBox(window);
    m_speed->setObjectName(QStringLiteral("runSpeed"));
    m_speed->setToolTip(tr("Run speed (Ctrl+Alt+1 to 4)"));
    QMenu *speedMenu = m_menu->addMenu(tr("S&peed"));
    auto *group = new QActionGroup(this);
    for (const Pace &pace : paces) {
        m_speed->addItem(pace.name, QVariantList{pace.eventsPerSecond, pace.factor});
        QAction *a = speedMenu->addAction(pace.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + int(m_speeds.size()))));
        group->addAction(a);
        const int index = int(m_speeds.size());
        connect(a, &QAction::triggered, this, [this, index] { m_speed->setCurrentIndex(index); });
        m_speeds.push_back(a);
    }
    m_speeds.front()->setChecked(true);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QVariantList v = m_speed->currentData().toList();
        m_controller->setPace(v.value(0).toInt());
        m_controller->setSpeed(v.value(1).toDouble());
        if (index >= 0 && index < int(m_speeds.size()))
            m_speeds[std::size_t(index)]->setChecked(true);
    });

    connect(m_controller, &RunController::started, this, &RunActions::updateEnabled);
    connect(m_controller, &RunController::stopped, this, &RunActions::updateEnabled);
    connect(m_controller, &RunController::continuingChanged, this, &RunActions::updateEnabled);
    connect(m_controller, &RunController::statusChanged, this, &RunActions::updateEnabled);
    connect(m_controller, &RunController::eventIndexChanged, this, &RunActions::updateEnabled);
    updateEnabled();
}

void RunActions::addToToolBar(QToolBar *bar) const
{
    for (QAction *a : {m_start, m_continue, m_pause, m_step, m_stepBack, m_stop, m_restart})
        bar->addAction(a);
    bar->addWidget(m_speed);
}

void RunActions::updateEnabled()
{
    const bool open = m_controller->isOpen();
    const bool active = m_controller->isActive();
    const bool going = m_controller->isContinuing();
    m_continue->setEnabled(active && !going);
    m_pause->setEnabled(going);
    m_step->setEnabled(active && !going);
    m_stepBack->setEnabled(open && !going && m_controller->eventIndex() > 0);
    m_stop->setEnabled(active);
    m_restart->setEnabled(open);
}

QString RunActions::openHistoryFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(path, file.errorString());
    if (!m_controller->openReplay(file.readAll()))
        return tr("%1 does not replay on this definition:\n%2")
            .arg(path, m_controller->lastError());
    const QStringList problems = m_controller->replayProblems();
    if (problems.isEmpty())
        return {};
    const int shown = std::min<int>(int(problems.size()), 20);
    QString report = tr("%n event(s) of %1 do not fit this definition and are left out:", nullptr,
                        int(problems.size()))
                         .arg(path);
    for (int i = 0; i < shown; ++i)
        report += QLatin1Char('\n') + problems[i];
    if (shown < problems.size())
        report += QLatin1Char('\n') + tr("… and %n more", nullptr, int(problems.size()) - shown);
    return report;
}

void RunActions::showStartDialog()
{
    const Workflow *doc = m_controller->document();
    StartDialog dialog(doc ? doc->data().savedInputs : OrderedJson::object(), m_window);
    connect(&dialog, &StartDialog::saveInputRequested, this, &RunActions::saveInputRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_controller->start(dialog.inputJson(), dialog.mockConfig(), dialog.testCase()))
        QMessageBox::warning(m_window, tr("Start Execution"), m_controller->lastError());
}

} // namespace stepwise
