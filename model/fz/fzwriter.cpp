#include "fzwriter.h"

namespace stepwise {

FzWriter::Result FzWriter::write(const WorkflowData &)
{
    Result r;
    r.diagnostics.append(makeError(0, 0, tr("The FlowZap writer is not written yet.")));
    return r;
}

} // namespace stepwise
