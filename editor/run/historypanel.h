#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace stepwise {

class HistoryFilter;
class HistoryModel;
class JsonTreeView;
class RunController;

/// The execution history dock: the events in AWS's names, filtered by type and state and
/// searched; the selected event's step shows its input and output side by side, or on request
/// its data flow field by field. Double-click (or Enter) on an event takes the run back (or
/// forward) to that moment. Export writes GetExecutionHistory JSON.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(RunController *controller, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /// Writes the history as GetExecutionHistory JSON; "" when written, else why not.
    QString exportTo(const QString &path) const;
    /// The history row selected (a source row), or -1.
    int selectedRow() const;
    void selectRow(int sourceRow);

signals:
    /// An event was selected: the window selects its state on the canvas (empty: none).
    void stateSelected(const QString &stateName);

private:
    void showSelected();
    void goTo(const QModelIndex &proxyIndex);
    void addNames(const QStringList &types, const QStringList &states);
    void exportDialog();

    RunController *m_controller;
    HistoryModel *m_model;
    HistoryFilter *m_filter;
    QComboBox *m_type, *m_state;
    QLineEdit *m_search;
    QToolButton *m_flowButton;
    QTableView *m_table;
    QStackedWidget *m_details;
    JsonTreeView *m_input, *m_output;
    QTreeWidget *m_flow;
};

} // namespace stepwise
