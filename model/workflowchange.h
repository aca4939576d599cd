#pragma once

#include "workflowdata.h"

#include <variant>

namespace stepwise {

/// Where a statement stands in the FlowZap text: in a lane's body (lane != NoId) or at top
/// level, at an index. Undo uses it to put a removed statement back where it was.
struct StatementPlace
{
    Id lane = NoId;
    int index = -1; // -1: the natural place (after the last statement of its kind)
    bool operator==(const StatementPlace &o) const { return lane == o.lane && index == o.index; }
};

/// Everything one Workflow mutation changed, as a list of entity states before and after, so
/// that Workflow::revert() undoes it exactly (same ids, same order, same source text, same
/// ASL fields of every state it touched) and Workflow::reapply() redoes it. An undo command
/// keeps the change of its first redo (Workflow::lastChange()) and never needs to know which
/// other states or edges an edit had to touch to keep transitions in step.
struct WorkflowChange
{
    struct Step
    {
        enum class Kind {
            Lane,
            Node,
            Edge,
            Loop,
            MachineTop,
            LaneOrder,
            SubMachines,
            Inputs,
            Breakpoints,
            Counter // the root's nextId, so undo gives back the same project file
        };
        using Value = std::variant<std::monostate, Lane, Node, Edge, Loop, OrderedJson,
                                   std::vector<WorkflowData>>;
        Step() = default;
        Step(Kind k, MachineRef m, Id entity, int what = 0)
            : kind(k), machine(m), id(entity), aspect(what)
        {
        }
        Kind kind = Kind::Node;
        MachineRef machine;
        Id id = NoId;        // the entity (the container for SubMachines, the lane for LaneOrder)
        int aspect = 0;      // the Workflow::Aspect a change of this entity is signalled with
        Value before, after; // monostate: the entity is absent on that side
        int indexBefore = -1, indexAfter = -1; // position in the machine's vector
        StatementPlace placeBefore, placeAfter;
        std::vector<Id> orderBefore, orderAfter;    // LaneOrder: lane ids in order
        std::vector<Statement> topBefore, topAfter; // LaneOrder: the top-level text
    };
    std::vector<Step> steps;
    bool isEmpty() const { return steps.empty(); }
};

} // namespace stepwise
