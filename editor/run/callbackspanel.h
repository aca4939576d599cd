#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace stepwise {

class RunController;

/// The callbacks dock: every task token the execution waits for, with the payload that was
/// sent and its deadlines counting down in virtual time; Approve (output JSON, checked before
/// it is sent), Reject (error and cause), Heartbeat, jump to the deadline; the AWS CLI command
/// that would send the same answer; manual choices of plain diamonds; a log of answers.
class CallbacksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallbacksPanel(RunController *controller, QWidget *parent = nullptr);

    /// Token of the selected callback, or "".
    QString selectedToken() const;

private:
    void refresh();
    void refreshDeadlines();
    void showSelected();
    void updateCommand();
    void approve();
    void reject();
    void sendHeartbeat();
    void jumpToDeadline();
    void chooseOption();
    void refreshChoiceOptions();
    void showResult(const QString &refusal);
    QString laneOf(const QString &stateName) const;

    RunController *m_controller;
    QTreeWidget *m_list;
    QPlainTextEdit *m_payload;
    QPlainTextEdit *m_output;
    QComboBox *m_error;
    QLineEdit *m_cause;
    QPushButton *m_approve, *m_reject, *m_heartbeat, *m_jump;
    QLineEdit *m_command;
    QComboBox *m_commandKind;
    QLabel *m_problem;
    QListWidget *m_choices;
    QComboBox *m_options;
    QPushButton *m_choose;
    QListWidget *m_log;
    QString m_shownToken;
};

} // namespace stepwise
