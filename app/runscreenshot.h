#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace stepwise {

class MainWindow;

/// A screenshot of an execution: the window runs its document before the picture is taken.
/// The options are taken out of the command line before the window's own are read:
///   --run-input JSON|@FILE    start an execution with this input (the run options need it)
///   --run-mocks FILE          a MockConfigFile, with --run-case NAME
///   --run-follow INDEX        the canvas follows this iteration of the first Map or Parallel
///   --run-event N             selects history event N (1-based) in the history dock
///   --run-dataflow            shows that event's data flow
///   --run-docks callbacks,history   the run docks shown (after --docks)
/// The run continues until it pauses (a callback, a choice, a breakpoint) or ends.
class RunScreenshot
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::RunScreenshot)
public:
    /// Removes the run options from `args`; false (and `error`) when one is malformed.
    bool take(QStringList &args, QString &error);
    bool wanted() const { return !m_input.isEmpty(); }
    /// Starts and runs the execution in `window` and stages the docks; false when it cannot.
    bool stage(MainWindow &window, QString &error) const;

private:
    QString m_input, m_mocks, m_case, m_docks;
    int m_follow = -1;
    int m_event = -1;
    bool m_dataFlow = false;
};

} // namespace stepwise
