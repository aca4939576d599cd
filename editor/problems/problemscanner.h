#pragma once

#include "problem.h"

#include <QCoreApplication>

namespace stepwise {

/// Runs the validators over a document: the ASL validator over its definition (the states' own,
/// or the one generated from a FlowZap diagram), and the FlowZap reader over its FlowZap text
/// for diagram-only documents. Pure and thread-safe: it works on a copy, so the problems
/// panel can run it on a worker thread while the user types.
class ProblemScanner
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::ProblemScanner)
public:
    static Problems scan(const WorkflowData &doc);
    /// Splits an ASL pointer "/States/Name/Catch/0/Next" into the state name "Name" and the
    /// field "/Catch/0/Next"; a state inside a Parallel or Map names its top-level container.
    static bool splitPointer(const QString &pointer, QString *state, QString *field);
};

} // namespace stepwise
