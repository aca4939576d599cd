#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace stepwise {

class JsonPositionIndex;

/// Reads an ASL definition (JSON or YAML) into a document: one node per state with every field
/// kept in order, Parallel branches and Map processors as nested machines, the top-level fields
/// in `aslTop`, and a diagram of each machine. In `aslTop` and in a state's fields, `States`,
/// `Branches`, `ItemProcessor` and `Iterator` hold null: they mark where the nested content goes
/// back (the content itself lives in the nodes and in `Node::subMachines`).
/// Malformed text or a definition that cannot be drawn gives no document; the validator's other
/// findings come with the document, all placed by line and column.
class AslReader
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslReader)
public:
    struct Result
    {
        std::optional<WorkflowData> document;
        Diagnostics diagnostics;
    };
    static Result readJson(const QByteArray &bytes);
    static Result readYaml(const QByteArray &bytes);
    /// Reads a definition already parsed, e.g. the one embedded in a SAM template; places are
    /// looked up in `index` under `basePointer` + the definition's own pointer.
    static Result fromJson(OrderedJson definition, const JsonPositionIndex &index,
                           const std::string &basePointer);
    /// Builds the document of a definition already known to be drawable (the validator found
    /// no structural error). Moves the states out of `machine`.
    static WorkflowData buildMachine(OrderedJson &machine);
};

} // namespace stepwise
