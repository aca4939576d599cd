#include "jsonata/regex.h"

#include "jsonata/jsonataexception.h"
#include "jsonata/stackguard.h"

namespace stepwise::jsonata {

namespace {

// Stack bytes per pattern character that compiling, and matching with the polynomial executor,
// may use. Measured on an 8 MiB thread (nested groups `((…(a)*…)*)*` and chains `a?a?…`, the
// deepest per character): about 250 bytes in a release build and 560 under ASan+UBSan; twice
// that leaves room for other shapes.
constexpr std::size_t kBytesPerPatternChar = 1024;
// The backtracking matcher's frames per character of the text, per pattern character: about
// 800 bytes for `(a|b)*` under ASan; counted per pattern character as the loop's body may hold
// more states.
constexpr std::size_t kBytesPerTextCharAndPatternChar = 256;

std::string tooLarge(std::size_t patternSize, std::size_t textSize)
{
    std::string what = "a pattern of " + std::to_string(patternSize) + " characters";
    if (textSize)
        what += " on a text of " + std::to_string(textSize) + " characters";
    return what;
}

void requireStack(std::size_t bytes, std::size_t patternSize, std::size_t textSize)
{
    if (bytes > StackGuard::available()) {
        JsonataException e("U1003");
        e.value = Value(tooLarge(patternSize, textSize));
        throw e;
    }
}

std::size_t saturatingProduct(std::size_t a, std::size_t b)
{
    if (a && b > SIZE_MAX / a)
        return SIZE_MAX;
    return a * b;
}

} // namespace

void requireRegexStack(std::size_t patternSize)
{
    requireStack(saturatingProduct(patternSize + 1, kBytesPerPatternChar), patternSize, 0);
}

std::regex compileBoundedRegex(const std::string &pattern, std::regex::flag_type options)
{
    requireRegexStack(pattern.size());
    // __polynomial: libstdc++'s extension (we build with Debian's GCC/Clang on libstdc++) that
    // selects the Thompson-NFA executor; it refuses back-references with error_complexity.
    return std::regex(pattern, options | std::regex_constants::__polynomial);
}

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
        try {
            r->re = compileBoundedRegex(pattern, options);
        } catch (const std::regex_error &e) {
            if (e.code() != std::regex_constants::error_complexity)
                throw;
            // a back-reference: only the backtracking matcher takes it
            r->backtracks = true;
            r->re = std::regex(pattern, options);
        }
    } catch (const std::regex_error &) {
        JsonataException e("S0303", position);
        e.value = Value(pattern);
        throw e;
    }
    return r;
}

bool Regex::search(std::string::const_iterator begin, std::string::const_iterator end,
                   std::smatch &match, std::regex_constants::match_flag_type flags) const
{
    const std::size_t textSize = static_cast<std::size_t>(end - begin);
    std::size_t need = saturatingProduct(source.size() + 1, kBytesPerPatternChar);
    if (backtracks)
        need = std::max(need, saturatingProduct(saturatingProduct(textSize + 1, source.size() + 1),
                                                kBytesPerTextCharAndPatternChar));
    requireStack(need, source.size(), backtracks ? textSize : 0);
    return std::regex_search(begin, end, match, re, flags);
}

} // namespace stepwise::jsonata
