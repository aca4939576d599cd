// RunController's actions: stepping both ways, continuing in slices, answering the execution.

#include "jsoncheck.h"
#include "runcontroller.h"

namespace stepwise {

using runtime::Execution;

namespace {
constexpr int kSliceMs = 8; // a slice of a fast run leaves the event loop time to answer
constexpr qint64 kMaxHoldMs = 3600 * 1000;
} // namespace

void RunController::setContinuing(bool on)
{
    if (on == m_continuing)
        return;
    m_continuing = on;
    on ? m_flush.start() : m_flush.stop();
    emit continuingChanged(on);
}

void RunController::pause()
{
    halt();
    sync(); // an event held back by a real-time wait is shown now
    flush();
    emit paused();
}

void RunController::step()
{
    if (m_replaying) {
        halt();
        replayTo(m_applied + 1);
        return flush();
    }
    if (!m_execution)
        return;
    halt();
    sync();
    m_execution->step();
    sync();
    flush();
}

void RunController::stepBack()
{
    if (isOpen() && m_applied > 0)
        goToEvent(m_applied - 1);
}

void RunController::goToEvent(int events)
{
    if (m_replaying && events >= 0) {
        halt();
        replayTo(events);
        return flush();
    }
    if (!m_execution || events < 0)
        return;
    halt();
    sync();
    if (events == m_applied)
        return flush();
    // Later answers are kept in the journal, so clicking a later event goes forward the way
    // the run went; a new answer at an earlier moment starts a new branch of the run.
    if (m_execution->actions().size() >= m_journal.size())
        m_journal = m_execution->actions();
    // An answer given at exactly this moment is left out: the moment is the question still
    // open, so that a different answer can be given (the journal keeps it for going forward).
    // Such an answer, or the run having waited there before, says the run is blocked there.
    bool blocked = m_blockedAt.count(events) > 0;
    std::vector<runtime::ExecutionAction> before;
    for (const runtime::ExecutionAction &a : m_journal) {
        if (a.atEvent < std::size_t(events))
            before.push_back(a);
        blocked = blocked || (a.atEvent == std::size_t(events) && a.paused);
    }
    auto rebuilt =
        Execution::rebuild(m_definition, m_input, options(), before, std::size_t(events));
    // The runtime learns that it is blocked only by trying to move on: a rebuild that stops
    // just where a callback or a choice became pending still says Running, and the window
    // would show a run going on where it waits for an answer. One step tells (it appends
    // nothing when blocked); should it move after all, the moment is rebuilt without it.
    blocked = blocked || !rebuilt->pendingCallbacks().empty() || !rebuilt->pendingChoices().empty();
    if (blocked && rebuilt->status() == Execution::Status::Running &&
        rebuilt->history().size() == std::size_t(events) && rebuilt->step())
        rebuilt = Execution::rebuild(m_definition, m_input, options(), before, std::size_t(events));
    replaceExecution(std::move(rebuilt));
}

void RunController::continueRun()
{
    if (!isActive())
        return;
    setContinuing(true);
    m_resumeAfterAnswer = false;
    m_slice.start(0);
}

void RunController::runSlice()
{
    if (m_replaying)
        return replaySlice();
    if (!m_execution)
        return setContinuing(false);
    const bool paced = m_pace > 0 || m_realTime;
    QElapsedTimer budget;
    budget.start();
    bool moved = false;
    do {
        const qint64 before = m_execution->now();
        moved = m_execution->step();
        if (moved && m_realTime) {
            const qint64 waited = m_execution->history().back().timestamp - before;
            if (waited > 0) {
                // Held back: the view shows the clock running until the event falls due.
                m_holdFrom = before;
                m_holdClock.start();
                m_hold.start(int(std::min<qint64>(kMaxHoldMs, qint64(double(waited) / m_speed))));
                return;
            }
        }
    } while (moved && !paced && budget.elapsed() < kSliceMs);
    sync();
    if (!moved) {
        // Waiting for an answer or at a breakpoint: answering resumes a run that was going on.
        m_resumeAfterAnswer = !m_execution->finished() &&
                              m_execution->status() != Execution::Status::PausedBreakpoint;
        halt();
        flush();
        return;
    }
    m_slice.start(m_pace > 0 ? 1000 / m_pace : 0);
}

void RunController::replaySlice()
{
    // A replay moves as a run does: paced events one by one, or fast until a breakpoint.
    const bool paced = m_pace > 0 || m_realTime;
    QElapsedTimer budget;
    budget.start();
    do {
        replayTo(m_applied + 1);
        const runtime::HistoryEvent &e = m_replay[size_t(m_applied - 1)];
        if ((e.type == runtime::HistoryEvent::Type::StateEntered ||
             e.type == runtime::HistoryEvent::Type::FailStateEntered) &&
            e.state && m_breakpoints.contains(QString::fromStdString(e.state->name))) {
            halt();
            return flush();
        }
    } while (isActive() && !paced && budget.elapsed() < kSliceMs);
    if (!isActive()) {
        halt();
        return flush();
    }
    m_slice.start(m_pace > 0 ? 1000 / m_pace : 0);
}

void RunController::stop()
{
    halt();
    if (m_execution && !m_execution->finished()) {
        m_execution->abort(tr("Stopped by the user").toStdString());
        m_journal = m_execution->actions();
    }
    sync();
    flush();
    emit stopped();
}

void RunController::restart()
{
    if (m_replaying)
        return goToEvent(0);
    if (m_execution)
        start(m_inputText, m_mockText, m_testCase);
}

void RunController::setBreakpoint(const QString &stateName, bool on)
{
    on ? void(m_breakpoints.insert(stateName)) : void(m_breakpoints.remove(stateName));
    if (m_execution) {
        if (on)
            m_execution->setBreakpoint(stateName.toStdString());
        else
            m_execution->clearBreakpoint(stateName.toStdString());
    }
}

void RunController::toggleBreakpoint(const QString &stateName)
{
    setBreakpoint(stateName, !m_breakpoints.contains(stateName));
}

QString RunController::afterAction(const std::string &refusal)
{
    if (!refusal.empty()) {
        const QString why = QString::fromStdString(refusal);
        emit message(why);
        return why;
    }
    m_journal = m_execution->actions(); // a new answer: from here the run branches off
    // What lay ahead on the old branch is not known for this one.
    m_blockedAt.erase(m_blockedAt.upper_bound(m_applied), m_blockedAt.end());
    sync();
    flush();
    if (m_resumeAfterAnswer && !m_execution->finished())
        continueRun();
    return {};
}

QString RunController::answerSuccess(const QString &token, const QString &outputJson)
{
    if (!m_execution)
        return tr("No execution is running.");
    runtime::Json output;
    if (QString why = JsonCheck::parse(outputJson, output); !why.isEmpty()) {
        emit message(tr("Output: %1").arg(why));
        return why;
    }
    const QString state = stateOfToken(token);
    const QString why = afterAction(m_execution->success(token.toStdString(), output));
    if (why.isEmpty())
        emit callbackAnswered(state, token, tr("approved with %1").arg(outputJson.simplified()));
    return why;
}

QString RunController::answerFailure(const QString &token, const QString &error,
                                     const QString &cause)
{
    if (!m_execution)
        return tr("No execution is running.");
    const QString state = stateOfToken(token);
    const QString why = afterAction(
        m_execution->failure(token.toStdString(), error.toStdString(), cause.toStdString()));
    if (why.isEmpty())
        emit callbackAnswered(state, token, tr("rejected: %1 (%2)").arg(error, cause));
    return why;
}

QString RunController::heartbeat(const QString &token)
{
    if (!m_execution)
        return tr("No execution is running.");
    const QString state = stateOfToken(token);
    const QString why = afterAction(m_execution->heartbeat(token.toStdString()));
    if (why.isEmpty())
        emit callbackAnswered(state, token, tr("heartbeat"));
    return why;
}

QString RunController::choose(const QString &stateName, const QString &option)
{
    if (!m_execution)
        return tr("No execution is running.");
    return afterAction(m_execution->choose(stateName.toStdString(), option.toStdString()));
}

QString RunController::jumpToDeadline(const QString &token)
{
    if (!m_execution)
        return tr("No execution is running.");
    for (const auto &cb : m_execution->pendingCallbacks()) {
        if (QString::fromStdString(cb.token) != token)
            continue;
        std::optional<std::int64_t> at = cb.heartbeatDeadline;
        if (cb.timeoutDeadline && (!at || *cb.timeoutDeadline < *at))
            at = cb.timeoutDeadline;
        if (!at)
            return tr("This callback has no deadline.");
        m_execution->advanceClock(double(*at - m_execution->now()) / 1000.0);
        return afterAction({});
    }
    return tr("No pending callback has this token.");
}

QString RunController::stateOfToken(const QString &token) const
{
    for (const auto &cb : m_execution->pendingCallbacks())
        if (QString::fromStdString(cb.token) == token)
            return QString::fromStdString(cb.state->name);
    return {};
}

} // namespace stepwise
