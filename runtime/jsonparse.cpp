#include "jsonparse.h"

#include <algorithm>
#include <type_traits>

namespace stepwise::runtime::json_util {

namespace {

// Builds the document with nlohmann's own DOM builder, but keeps the error's position (which the
// exception for a number overflow lacks) and refuses nesting beyond the limit while parsing, so a
// deep input never reaches a recursive walk.
class CheckedSax : public nlohmann::detail::json_sax_dom_parser<Json>
{
public:
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;
    CheckedSax(Json &out, std::size_t maxDepth) : Base(out, false), m_maxDepth(maxDepth) {}

    bool start_object(std::size_t n) { return enter() && Base::start_object(n); }
    bool end_object()
    {
        --m_depth;
        return Base::end_object();
    }
    bool start_array(std::size_t n) { return enter() && Base::start_array(n); }
    bool end_array()
    {
        --m_depth;
        return Base::end_array();
    }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string &token, const Exception &e)
    {
        // The position is just past the last character read: a syntax error is there, a number
        // that does not fit is the whole token before it.
        if constexpr (std::is_same_v<Exception, nlohmann::detail::out_of_range>)
            m_offset = position >= token.size() ? position - token.size() : 0;
        else
            m_offset = position > 0 ? position - 1 : 0;
        m_message = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (auto colon = m_message.find("]: "); colon != std::string::npos)
            m_message = m_message.substr(colon + 3);
        else if (auto bracket = m_message.find("] "); bracket != std::string::npos)
            m_message = m_message.substr(bracket + 2);
        if (auto at = m_message.find(": ");
            m_message.rfind("parse error", 0) == 0 && at != std::string::npos)
            m_message = m_message.substr(at + 2);
        m_failed = true;
        return false;
    }

    bool tooDeep() const { return m_tooDeep; }
    bool failed() const { return m_failed; }
    const std::string &message() const { return m_message; }
    std::size_t offset() const { return m_offset; }

private:
    bool enter()
    {
        if (++m_depth > m_maxDepth) {
            m_tooDeep = true;
            return false;
        }
        return true;
    }
    std::size_t m_maxDepth;
    std::size_t m_depth = 0;
    bool m_tooDeep = false;
    bool m_failed = false;
    std::string m_message;
    std::size_t m_offset = 0;
};

// Offset of the first bracket that opens nesting level `maxDepth + 1`, skipping strings.
std::size_t tooDeepAt(std::string_view text, std::size_t maxDepth)
{
    std::size_t depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return text.size();
}

// 1-based line and column of a byte offset (columns count bytes, as nlohmann's do), and the
// column in characters, as an editor shows it.
void place(std::string_view text, std::size_t offset, JsonParseResult &r)
{
    offset = std::min(offset, text.size());
    r.line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++r.line;
            lineStart = i + 1;
        }
    r.column = offset - lineStart + 1;
    r.characterColumn = 1;
    for (std::size_t i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) // not a continuation byte
            ++r.characterColumn;
}

} // namespace

JsonParseResult parse(std::string_view text, Json &out, std::size_t maxDepth)
{
    JsonParseResult r;
    out = Json();
    if (text.size() > kMaxTextBytes) {
        r.what = "the text is larger than " + std::to_string(kMaxTextBytes >> 20) + " MiB";
        r.error = r.what;
        return r;
    }
    Json value;
    CheckedSax sax(value, maxDepth);
    bool ok = false;
    try {
        ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::json::input_format_t::json,
                             true, false);
    } catch (const std::exception &e) { // out of memory, or anything the builder itself raises
        r.what = r.error = e.what();
        return r;
    }
    if (ok && !sax.failed() && !sax.tooDeep()) {
        out = std::move(value);
        r.ok = true;
        return r;
    }
    std::string what;
    if (sax.tooDeep()) {
        place(text, tooDeepAt(text, maxDepth), r);
        what = "nested more than " + std::to_string(maxDepth) + " levels deep";
    } else {
        place(text, sax.offset(), r);
        what = sax.message().empty() ? std::string("not valid JSON") : sax.message();
    }
    r.error =
        "line " + std::to_string(r.line) + ", column " + std::to_string(r.column) + ": " + what;
    r.what = std::move(what);
    return r;
}

} // namespace stepwise::runtime::json_util
