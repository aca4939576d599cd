#include "fzwriter.h"

#include "fzemitter.h"

namespace stepwise {

FzWriter::Result FzWriter::write(const WorkflowData &doc)
{
    Result r;
    FzEmitter emitter(doc);
    r.ok = emitter.run();
    r.diagnostics = std::move(emitter.diagnostics());
    if (!r.ok)
        return r;
    if (doc.fz.bom)
        r.bytes = QByteArrayLiteral("\xEF\xBB\xBF") + emitter.text().toUtf8();
    else
        r.bytes = emitter.text().toUtf8();
    return r;
}

} // namespace stepwise
