#include "fzreader.h"

namespace stepwise {

FzReader::Result FzReader::read(const QByteArray &)
{
    Result r;
    r.diagnostics.append(makeError(1, 1, tr("The FlowZap reader is not written yet.")));
    return r;
}

} // namespace stepwise
