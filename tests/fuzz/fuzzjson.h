#pragma once
// Shared by the runtime's fuzz targets: the bytes split at the first newline into a text (a
// path, an expression) and a JSON document, parsed the checked way as outside input is.
#include "jsonparse.h"

#include <cstdint>
#include <string_view>

namespace stepwise::fuzz {

struct Split
{
    std::string_view head;
    runtime::Json json;
    bool jsonOk = false;
};

inline Split split(const std::uint8_t *data, std::size_t size)
{
    Split s;
    std::string_view all(reinterpret_cast<const char *>(data), size);
    const std::size_t nl = all.find('\n');
    s.head = all.substr(0, nl);
    if (nl != std::string_view::npos)
        s.jsonOk = runtime::json_util::parse(all.substr(nl + 1), s.json).ok;
    return s;
}

} // namespace stepwise::fuzz
