#pragma once

#include "layout/machinepath.h"
#include "workflowdata.h"

#include <optional>

#include <QStringList>

namespace stepwise {

class Workflow;

/// The document keeps breakpoints as state paths from the root (see WorkflowData::breakpoints):
/// [container key, branch index, ..., state key], a key being the ASL name or else the label. These
/// helpers turn a node into its path and back; the runtime stops by state name, the last key of a
/// path (names are unique across a definition).
namespace BreakpointPaths {

/// The path of node `id` in `machine` (null when the document has no such node).
OrderedJson pathOf(const WorkflowData &root, const MachinePath &machine, Id id);
/// The path of node `id` at any depth (ids are unique across the document; null if none).
OrderedJson pathOf(const Workflow &doc, Id id);
bool contains(const OrderedJson &paths, const OrderedJson &path);
/// `paths` with `path` added, or removed when it was there.
OrderedJson toggled(const OrderedJson &paths, const OrderedJson &path);
/// The state names the runtime stops at.
QStringList stateNames(const OrderedJson &paths);
/// The key of a node: its ASL name, or in a plain diagram its label (else its FlowZap id).
QString keyOf(const Node &node);

} // namespace BreakpointPaths

} // namespace stepwise
