#pragma once

#include "workflowdata.h"

namespace stepwise {

/// The texts a node shows, split the way layout measures them and items draw them: a taskbox
/// shows a title (the label up to the first `|`) and details (its sub-items, then owner,
/// description and system).
class NodeText
{
public:
    static QString title(const Node &node);
    static QString detail(const Node &node);
};

} // namespace stepwise
