// The FlowZap Code reader on arbitrary bytes: it must return a document or diagnostics, never
// throw, and a document it returns must survive being written back.
#include "fz/fzreader.h"
#include "fz/fzwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FzReader::Result r = FzReader::read(bytes);
    if (r.document) {
        FzWriter::Result w = FzWriter::write(*r.document);
        (void)w;
    } else if (r.diagnostics.isEmpty()) {
        std::abort(); // a refusal must say why
    }
    return 0;
}
