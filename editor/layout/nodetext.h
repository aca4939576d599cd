#pragma once

#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// The texts a node shows, split the way layout measures them and items draw them: a taskbox
/// shows a title (the label up to the first `|`) and details (its sub-items, then owner,
/// description and system, captioned).
class NodeText
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::NodeText)
public:
    static QString title(const Node &node);
    static QString detail(const Node &node);
    /// An ASL Task that pauses for a task token (`.waitForTaskToken`): drawn with a badge.
    static bool isCallback(const Node &node);
};

} // namespace stepwise
