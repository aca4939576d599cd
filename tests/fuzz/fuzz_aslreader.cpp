// The ASL reader, JSON and YAML (the first byte chooses), on arbitrary bytes: a document or
// diagnostics with a place, never an exception; a document must write back to ASL.
#include "asl/aslreader.h"
#include "asl/aslwriter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace stepwise;
    if (size == 0)
        return 0;
    const bool yaml = data[0] & 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    AslReader::Result r = yaml ? AslReader::readYaml(bytes) : AslReader::readJson(bytes);
    if (r.document) {
        AslWriter::Result w = AslWriter::writeJson(*r.document);
        (void)w;
    } else if (r.diagnostics.isEmpty()) {
        std::abort();
    }
    return 0;
}
