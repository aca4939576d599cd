#pragma once

#include "modelcommand.h"
#include "workflowdata.h"

#include <QCoreApplication>

namespace stepwise {

/// Collapses a Parallel/Map container to a compact box, or expands it (the chevron in its
/// header, its context menu). A view setting, but a document's: saved in `.stepwise`, undone.
class CollapseCommand : public ModelCommand
{
    Q_DECLARE_TR_FUNCTIONS(CollapseCommand)
public:
    CollapseCommand(Workflow *doc, Id node, bool collapsed, QUndoCommand *parent = nullptr);
};

} // namespace stepwise
