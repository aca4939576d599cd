// The .stepwise project reader on arbitrary bytes: a document or a placed diagnostic, never an
// exception; a document it accepts must write back.
#include "project/projectreader.h"
#include "project/projectwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ProjectReader::Result r = ProjectReader::read(bytes);
    if (r.document)
        (void)ProjectWriter::write(*r.document);
    else if (r.diagnostics.isEmpty())
        std::abort();
    return 0;
}
