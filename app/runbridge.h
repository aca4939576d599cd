#pragma once

#include "definition.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace stepwise {

struct WorkflowData;

/// Turns a file or a document into something the runtime executes: ASL JSON directly, other
/// model formats through DocumentIo's ASL view, and a plain FlowZap diagram as a graph.
class RunBridge
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::RunBridge)
public:
    struct Loaded
    {
        std::shared_ptr<const runtime::Definition> definition;
        QStringList errors;
        bool graph = false; // a diagram without ASL, run by edges and labels
    };
    static Loaded loadFile(const QString &path);
    /// A document whose nodes carry ASL states runs as ASL; otherwise as a graph.
    static Loaded fromDocument(const WorkflowData &doc);
    /// The graph of a diagram without ASL: circles, rectangles, diamonds, taskboxes, edges.
    static Loaded graphFromDocument(const WorkflowData &doc);
};

} // namespace stepwise
