#include "jsontext.h"

#include "jsonparse.h"

namespace stepwise::json_text {

// The runtime's checked parser does the work (one parser for every outside JSON); the model's
// readers want the message without its place and the column an editor shows.
Result parse(std::string_view text, OrderedJson &out, std::size_t maxDepth)
{
    const runtime::JsonParseResult parsed = runtime::json_util::parse(text, out, maxDepth);
    Result r;
    r.ok = parsed.ok;
    if (!parsed.ok) {
        r.error = parsed.what;
        r.line = int(parsed.line);
        r.column = int(parsed.characterColumn);
    }
    return r;
}

} // namespace stepwise::json_text
