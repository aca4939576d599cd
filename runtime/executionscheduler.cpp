// The scheduler: Parallel branches, Map iterations and graph tokens are child frames that
// advance side by side. Each child moves until it writes one event, then the next child has its
// turn (round robin in branch/item order), which is the order AWS writes: all branches enter
// their first states, then all leave them, and so on. A child that waits (a callback, a choice,
// a Wait in virtual time) gives its turn away; the whole tree is blocked only when all wait.

#include "executionframe.h"
#include "graphspec.h"

namespace stepwise::runtime {

using Frame = Execution::Frame;
using T = HistoryEvent::Type;
using Type = CompiledState::Type;
using Step = ExecutionFlow::Step;

Step ExecutionFlow::advanceTree(Frame &f)
{
    if (f.phase == Phase::WaitChild)
        return advanceChildren(f);
    if (f.phase == Phase::TaskWaiting || f.phase == Phase::ChoiceWaiting ||
        (f.phase == Phase::Sleeping && m_e.m_clock < f.wakeAt))
        return Step::Blocked;
    if (f.role != Frame::Role::Top && (f.phase == Phase::Complete || f.phase == Phase::FailFrame))
        return Step::Blocked; // finished: its parent collects it on its turn
    const bool entering = f.phase == Phase::Enter;
    if (entering && !f.quiet && !f.breakpointPassed && !m_e.m_breakpoints.empty() &&
        m_e.m_breakpoints.count(f.current().info->name)) {
        f.breakpointPassed = true; // the next step enters the state
        m_e.m_status = Execution::Status::PausedBreakpoint;
        return Step::Progress;
    }
    advance(f);
    if (entering)
        f.breakpointPassed = false;
    return Step::Progress;
}

std::optional<std::int64_t> ExecutionFlow::nextWake(const Frame &f)
{
    std::optional<std::int64_t> wake;
    if (f.phase == Phase::Sleeping)
        wake = f.wakeAt;
    for (const auto &c : f.children)
        if (auto w = nextWake(*c); w && (!wake || *w < *wake))
            wake = w;
    return wake;
}

bool ExecutionFlow::emitted(std::uint64_t before) const
{
    return m_e.m_produced != before;
}

Step ExecutionFlow::advanceChildren(Frame &f)
{
    const CompiledState &st = f.current();
    if (startChild(f))
        return Step::Progress;
    if (f.phase != Phase::WaitChild)
        return Step::Progress; // starting a child failed the state
    if (f.children.empty()) {
        if (st.type == Type::Map)
            f.phase = st.distributed ? Phase::MapRunSucceeded : Phase::MapSucceeded;
        else
            f.phase = Phase::ParallelSucceeded;
        return Step::Progress;
    }
    const std::size_t n = f.children.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = (f.cursor + k) % n;
        Frame &c = *f.children[i];
        if (c.phase == Phase::Complete || c.phase == Phase::FailFrame) {
            f.cursor = i;
            collect(f, i);
            return Step::Progress;
        }
        const std::uint64_t before = m_e.m_produced;
        if (advanceTree(c) == Step::Progress) {
            // Keep the turn until the child writes an event, then pass it on.
            f.cursor = emitted(before) ? (i + 1) % n : i;
            return Step::Progress;
        }
    }
    return Step::Blocked;
}

bool ExecutionFlow::startChild(Frame &f)
{
    const CompiledState &st = f.current();
    auto child = std::make_unique<Frame>();
    child->parent = &f;
    child->quiet = f.quiet || (st.type == Type::Map && st.distributed);
    if (!st.forkTargets.empty()) {
        if (f.childIndex > 0)
            return false;
        if (f.depth >= GraphSpec::kMaxForkDepth) {
            runtimeError(f, {"States.Runtime", "Tokens are nested more than " +
                                                   std::to_string(GraphSpec::kMaxForkDepth) +
                                                   " forks deep (a loop that forks forever?)."});
            return true;
        }
        for (std::size_t b = 0; b < st.forkTargets.size(); ++b) {
            auto token = std::make_unique<Frame>();
            token->parent = &f;
            token->depth = f.depth + 1;
            token->machine = f.machine;
            token->role = Frame::Role::Token;
            token->index = static_cast<int>(b);
            token->state = st.forkTargets[b];
            token->stopAt = st.join;
            token->input = f.input;
            token->variables = f.variables;     // graph tokens are not a scope of their own
            if (st.forkTargets[b] == st.join) { // an edge straight to the join
                token->arrived = true;
                token->output = f.input;
                token->phase = Phase::Complete;
            }
            f.children.push_back(std::move(token));
        }
        f.childIndex = st.forkTargets.size();
        f.cursor = 0;
        return true;
    }
    if (st.type == Type::Parallel) {
        if (f.childIndex > 0 || st.branches.empty())
            return false;
        for (std::size_t b = 0; b < st.branches.size(); ++b) {
            auto branch = std::make_unique<Frame>();
            branch->parent = &f;
            branch->quiet = f.quiet;
            branch->depth = f.depth + 1;
            branch->machine = st.branches[b].get();
            branch->role = Frame::Role::Branch;
            branch->index = static_cast<int>(b);
            branch->state = branch->machine->start;
            branch->input = f.effective;
            branch->ownVariables = *f.variables;
            branch->variables = &branch->ownVariables;
            f.children.push_back(std::move(branch));
        }
        f.childIndex = st.branches.size();
        f.cursor = 0;
        return true;
    }
    if (st.type != Type::Map || f.childIndex >= f.items.size())
        return false;
    if (f.maxConcurrency > 0 && f.children.size() >= static_cast<std::size_t>(f.maxConcurrency))
        return false;
    const std::size_t index = f.childIndex;
    try {
        const Json &item = f.items[index];
        if (st.jsonata && st.jq->itemSelector)
            child->input = json_util::share(
                evalField(f, *st.jq->itemSelector,
                          jsonataScope(f, *f.effective, &item, static_cast<long long>(index))));
        else if (st.itemSelector)
            child->input = json_util::share(st.itemSelector->evaluate(
                scope(f, *f.effective, &item, static_cast<long long>(index))));
        else
            child->input = json_util::share(item);
    } catch (const StatesError &err) {
        f.children.clear();
        runtimeError(f, err);
        if (st.jsonata)
            f.failEvent = T::MapStateFailed;
        return true;
    }
    // A Distributed Map's child executions do not see the outer variables.
    child->ownVariables = st.distributed ? Json::object() : *f.variables;
    child->variables = &child->ownVariables;
    child->depth = f.depth + 1;
    child->machine = st.processor.get();
    child->role = Frame::Role::Iteration;
    child->index = static_cast<int>(index);
    child->state = child->machine->start;
    ++f.childIndex;
    if (!child->quiet)
        m_e.record(T::MapIterationStarted, &f, nullptr, nullptr, {}, {}, static_cast<int>(index));
    f.children.push_back(std::move(child));
    return true;
}

void ExecutionFlow::collect(Frame &f, std::size_t at)
{
    std::unique_ptr<Frame> child = std::move(f.children[at]);
    f.children.erase(f.children.begin() + static_cast<std::ptrdiff_t>(at));
    if (f.cursor >= f.children.size())
        f.cursor = 0;
    const CompiledState &st = f.current();
    const bool failed = child->phase == Phase::FailFrame;
    const auto index = static_cast<std::size_t>(child->index);
    f.joined = f.joined || child->arrived;
    if (st.type != Type::Map) {
        if (failed)
            failChildren(f, child->error, T::ParallelStateFailed);
        else
            f.collected[index] = child->output ? *child->output : Json(nullptr);
        return;
    }
    if (!failed) {
        f.collected[index] = child->output ? *child->output : Json(nullptr);
        if (!child->quiet)
            m_e.record(T::MapIterationSucceeded, &f, nullptr, nullptr, {}, {}, child->index);
        return;
    }
    if (!child->quiet)
        m_e.record(T::MapIterationFailed, &f, nullptr, nullptr, child->error.error,
                   child->error.cause, child->index);
    ++f.failures;
    f.collected[index] = Json{{"Error", child->error.error}, {"Cause", child->error.cause}};
    const bool tolerant = f.toleratedCount || f.toleratedPercentage;
    const bool withinCount = f.toleratedCount && f.failures <= *f.toleratedCount;
    const bool withinPct = f.toleratedPercentage &&
                           100.0 * f.failures / double(std::max<std::size_t>(1, f.items.size())) <=
                               *f.toleratedPercentage;
    if (tolerant && (withinCount || withinPct))
        return;
    failChildren(f,
                 tolerant ? StatesError{"States.ExceedToleratedFailureThreshold",
                                        "The specified tolerated failure threshold was exceeded"}
                          : child->error,
                 T::MapStateFailed);
}

// One child failed the state: the others stop (their callbacks are no longer pending), and the
// state fails through its retriers and catchers like any other error.
void ExecutionFlow::failChildren(Frame &f, const StatesError &error, HistoryEvent::Type event)
{
    f.children.clear();
    f.cursor = 0;
    f.error = error;
    f.catchable = true;
    f.failEvent = event;
    if (f.current().type == Type::Map && f.current().distributed)
        f.failEvent2 = T::MapRunFailed;
    f.phase = Phase::Error;
}

} // namespace stepwise::runtime
