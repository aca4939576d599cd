#include "runcontroller.h"

#include "breakpointpaths.h"
#include "historyreplay.h"
#include "jsoncheck.h"
#include "rundefinition.h"
#include "workflow.h"

#include <algorithm>

namespace stepwise {

using runtime::Execution;

RunController::RunController(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<stepwise::RunEntity>();
    qRegisterMetaType<stepwise::RunStatus>();
    m_slice.setSingleShot(true);
    m_hold.setSingleShot(true);
    m_flush.setInterval(33); // view updates at most ~30 a second while continuing
    connect(&m_slice, &QTimer::timeout, this, &RunController::runSlice);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        sync();
        m_slice.start(0);
    });
    connect(&m_flush, &QTimer::timeout, this, &RunController::flush);
}

RunController::~RunController() = default;

void RunController::setDocument(const Workflow *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!m_document)
        return;
    connect(m_document, &Workflow::documentChanged, this, [this](Workflow::Aspect what) {
        if (what == Workflow::Aspect::Breakpoints || what == Workflow::Aspect::Everything)
            followDocumentBreakpoints();
    });
    connect(m_document, &Workflow::documentReset, this, &RunController::followDocumentBreakpoints);
    followDocumentBreakpoints();
}

void RunController::followDocumentBreakpoints()
{
    const QStringList names = BreakpointPaths::stateNames(m_document->data().breakpoints);
    const QSet<QString> wanted(names.begin(), names.end());
    for (const QString &name : m_breakpoints - wanted)
        setBreakpoint(name, false);
    for (const QString &name : wanted - m_breakpoints)
        setBreakpoint(name, true);
}

runtime::ExecutionOptions RunController::options() const
{
    runtime::ExecutionOptions o;
    o.mocks = m_mocks;
    o.maxEvents = m_maxEvents;
    return o;
}

bool RunController::start(const QString &inputJson, const QString &mockConfig,
                          const QString &testCase)
{
    m_lastError.clear();
    if (!m_document) {
        m_lastError = tr("There is no document to run.");
        return false;
    }
    RunDefinition built = RunDefinition::fromDocument(m_document->data());
    if (!built.definition) {
        m_lastError = built.errors.isEmpty() ? tr("The document cannot run.")
                                             : built.errors.join(QLatin1Char('\n'));
        return false;
    }
    runtime::Json input;
    const QString text = inputJson.trimmed().isEmpty() ? QStringLiteral("{}") : inputJson;
    if (QString why = JsonCheck::parse(text, input); !why.isEmpty()) {
        m_lastError = tr("Input: %1").arg(why);
        return false;
    }
    std::shared_ptr<runtime::MockConfig> mocks;
    if (!mockConfig.trimmed().isEmpty()) {
        runtime::Json config;
        if (QString why = JsonCheck::parse(mockConfig, config); !why.isEmpty()) {
            m_lastError = tr("Mock config: %1").arg(why);
            return false;
        }
        mocks = std::make_shared<runtime::MockConfig>();
        const std::string why = mocks->load(config, {}, testCase.toStdString());
        if (!why.empty()) {
            m_lastError = tr("Mock config: %1").arg(QString::fromStdString(why));
            return false;
        }
    }
    halt();
    m_replaying = false;
    m_replay.clear();
    m_replayProblems.clear();
    m_definition = built.definition;
    m_map = RunEntityMap(m_document->data(), built.graph);
    m_mocks = mocks;
    m_input = input;
    m_inputText = inputJson;
    m_mockText = mockConfig;
    m_testCase = testCase;
    m_journal.clear();
    m_blockedAt.clear();
    m_follow = {}; // a new run's iterations are not the old one's
    m_followIndex = -1;
    replaceExecution(std::make_unique<Execution>(m_definition, m_input, options()));
    emit started();
    return true;
}

void RunController::halt()
{
    m_slice.stop();
    m_hold.stop();
    setContinuing(false);
}

void RunController::resetTrace()
{
    // Everything the old trace coloured is looked at again, so what the rebuilt run never
    // reached goes back to idle.
    if (m_trace) {
        for (const RunEntity &e : m_trace->touchedNodes())
            m_dirty.insert(e);
        for (const RunEntity &e : m_trace->containers())
            m_dirty.insert(e);
        for (const RunEntity &e : m_trace->takenEdges())
            m_dirty.insert(e);
    }
    m_trace = std::make_unique<RunTrace>(&m_map, m_definition);
    m_trace->follow(m_follow, m_followIndex);
    m_applied = 0;
}

void RunController::replaceExecution(std::unique_ptr<Execution> execution)
{
    m_execution = std::move(execution);
    for (const QString &b : std::as_const(m_breakpoints))
        m_execution->setBreakpoint(b.toStdString());
    resetTrace();
    m_historyReset = true;
    sync();
    flush();
}

bool RunController::openReplay(const QByteArray &historyJson)
{
    m_lastError.clear();
    if (!m_document) {
        m_lastError = tr("There is no document to replay the history on.");
        return false;
    }
    RunDefinition built = RunDefinition::fromDocument(m_document->data());
    if (!built.definition) {
        m_lastError = built.errors.isEmpty() ? tr("The document cannot run.")
                                             : built.errors.join(QLatin1Char('\n'));
        return false;
    }
    const RunEntityMap map(m_document->data(), built.graph);
    HistoryReplay::Result read =
        HistoryReplay::read(historyJson, *built.definition, [&map](const std::string &name) {
            return map.has(QString::fromStdString(name));
        });
    if (read.events.empty()) {
        m_lastError = read.problems.join(QLatin1Char('\n'));
        return false;
    }
    halt();
    m_execution.reset();
    m_journal.clear();
    m_definition = built.definition;
    m_map = map;
    m_replay = std::move(read.events);
    m_replayProblems = read.problems;
    m_replaying = true;
    resetTrace();
    m_historyReset = true;
    flush();
    emit started();
    return true;
}

void RunController::replayTo(int events)
{
    events = std::clamp(events, 0, int(m_replay.size()));
    if (events < m_applied)
        resetTrace();
    for (; m_applied < events; ++m_applied)
        m_trace->apply(m_replay[size_t(m_applied)]);
    m_dirty += m_trace->takeDirty();
}

void RunController::sync()
{
    if (!m_execution)
        return;
    const auto &events = m_execution->history();
    for (; m_applied < int(events.size()); ++m_applied)
        m_trace->apply(events[size_t(m_applied)]);
    if (m_execution->status() == Execution::Status::PausedCallback ||
        m_execution->status() == Execution::Status::PausedChoice)
        m_blockedAt.insert(m_applied);
    updateWaiting();
    m_dirty += m_trace->takeDirty();
}

void RunController::updateWaiting()
{
    QSet<RunEntity> waiting;
    for (const auto &cb : m_execution->pendingCallbacks())
        waiting.insert(m_map.nodeOf(cb.state->name, cb.state->path));
    for (const auto &c : m_execution->pendingChoices())
        waiting.insert(m_map.nodeOf(c.state->name, c.state->path));
    m_trace->setWaiting(waiting);
}

void RunController::flush()
{
    if (!m_trace)
        return;
    const QSet<RunEntity> dirty = std::exchange(m_dirty, {});
    for (const RunEntity &e : dirty) {
        const bool wasEdge = m_shownEdges.contains(e);
        if (m_trace->edgeTaken(e) || wasEdge) {
            const bool taken = m_trace->edgeTaken(e);
            if (taken != wasEdge) {
                taken ? void(m_shownEdges.insert(e)) : void(m_shownEdges.remove(e));
                emit edgeTakenChanged(e, taken);
            }
            continue;
        }
        emit nodeStatusChanged(e, m_trace->status(e));
        if (m_trace->counts(e).total > 0 || m_trace->containers().contains(e))
            emit countsChanged(e);
    }
    if (m_trace->lastEdge().isValid() && m_trace->lastEdge() != m_lastToken) {
        m_lastToken = m_trace->lastEdge();
        emit tokenMoved(m_lastToken);
    }
    if (m_historyReset) {
        m_historyReset = false;
        m_shownEvents = m_applied;
        emit historyReset();
    } else if (m_shownEvents != m_applied) {
        const int from = m_shownEvents;
        m_shownEvents = m_applied;
        emit historyAppended(from, m_applied);
    }
    if (m_applied != m_lastIndex) {
        m_lastIndex = m_applied;
        emit eventIndexChanged(m_applied);
    }
    QString pending;
    // The deadlines are part of what is pending: a heartbeat moves one without changing the
    // set of tokens, and the panel shows it.
    for (const auto &cb : pendingCallbacks())
        pending += QString::fromStdString(cb.token) + QLatin1Char(',') +
                   QString::number(cb.heartbeatDeadline.value_or(-1)) + QLatin1Char(',') +
                   QString::number(cb.timeoutDeadline.value_or(-1)) + QLatin1Char(';');
    for (const auto &c : pendingChoices())
        pending += QString::fromStdString(c.state->name) + QLatin1Char(';');
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingChanged();
    }
    if (now() != m_lastClock) {
        m_lastClock = now();
        emit clockChanged(m_lastClock);
    }
    if (int(status()) != m_lastStatus) {
        m_lastStatus = int(status());
        emit statusChanged(status());
    }
}

Execution::Status RunController::status() const
{
    if (m_replaying && m_applied > 0) {
        switch (m_replay[size_t(m_applied - 1)].type) {
        case runtime::HistoryEvent::Type::ExecutionSucceeded:
            return Execution::Status::Succeeded;
        case runtime::HistoryEvent::Type::ExecutionFailed:
            return Execution::Status::Failed;
        case runtime::HistoryEvent::Type::ExecutionAborted:
            return Execution::Status::Aborted;
        case runtime::HistoryEvent::Type::ExecutionTimedOut:
            return Execution::Status::TimedOut;
        default:
            break;
        }
    }
    return m_execution ? m_execution->status() : Execution::Status::Running;
}

const runtime::HistoryLog &RunController::history() const
{
    static const runtime::HistoryLog none;
    if (m_replaying)
        return m_replay;
    return m_execution ? m_execution->history() : none;
}

std::vector<runtime::PendingCallback> RunController::pendingCallbacks() const
{
    return m_execution && !m_hold.isActive() ? m_execution->pendingCallbacks()
                                             : std::vector<runtime::PendingCallback>{};
}

std::vector<runtime::PendingChoice> RunController::pendingChoices() const
{
    return m_execution && !m_hold.isActive() ? m_execution->pendingChoices()
                                             : std::vector<runtime::PendingChoice>{};
}

qint64 RunController::now() const
{
    if (m_replaying && !m_replay.empty())
        return m_replay[size_t(std::max(0, m_applied - 1))].timestamp;
    if (!m_execution)
        return 0;
    if (m_hold.isActive()) // real time: the clock moves with the wall clock until the wake-up
        return m_holdFrom + qint64(double(m_holdClock.elapsed()) * m_speed);
    return m_execution->now();
}

RunStatus RunController::nodeStatus(const RunEntity &node) const
{
    return m_trace ? m_trace->status(node) : RunStatus::Idle;
}

bool RunController::edgeTaken(const RunEntity &edge) const
{
    return m_trace && m_trace->edgeTaken(edge);
}

RunCounts RunController::counts(const RunEntity &container) const
{
    return m_trace ? m_trace->counts(container) : RunCounts{};
}

RunEntity RunController::entityOfState(const QString &stateName) const
{
    if (m_definition)
        if (auto info = m_definition->findState(stateName.toStdString()))
            return m_map.nodeOf(info->name, info->path);
    return {};
}

QList<RunEntity> RunController::containers() const
{
    return m_trace ? m_trace->containers() : QList<RunEntity>{};
}

void RunController::followIteration(const RunEntity &container, int index)
{
    m_follow = index >= 0 ? container : RunEntity{};
    m_followIndex = index >= 0 ? index : -1;
    if (!m_trace)
        return;
    m_trace->follow(m_follow, m_followIndex);
    m_dirty += m_trace->takeDirty();
    flush();
}

bool RunController::isActive() const
{
    if (m_replaying)
        return m_applied < int(m_replay.size());
    return m_execution && !m_execution->finished();
}

void RunController::close()
{
    halt();
    if (m_trace) {
        for (const RunEntity &e : m_trace->touchedNodes())
            emit nodeStatusChanged(e, RunStatus::Idle);
        for (const RunEntity &e : std::as_const(m_shownEdges))
            emit edgeTakenChanged(e, false);
    }
    m_shownEdges.clear();
    m_dirty.clear();
    m_trace.reset();
    m_execution.reset();
    m_replaying = false;
    m_replay.clear();
    m_replayProblems.clear();
    m_applied = m_shownEvents = m_lastIndex = 0;
    m_lastPending.clear();
    m_lastToken = {};
    m_follow = {};
    m_followIndex = -1;
    emit historyReset();
    emit eventIndexChanged(0);
    emit pendingChanged();
    emit stopped();
}

} // namespace stepwise
