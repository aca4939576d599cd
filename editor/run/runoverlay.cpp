#include "runoverlay.h"

#include "runcontroller.h"
#include "runstatus.h"

#include "scene/diagramstyle.h"
#include "workflow.h"

#include <algorithm>

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace stepwise {

namespace {

using Status = runtime::Execution::Status;

// A swatch drawn as the canvas draws the state: a tinted box with the state's border style.
class Swatch : public QWidget
{
public:
    Swatch(RunState state, QWidget *parent) : QWidget(parent), m_state(state)
    {
        setFixedSize(22, 14);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = runStateColor(m_state, DiagramStyle::isDark());
        QPen pen(c, 2.2);
        if (m_state == RunState::Waiting)
            pen.setStyle(Qt::DashLine);
        else if (m_state == RunState::Retrying)
            pen.setStyle(Qt::DashDotLine);
        else if (m_state == RunState::Cancelled)
            pen.setStyle(Qt::DotLine);
        QColor fill = c;
        fill.setAlpha(60);
        p.setPen(pen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }

private:
    RunState m_state;
};

} // namespace

RunOverlay::RunOverlay(RunController *run, QWidget *host) : QFrame(host), m_run(run)
{
    setObjectName(QStringLiteral("runOverlay"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 5, 8, 5);
    layout->setSpacing(4);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("runStatusLabel"));
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    // Compact, so that it covers little of the diagram: the status and the follow controls
    // on one line, the legend in two rows below.
    auto *followRow = new QHBoxLayout;
    followRow->setSpacing(4);
    followRow->addWidget(m_status);
    followRow->addSpacing(12);
    m_followLabel = new QLabel(tr("Follow:"), this);
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("followContainer"));
    m_container->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_container->setToolTip(tr("A Parallel or Map state whose branch or iteration the canvas "
                               "shows on its own"));
    m_iteration = new QSpinBox(this);
    m_iteration->setObjectName(QStringLiteral("followIteration"));
    m_iteration->setMinimum(-1);
    m_iteration->setSpecialValueText(tr("all"));
    m_iteration->setValue(-1);
    m_iteration->setToolTip(tr("The iteration (or branch) index to follow; \"all\" shows every "
                               "iteration together"));
    followRow->addWidget(m_followLabel);
    followRow->addWidget(m_container, 1);
    followRow->addWidget(m_iteration);
    layout->addLayout(followRow);
    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("runLegend"));
    layout->addWidget(m_legend);
    buildLegend();

    connect(m_container, &QComboBox::currentIndexChanged, this, [this] {
        m_iteration->setEnabled(m_container->currentIndex() > 0);
        follow();
    });
    connect(m_iteration, &QSpinBox::valueChanged, this, &RunOverlay::follow);
    connect(run, &RunController::statusChanged, this, &RunOverlay::updateStatus);
    connect(run, &RunController::continuingChanged, this, &RunOverlay::updateStatus);
    connect(run, &RunController::clockChanged, this, &RunOverlay::updateStatus);
    connect(run, &RunController::started, this, &RunOverlay::updateStatus);
    connect(run, &RunController::stopped, this, &RunOverlay::updateStatus);
    connect(run, &RunController::countsChanged, this, &RunOverlay::updateContainers);
    connect(run, &RunController::started, this, &RunOverlay::updateContainers);
    host->installEventFilter(this);
    updateContainers();
    updateStatus();
}

void RunOverlay::buildLegend()
{
    auto *grid = new QGridLayout(m_legend);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    const RunStatus order[] = {RunStatus::Running, RunStatus::Succeeded, RunStatus::Failed,
                               RunStatus::Caught,  RunStatus::Retrying,  RunStatus::Cancelled,
                               RunStatus::Waiting};
    int i = 0;
    for (RunStatus s : order) {
        const int row = i / 4, col = (i % 4) * 2;
        grid->addWidget(new Swatch(toSceneState(s), m_legend), row, col);
        auto *name = new QLabel(runStatusName(s), m_legend);
        name->setObjectName(QStringLiteral("legendEntry"));
        grid->addWidget(name, row, col + 1);
        ++i;
    }
    for (int c = 1; c < 8; c += 2)
        grid->setColumnStretch(c, 1);
}

QString RunOverlay::statusText() const
{
    return m_status->text();
}

void RunOverlay::updateStatus()
{
    setVisible(m_run->isOpen());
    if (!m_run->isOpen())
        return;
    QString what;
    switch (m_run->status()) {
    case Status::Running:
        what = m_run->isContinuing() ? tr("Running") : tr("Paused");
        break;
    case Status::PausedBreakpoint:
        what = tr("Paused at a breakpoint");
        break;
    case Status::PausedCallback:
        what = tr("Waiting for a callback");
        break;
    case Status::PausedChoice:
        what = tr("Waiting for a choice");
        break;
    case Status::Succeeded:
        what = tr("Succeeded");
        break;
    case Status::Failed:
        what = tr("Failed");
        break;
    case Status::TimedOut:
        what = tr("Timed out");
        break;
    case Status::Aborted:
        what = tr("Aborted");
        break;
    }
    if (m_run->isReplay())
        what = tr("Replay: %1").arg(what);
    const QString clock = QDateTime::fromMSecsSinceEpoch(m_run->now(), QTimeZone::utc())
                              .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
    m_status->setText(tr("%1 · event %2 · %3").arg(what).arg(m_run->eventIndex()).arg(clock));
    place();
}

void RunOverlay::updateContainers()
{
    const Workflow *doc = m_run->document();
    QList<RunEntity> entities = m_run->containers();
    auto nameOf = [doc](const RunEntity &e) {
        const Node *n = doc ? doc->node(e.id) : nullptr;
        return !n ? QString() : n->asl.name.isEmpty() ? n->label : n->asl.name;
    };
    std::sort(entities.begin(), entities.end(),
              [&nameOf](const RunEntity &a, const RunEntity &b) { return nameOf(a) < nameOf(b); });
    // Until the run has a Parallel or Map, there is nothing to follow: no empty list, no "0".
    const bool any = !entities.isEmpty();
    m_followLabel->setVisible(any);
    m_container->setVisible(any);
    m_iteration->setVisible(any);
    if (entities != m_entities || m_container->count() == 0) {
        const RunEntity current = m_run->followedContainer();
        QSignalBlocker block(m_container);
        m_container->clear();
        m_container->addItem(tr("(every container)"));
        for (const RunEntity &e : entities)
            m_container->addItem(nameOf(e));
        m_entities = entities;
        m_container->setCurrentIndex(int(entities.indexOf(current)) + 1);
        m_iteration->setEnabled(m_container->currentIndex() > 0);
    }
    const int row = m_container->currentIndex() - 1;
    const int total = row >= 0 ? m_run->counts(m_entities[row]).total : 0;
    QSignalBlocker block(m_iteration);
    m_iteration->setMaximum(std::max(0, total - 1));
    // Each container's row says how far its branches or iterations got.
    for (int i = 0; i < m_entities.size(); ++i) {
        const RunCounts c = m_run->counts(m_entities[i]);
        m_container->setItemData(i + 1,
                                 tr("%1 running, %2 done, %3 failed of %4")
                                     .arg(c.running)
                                     .arg(c.done)
                                     .arg(c.failed)
                                     .arg(c.total),
                                 Qt::ToolTipRole);
    }
}

void RunOverlay::follow()
{
    const int row = m_container->currentIndex() - 1;
    if (row < 0 || row >= m_entities.size()) {
        m_run->followIteration({}, -1);
        return;
    }
    const int total = m_run->counts(m_entities[row]).total;
    {
        QSignalBlocker block(m_iteration);
        m_iteration->setMaximum(std::max(0, total - 1));
    }
    m_run->followIteration(m_entities[row], m_iteration->value());
}

void RunOverlay::place()
{
    if (!parentWidget())
        return;
    // A child widget's layout never resizes the widget itself: when the status line or the
    // follow list grows (a LayoutRequest, see event()), the overlay takes its new size hint
    // here, else the list is squeezed ("(every co").
    if (layout())
        layout()->activate();
    resize(sizeHint().boundedTo(
        QSize(std::max(parentWidget()->width() - 16, minimumWidth()), QWIDGETSIZE_MAX)));
    move(corner());
    raise();
}

QPoint RunOverlay::corner() const
{
    return {std::max(8, parentWidget()->width() - width() - 8), 6};
}

bool RunOverlay::event(QEvent *event)
{
    const bool done = QFrame::event(event);
    // LayoutRequest: the contents grew or shrank. Move: the view scrolled, and scrolling moves
    // the viewport's child widgets with the picture; the overlay stays in its corner.
    if (event->type() == QEvent::LayoutRequest ||
        (event->type() == QEvent::Move && parentWidget() && pos() != corner()))
        place();
    return done;
}

bool RunOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void RunOverlay::changeEvent(QEvent *event)
{
    // A theme switch repaints the swatches in the other table.
    if (event->type() == QEvent::PaletteChange)
        m_legend->update();
    QFrame::changeEvent(event);
}

} // namespace stepwise
