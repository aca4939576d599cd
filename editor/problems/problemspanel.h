#pragma once

#include "problem.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QUndoStack;
class QThread;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace stepwise {

class SelectionModel;
class Workflow;

/// The problems dock's widget: the validator's errors and warnings, with codes and places,
/// kept up to date as the user edits. Validation waits for a pause (debounce) and runs on a
/// worker thread over a copy of the document, so typing never waits for it. Clicking a problem
/// selects its state or edge and asks the inspector to focus the field. The canvas marks states
/// from severities() / problemsChanged().
class ProblemsPanel : public QWidget
{
    Q_OBJECT
public:
    ProblemsPanel(Workflow *doc, QUndoStack *undo, SelectionModel *selection,
                  QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    const Problems &problems() const { return m_problems; }
    /// Problems about one state or edge.
    Problems problemsOf(Id entity) const;
    /// The worst severity per entity that has problems (for markers on the canvas).
    const QHash<Id, Diagnostic::Severity> &severities() const { return m_severities; }
    QTreeWidget *list() const { return m_list; }
    /// Validates now, without waiting for the pause (still on the worker thread).
    void validateNow();
    void setDebounce(int milliseconds);

signals:
    /// The list changed; `severities()` tells which entities have problems now.
    void problemsChanged();

private:
    void scheduleScan();
    void startScan();
    void setProblems(const Problems &problems);
    void activate(QTreeWidgetItem *item);

    Workflow *m_doc;
    SelectionModel *m_selection;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QTimer *m_debounce;
    QThread *m_worker = nullptr;
    bool m_again = false;
    Problems m_problems;
    QHash<Id, Diagnostic::Severity> m_severities;
};

} // namespace stepwise
