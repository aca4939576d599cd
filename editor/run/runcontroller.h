#pragma once

#include "runentitymap.h"
#include "runtrace.h"

#include "execution.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <set>
#include <vector>

namespace stepwise {

class Workflow;

/// The execution view's state, as KDStateMachineEditor's RuntimeController: one runtime
/// Execution of the window's document, its input, speed and breakpoints, and the run state of
/// every document entity folded from the history. No widgets: the scene, the panels and the
/// legend read it and follow its signals, which name entities and event indexes. Continue runs
/// in slices from a timer so the window never blocks, and view signals are coalesced to about
/// 30 a second. Stepping back rebuilds the deterministic execution at the earlier event.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    /// The document runs as it is when start() is called; it is not kept in sync after that,
    /// except for its breakpoints, which the controller follows (a run stops at them at once).
    void setDocument(const Workflow *document);
    const Workflow *document() const { return m_document; }
    /// Starts a new execution; false (and lastError()) when the document or the input cannot
    /// run. `mockConfig` is a MockConfigFile's JSON text, used with `testCase`.
    bool start(const QString &inputJson, const QString &mockConfig = {},
               const QString &testCase = {});
    QString lastError() const { return m_lastError; }
    /// Opens a recorded history (AWS's GetExecutionHistory JSON, see HistoryReplay) on the
    /// document's definition instead of running it: step, step back, go to any event and
    /// continue replay it on the canvas; answers are refused. False (and lastError()) when the
    /// file cannot be read or no event fits; replayProblems() lists the events left out.
    bool openReplay(const QByteArray &historyJson);
    bool isReplay() const { return m_replaying; }
    QStringList replayProblems() const { return m_replayProblems; }

    /// An execution is open (running, paused or finished but still shown).
    bool isOpen() const { return m_execution != nullptr || m_replaying; }
    /// Open and not finished: the document stays read-only meanwhile.
    bool isActive() const;
    bool isContinuing() const { return m_continuing; }
    const runtime::Execution *execution() const { return m_execution.get(); }
    /// The compiled definition the execution runs (null before the first start).
    std::shared_ptr<const runtime::Definition> definition() const { return m_definition; }
    runtime::Execution::Status status() const;
    /// History events shown so far: the current moment of the run.
    int eventIndex() const { return m_applied; }
    const runtime::HistoryLog &history() const;
    std::vector<runtime::PendingCallback> pendingCallbacks() const;
    std::vector<runtime::PendingChoice> pendingChoices() const;
    /// Virtual time now, milliseconds since the epoch.
    qint64 now() const;
    QString inputJson() const { return m_inputText; }

    RunStatus nodeStatus(const RunEntity &node) const;
    bool edgeTaken(const RunEntity &edge) const;
    RunCounts counts(const RunEntity &container) const;
    RunEntity entityOfState(const QString &stateName) const;
    /// Parallel and Map states the run has started, in no particular order.
    QList<RunEntity> containers() const;
    /// The canvas shows, inside `container`, one iteration's (or branch's) states; -1: all.
    void followIteration(const RunEntity &container, int index);
    RunEntity followedContainer() const { return m_follow; }
    int followedIteration() const { return m_followIndex; }
    const RunEntityMap &entities() const { return m_map; }

    // Speed: fast-forward by default (Waits cost no real time); paced runs show `pace` events
    // a second; real time makes virtual waits take their duration divided by `speed`.
    void setPace(int eventsPerSecond) { m_pace = eventsPerSecond; }
    int pace() const { return m_pace; }
    void setRealTime(bool on) { m_realTime = on; }
    bool realTime() const { return m_realTime; }
    void setSpeed(double factor) { m_speed = factor > 0 ? factor : 1; }
    /// History length at which the runtime ends a run (its default keeps memory bounded).
    void setMaxEvents(std::size_t events) { m_maxEvents = events; }
    double speed() const { return m_speed; }

    QSet<QString> breakpoints() const { return m_breakpoints; }
    void setBreakpoint(const QString &stateName, bool on);
    /// Without a document to keep them (tests, a headless view); in the window breakpoints
    /// are document data, toggled with ToggleBreakpointCommand and followed from there.
    void toggleBreakpoint(const QString &stateName);

    /// Each returns "" when accepted, else why (the execution keeps waiting).
    QString answerSuccess(const QString &token, const QString &outputJson);
    QString answerFailure(const QString &token, const QString &error, const QString &cause);
    QString heartbeat(const QString &token);
    QString choose(const QString &stateName, const QString &option);
    /// Moves the virtual clock to the nearer deadline (heartbeat or timeout) of a callback.
    QString jumpToDeadline(const QString &token);

public slots:
    void pause();
    /// One history event forward (answers nothing; a waiting execution stays waiting).
    void step();
    void stepBack();
    /// Shows the run as it was after `events` history events (rebuilt; later answers kept).
    void goToEvent(int events);
    void continueRun();
    void stop();
    void restart();
    /// Forgets the execution: every entity back to idle, panels empty.
    void close();
    /// Emits the coalesced view signals now (a test or a panel that must be current).
    void flush();

signals:
    void started();
    void stopped();
    void continuingChanged(bool continuing);
    /// The user paused the run (Pause): animations stop where they are.
    void paused();
    void nodeStatusChanged(const stepwise::RunEntity &node, stepwise::RunStatus status);
    void edgeTakenChanged(const stepwise::RunEntity &edge, bool taken);
    void countsChanged(const stepwise::RunEntity &container);
    /// The latest transition, for the token animation (at most one per coalesced update).
    void tokenMoved(const stepwise::RunEntity &edge);
    /// Events were appended (from, to) or, after a rebuild, the whole history changed.
    void historyAppended(int from, int to);
    void historyReset();
    void eventIndexChanged(int events);
    void pendingChanged();
    void clockChanged(qint64 virtualMs);
    void statusChanged(runtime::Execution::Status status);
    void callbackAnswered(const QString &stateName, const QString &token, const QString &summary);
    void message(const QString &text);

private:
    void runSlice();
    void replaySlice();
    void halt();
    void sync();
    void replaceExecution(std::unique_ptr<runtime::Execution> execution);
    void resetTrace();
    /// Replay: folds recorded events into the trace up to `events`.
    void replayTo(int events);
    QString afterAction(const std::string &refusal);
    void setContinuing(bool on);
    runtime::ExecutionOptions options() const;
    void updateWaiting();
    QString stateOfToken(const QString &token) const;
    void followDocumentBreakpoints();

    const Workflow *m_document = nullptr;
    std::shared_ptr<const runtime::Definition> m_definition;
    std::shared_ptr<const runtime::MockConfig> m_mocks;
    RunEntityMap m_map;
    std::unique_ptr<RunTrace> m_trace;
    std::unique_ptr<runtime::Execution> m_execution;
    runtime::Json m_input;
    QString m_inputText, m_mockText, m_testCase;
    QString m_lastError;
    QSet<QString> m_breakpoints;
    runtime::HistoryLog m_replay; // a recorded history being replayed
    bool m_replaying = false;
    QStringList m_replayProblems;
    std::vector<runtime::ExecutionAction> m_journal; // of the furthest run, for goToEvent
    std::set<int> m_blockedAt; // history sizes at which the run waited for an answer
    int m_applied = 0;         // events folded into the trace: the moment shown
    int m_shownEvents = 0;     // what the history signals have announced
    bool m_historyReset = false;
    int m_pace = 0;
    bool m_realTime = false;
    double m_speed = 1;
    std::size_t m_maxEvents = runtime::ExecutionOptions().maxEvents;
    bool m_continuing = false;
    bool m_resumeAfterAnswer = false;
    QTimer m_slice, m_hold, m_flush;
    QElapsedTimer m_holdClock;
    qint64 m_holdFrom = 0;
    // What the view has been told, so a coalesced update sends only differences.
    QSet<RunEntity> m_dirty, m_shownEdges;
    RunEntity m_lastToken;
    RunEntity m_follow;
    int m_followIndex = -1;
    QString m_lastPending;
    int m_lastIndex = -1;
    int m_lastStatus = -1;
    qint64 m_lastClock = -1;
};

} // namespace stepwise
