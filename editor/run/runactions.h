#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QAction;
class QComboBox;
class QMenu;
class QToolBar;
class QWidget;

namespace stepwise {

class RunController;

/// The Run menu and toolbar: QActions with shortcuts bound to a RunController, a speed
/// control and the Start dialog. The window adds menu() to its menu bar and fills a toolbar
/// with addToToolBar(); it supplies the selected state's name for Toggle Breakpoint and
/// stores saved inputs (saveInputRequested) through its undo stack.
class RunActions : public QObject
{
    Q_OBJECT
public:
    RunActions(RunController *controller, QWidget *window);

    QMenu *menu() const { return m_menu; }
    void addToToolBar(QToolBar *bar) const;
    /// Name of the state a breakpoint toggles (the selection); "" when none.
    void setSelectedState(std::function<QString()> selectedState)
    {
        m_selectedState = std::move(selectedState);
    }
    /// What Toggle Breakpoint does in a window whose document keeps breakpoints (pushes a
    /// ToggleBreakpointCommand for the selection); without it the controller's set is toggled.
    void setBreakpointToggler(std::function<void()> toggle)
    {
        m_toggleBreakpoint = std::move(toggle);
    }

    QAction *start() const { return m_start; }
    QAction *pause() const { return m_pause; }
    QAction *step() const { return m_step; }
    QAction *stepBack() const { return m_stepBack; }
    QAction *continueRun() const { return m_continue; }
    QAction *stop() const { return m_stop; }
    QAction *restart() const { return m_restart; }
    QAction *toggleBreakpoint() const { return m_breakpoint; }
    QAction *realTime() const { return m_realTime; }
    QAction *openHistory() const { return m_openHistory; }
    /// The Speed submenu's actions, fastest first (the toolbar's combo box in step).
    const std::vector<QAction *> &speeds() const { return m_speeds; }
    /// Replays the history file at `path` on the document; "" when it opened with every event
    /// fitting, else the report (what could not be read, or the events left out).
    QString openHistoryFile(const QString &path);

signals:
    void saveInputRequested(const QString &name, const QString &json);

private:
    void showStartDialog();
    void updateEnabled();

    RunController *m_controller;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_start, *m_pause, *m_step, *m_stepBack, *m_continue, *m_stop, *m_restart;
    QAction *m_breakpoint, *m_realTime, *m_openHistory;
    QComboBox *m_speed;
    std::vector<QAction *> m_speeds; // the Speed submenu, by the combo's index
    std::function<QString()> m_selectedState;
    std::function<void()> m_toggleBreakpoint;
};

} // namespace stepwise
