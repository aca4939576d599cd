#pragma once

#include "definition.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace stepwise {

struct WorkflowData;

/// The runtime Definition of the window's document, built the way app/RunBridge builds it for
/// `stepwise run` (nodes with ASL states run as ASL through DocumentIo's ASL view, a plain
/// FlowZap diagram as a graph), so the window and the command line run the same thing.
/// The editor library cannot link app/; RunBridge::fromDocument may forward here.
class RunDefinition
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::RunDefinition)
public:
    std::shared_ptr<const runtime::Definition> definition;
    QStringList errors;
    bool graph = false; // run by edges and labels: state paths are FlowZap ids

    static RunDefinition fromDocument(const WorkflowData &doc);
    /// The graph of a diagram without ASL (circles, rectangles, diamonds, taskboxes, edges);
    /// `stepwise run` builds its graphs here too.
    static RunDefinition graphFromDocument(const WorkflowData &doc);
};

} // namespace stepwise
