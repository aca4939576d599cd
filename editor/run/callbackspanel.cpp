#include "callbackspanel.h"

#include "jsoncheck.h"
#include "runcontroller.h"
#include "workflow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stepwise {

namespace {

enum Column { StateColumn, LaneColumn, TokenColumn, SinceColumn, HeartbeatColumn, TimeoutColumn };

QString shellQuote(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

// The answer's default: what the task sent, without the token (a Lambda's Payload when the
// task invoked one), so a person approves by editing what they were asked about.
runtime::Json prefill(const runtime::Json &payload)
{
    runtime::Json out = payload;
    if (out.is_object() && out.contains("Payload") && out["Payload"].is_object())
        out = out["Payload"];
    if (out.is_object()) {
        out.erase("taskToken");
        out.erase("TaskToken");
    }
    return out;
}

} // namespace

CallbacksPanel::CallbacksPanel(RunController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("callbackList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("State"), tr("Lane"), tr("Task token"), tr("Waiting since"),
                             tr("Heartbeat in"), tr("Timeout in")});
    m_payload = new QPlainTextEdit(this);
    m_payload->setObjectName(QStringLiteral("payloadView"));
    m_payload->setReadOnly(true);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("outputEditor"));
    m_error = new QComboBox(this);
    m_error->setObjectName(QStringLiteral("errorCombo"));
    m_error->setEditable(true);
    m_error->addItems({QStringLiteral("Rejected"), QStringLiteral("States.TaskFailed"),
                       QStringLiteral("States.Timeout"), QStringLiteral("Lambda.ServiceException"),
                       QStringLiteral("ValidationError")});
    m_cause = new QLineEdit(this);
    m_cause->setObjectName(QStringLiteral("causeEdit"));
    m_cause->setPlaceholderText(tr("Why it was rejected"));
    m_approve = new QPushButton(tr("Approve"), this);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Reject"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_heartbeat = new QPushButton(tr("Heartbeat"), this);
    m_heartbeat->setObjectName(QStringLiteral("heartbeatButton"));
    m_jump = new QPushButton(tr("Jump to Deadline"), this);
    m_jump->setObjectName(QStringLiteral("jumpButton"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("answerProblem"));
    m_problem->setWordWrap(true);
    m_commandKind = new QComboBox(this);
    m_commandKind->addItems({tr("Success"), tr("Failure"), tr("Heartbeat")});
    m_command = new QLineEdit(this);
    m_command->setObjectName(QStringLiteral("cliCommand"));
    m_command->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), this);
    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("choiceList"));
    m_options = new QComboBox(this);
    m_options->setObjectName(QStringLiteral("choiceOptions"));
    m_choose = new QPushButton(tr("Take"), this);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    m_log = new QListWidget(this);
    m_log->setObjectName(QStringLiteral("answerLog"));

    auto *answer = new QFormLayout;
    answer->addRow(tr("Payload sent:"), m_payload);
    answer->addRow(tr("Output:"), m_output);
    answer->addRow(tr("Error:"), m_error);
    answer->addRow(tr("Cause:"), m_cause);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_approve, m_reject, m_heartbeat, m_jump})
        buttons->addWidget(b);
    answer->addRow(buttons);
    answer->addRow(m_problem);
    auto *cli = new QHBoxLayout;
    cli->addWidget(m_commandKind);
    cli->addWidget(m_command, 1);
    cli->addWidget(copy);
    answer->addRow(tr("AWS CLI:"), cli);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_options, 1);
    choice->addWidget(m_choose);
    auto *choiceBox = new QGroupBox(tr("Choices waiting"), this);
    auto *choiceLayout = new QVBoxLayout(choiceBox);
    choiceLayout->addWidget(m_choices);
    choiceLayout->addLayout(choice);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(answer);
    layout->addWidget(choiceBox);
    layout->addWidget(new QLabel(tr("Answered:"), this));
    layout->addWidget(m_log);

    connect(m_controller, &RunController::pendingChanged, this, &CallbacksPanel::refresh);
    connect(m_controller, &RunController::historyReset, this, &CallbacksPanel::refresh);
    connect(m_controller, &RunController::clockChanged, this, &CallbacksPanel::refreshDeadlines);
    connect(m_controller, &RunController::callbackAnswered, this,
            [this](const QString &state, const QString &token, const QString &summary) {
                // The outcome before the token: the log is narrow, and tokens all look alike.
                auto *line = new QListWidgetItem(
                    tr("%1  %2: %3  (%4)")
                        .arg(QDateTime::fromMSecsSinceEpoch(m_controller->now(), QTimeZone::utc())
                                 .toString(Qt::ISODate),
                             state, summary, token),
                    m_log);
                line->setToolTip(line->text());
            });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CallbacksPanel::showSelected);
    connect(m_approve, &QPushButton::clicked, this, &CallbacksPanel::approve);
    connect(m_reject, &QPushButton::clicked, this, &CallbacksPanel::reject);
    connect(m_heartbeat, &QPushButton::clicked, this, &CallbacksPanel::sendHeartbeat);
    connect(m_jump, &QPushButton::clicked, this, &CallbacksPanel::jumpToDeadline);
    connect(m_choose, &QPushButton::clicked, this, &CallbacksPanel::chooseOption);
    connect(m_choices, &QListWidget::currentRowChanged, this,
            &CallbacksPanel::refreshChoiceOptions);
    connect(m_commandKind, &QComboBox::currentIndexChanged, this, &CallbacksPanel::updateCommand);
    connect(m_output, &QPlainTextEdit::textChanged, this, &CallbacksPanel::updateCommand);
    connect(m_error, &QComboBox::currentTextChanged, this, &CallbacksPanel::updateCommand);
    connect(m_cause, &QLineEdit::textChanged, this, &CallbacksPanel::updateCommand);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->text()); });
    refresh();
}

QString CallbacksPanel::selectedToken() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(TokenColumn) : QString();
}

QString CallbacksPanel::laneOf(const QString &stateName) const
{
    const Workflow *doc = m_controller->document();
    const RunEntity e = m_controller->entityOfState(stateName);
    if (!doc || !e.isValid())
        return {};
    // A nested state belongs to the lane of its outermost container.
    const Id top = e.container.isEmpty() ? e.id : e.container.first().first;
    const Node *n = doc->data().node(top);
    const Lane *lane = n ? doc->data().lane(n->lane) : nullptr;
    return lane ? lane->title : QString();
}

void CallbacksPanel::refresh()
{
    const QString keep = selectedToken();
    m_list->clear();
    for (const auto &cb : m_controller->pendingCallbacks()) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString state = QString::fromStdString(cb.state->name);
        item->setText(StateColumn, state);
        item->setText(LaneColumn, laneOf(state));
        item->setText(TokenColumn, QString::fromStdString(cb.token));
        item->setText(SinceColumn, QDateTime::fromMSecsSinceEpoch(cb.waitingSince, QTimeZone::utc())
                                       .toString(Qt::ISODate));
        if (QString::fromStdString(cb.token) == keep || !m_list->currentItem())
            m_list->setCurrentItem(item);
    }
    refreshDeadlines();
    if (selectedToken() != m_shownToken)
        showSelected();
    const bool any = m_list->topLevelItemCount() > 0;
    for (QPushButton *b : {m_approve, m_reject, m_heartbeat, m_jump})
        b->setEnabled(any);

    const QString keepChoice =
        m_choices->currentItem() ? m_choices->currentItem()->text() : QString();
    m_choices->clear();
    for (const auto &c : m_controller->pendingChoices()) {
        m_choices->addItem(QString::fromStdString(c.state->name));
        if (m_choices->item(m_choices->count() - 1)->text() == keepChoice ||
            m_choices->count() == 1)
            m_choices->setCurrentRow(m_choices->count() - 1);
    }
    refreshChoiceOptions();
}

void CallbacksPanel::refreshDeadlines()
{
    const qint64 now = m_controller->now();
    auto left = [now](const std::optional<std::int64_t> &at) {
        if (!at)
            return QString();
        const qint64 s = std::max<qint64>(0, (*at - now) / 1000);
        return tr("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    };
    const auto pending = m_controller->pendingCallbacks();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        for (const auto &cb : pending) {
            if (QString::fromStdString(cb.token) != item->text(TokenColumn))
                continue;
            item->setText(HeartbeatColumn, left(cb.heartbeatDeadline));
            item->setText(TimeoutColumn, left(cb.timeoutDeadline));
        }
    }
}

void CallbacksPanel::showSelected()
{
    m_shownToken = selectedToken();
    m_problem->clear();
    for (const auto &cb : m_controller->pendingCallbacks()) {
        if (QString::fromStdString(cb.token) != m_shownToken)
            continue;
        const runtime::Json payload = cb.payload ? *cb.payload : runtime::Json();
        m_payload->setPlainText(JsonCheck::pretty(payload));
        m_output->setPlainText(JsonCheck::pretty(prefill(payload)));
        return updateCommand();
    }
    m_payload->clear();
    m_output->clear();
    updateCommand();
}

void CallbacksPanel::updateCommand()
{
    const QString token = selectedToken();
    if (token.isEmpty())
        return m_command->clear();
    QString text;
    switch (m_commandKind->currentIndex()) {
    case 0: {
        runtime::Json output;
        const bool ok = JsonCheck::parse(m_output->toPlainText(), output).isEmpty();
        const QString compact =
            ok ? QString::fromStdString(output.dump()) : m_output->toPlainText().simplified();
        text = QStringLiteral("aws stepfunctions send-task-success --task-token %1 "
                              "--task-output %2")
                   .arg(shellQuote(token), shellQuote(compact));
        break;
    }
    case 1:
        text = QStringLiteral("aws stepfunctions send-task-failure --task-token %1 --error %2 "
                              "--cause %3")
                   .arg(shellQuote(token), shellQuote(m_error->currentText()),
                        shellQuote(m_cause->text()));
        break;
    default:
        text = QStringLiteral("aws stepfunctions send-task-heartbeat --task-token %1")
                   .arg(shellQuote(token));
    }
    m_command->setText(text);
    // The field is narrow: it shows the command's beginning, the tooltip all of it.
    m_command->setCursorPosition(0);
    m_command->setToolTip(text);
}

void CallbacksPanel::showResult(const QString &refusal)
{
    m_problem->setText(refusal);
}

void CallbacksPanel::approve()
{
    if (const QString token = selectedToken(); !token.isEmpty())
        showResult(m_controller->answerSuccess(token, m_output->toPlainText()));
}

void CallbacksPanel::reject()
{
    if (const QString token = selectedToken(); !token.isEmpty())
        showResult(m_controller->answerFailure(token, m_error->currentText(), m_cause->text()));
}

void CallbacksPanel::sendHeartbeat()
{
    if (const QString token = selectedToken(); !token.isEmpty())
        showResult(m_controller->heartbeat(token));
}

void CallbacksPanel::jumpToDeadline()
{
    if (const QString token = selectedToken(); !token.isEmpty())
        showResult(m_controller->jumpToDeadline(token));
}

void CallbacksPanel::refreshChoiceOptions()
{
    m_options->clear();
    const QListWidgetItem *item = m_choices->currentItem();
    for (const auto &c : m_controller->pendingChoices())
        if (item && QString::fromStdString(c.state->name) == item->text())
            for (const auto &o : c.options)
                m_options->addItem(QString::fromStdString(o));
    m_choose->setEnabled(m_options->count() > 0);
}

void CallbacksPanel::chooseOption()
{
    if (const QListWidgetItem *item = m_choices->currentItem())
        showResult(m_controller->choose(item->text(), m_options->currentText()));
}

} // namespace stepwise
