#pragma once

#include "workflowdata.h"

#include <QByteArray>

namespace stepwise {

/// Writes the native project file (`.stepwise`): JSON with `"format": "stepwise"` and
/// `"version": 1` holding the whole document — lanes, nodes, edges, loops with their ids, the
/// FlowZap source facts (statement order, sources, trivia), hand-set positions, the ASL of
/// every state and nested machine, `aslTop` and the saved execution inputs — so nothing any
/// other format keeps is lost.
class ProjectWriter
{
public:
    static constexpr int version = 1;
    static QByteArray write(const WorkflowData &doc);
    static OrderedJson toJson(const WorkflowData &doc);
};

} // namespace stepwise
