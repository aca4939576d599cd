#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QByteArray>
#include <QCoreApplication>

namespace stepwise {

/// Writes a document as an ASL definition. A document that holds ASL states gives them back
/// field for field in their order (so an unedited file comes back deep-equal); a document drawn
/// in FlowZap (no ASL states) gets its definition generated from the diagram (FzToAsl).
/// What ASL cannot keep (hand-set positions, loops, edge handles...) is listed as warnings.
class AslWriter
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::AslWriter)
public:
    struct Result
    {
        bool ok = false;
        QByteArray bytes;
        Diagnostics diagnostics;
    };
    /// The definition of a document (for the runtime bridge and the other writers).
    static OrderedJson toJson(const WorkflowData &doc, Diagnostics *warnings = nullptr);
    static Result writeJson(const WorkflowData &doc);
    static Result writeYaml(const WorkflowData &doc);
    /// True when the document carries ASL states of its own (read from ASL or a project).
    static bool hasAslStates(const WorkflowData &doc);
};

} // namespace stepwise
