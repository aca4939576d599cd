#include "jsonata/regex.h"

#include "jsonata/jsonataexception.h"

namespace stepwise::jsonata {

std::shared_ptr<Regex> Regex::compile(const std::string &pattern, const std::string &flags,
                                      int position)
{
    auto r = std::make_shared<Regex>();
    r->source = pattern;
    r->flags = flags;
    auto options = std::regex::ECMAScript;
    if (flags.find('i') != std::string::npos)
        options |= std::regex::icase;
    if (flags.find('m') != std::string::npos)
        options |= std::regex::multiline;
    try {
        r->re = std::regex(pattern, options);
    } catch (const std::regex_error &) {
        JsonataException e("S0303", position);
        e.value = Value(pattern);
        throw e;
    }
    return r;
}

} // namespace stepwise::jsonata
