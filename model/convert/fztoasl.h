#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// Generates an ASL definition from a diagram that has no ASL states (a FlowZap document).
/// The mapping is written down in MAPPING.md beside this file. Deterministic: the same diagram
/// always gives the same bytes. What ASL cannot hold becomes a warning, never a silent loss.
class FzToAsl
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::FzToAsl)
public:
    static OrderedJson generate(const WorkflowData &doc, Diagnostics &warnings);
    /// The Choice rule generated for a decision edge labelled `label`.
    static OrderedJson choiceRule(const QString &label, const QString &next);
};

} // namespace stepwise
