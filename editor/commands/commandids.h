#pragma once

namespace stepwise {

/// QUndoCommand::id() of every command that can merge (QUndoCommand::mergeWith). Commands that
/// never merge return -1 and need no entry. A command merges only with one of the same id that
/// edits the same entity and the same field.
enum class CommandId : int {
    // Canvas and structure (editor/commands, structural edits)
    MoveStates = 1,
    NudgeStates,
    RenameState,
    EdgeLabel,
    LaneTitle,
    // Inspector and code view (editor/commands, field edits)
    StateField = 100,
    EdgeField,
    LaneField,
    WorkflowField,
    CodeText,
};

} // namespace stepwise
