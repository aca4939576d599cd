#include "jsonpositionindex.h"

#include <vector>

namespace stepwise {

namespace {

// Walks the text once, keeping the line and column of the read position.
class Scanner
{
public:
    explicit Scanner(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    JsonPositionIndex::Place place() const { return {m_line, m_column}; }

    void advance()
    {
        const unsigned char c = static_cast<unsigned char>(m_text[m_pos++]);
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++m_column;
        }
    }
    void skipSpace()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }
    // Reads a string starting at the opening quote; decodes the escapes a key may use.
    std::string readString()
    {
        std::string out;
        advance(); // "
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                advance();
                const char e = peek();
                advance();
                switch (e) {
                case 'n':
                    out += '\n';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'u':
                    out += readUnicode();
                    break;
                default:
                    out += e;
                    break;
                }
            } else {
                out += peek();
                advance();
            }
        }
        if (!atEnd())
            advance(); // "
        return out;
    }
    void skipScalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                return;
            advance();
        }
    }

private:
    unsigned readHex4()
    {
        unsigned v = 0;
        for (int i = 0; i < 4 && !atEnd(); ++i) {
            const char c = peek();
            advance();
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= unsigned(c - 'A' + 10);
        }
        return v;
    }
    std::string readUnicode()
    {
        unsigned cp = readHex4();
        if (cp >= 0xD800 && cp <= 0xDBFF && peek() == '\\') {
            advance();
            advance(); // u
            const unsigned low = readHex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        std::string out;
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
        return out;
    }

    std::string_view m_text;
    size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

struct Frame
{
    std::string pointer;
    bool isObject = false;
    int index = 0;
};

} // namespace

std::string JsonPositionIndex::appendToken(const std::string &pointer, std::string_view token)
{
    std::string out = pointer;
    out += '/';
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

JsonPositionIndex JsonPositionIndex::fromJsonText(std::string_view text)
{
    JsonPositionIndex index;
    Scanner s(text);
    std::vector<Frame> stack;
    // The pointer the next value gets, and the place recorded for it (its key's, in objects).
    std::string nextPointer;
    Place nextPlace{1, 1};
    bool haveKeyPlace = false;
    while (true) {
        s.skipSpace();
        if (s.atEnd())
            break;
        const char c = s.peek();
        if (c == ',') {
            s.advance();
            continue;
        }
        if (c == '}' || c == ']') {
            s.advance();
            if (!stack.empty())
                stack.pop_back();
            continue;
        }
        if (!stack.empty() && stack.back().isObject && !haveKeyPlace) {
            // A key: remember it, then the value follows the colon.
            const Place keyPlace = s.place();
            const std::string key = s.readString();
            s.skipSpace();
            if (s.peek() == ':')
                s.advance();
            nextPointer = appendToken(stack.back().pointer, key);
            nextPlace = keyPlace;
            haveKeyPlace = true;
            continue;
        }
        if (!stack.empty() && !stack.back().isObject) {
            nextPointer = appendToken(stack.back().pointer, std::to_string(stack.back().index++));
            nextPlace = s.place();
        } else if (stack.empty()) {
            nextPlace = s.place();
        }
        haveKeyPlace = false;
        index.m_places.emplace(nextPointer, nextPlace);
        if (c == '{' || c == '[') {
            s.advance();
            stack.push_back(Frame{nextPointer, c == '{', 0});
        } else if (c == '"') {
            s.readString();
        } else {
            s.skipScalar();
        }
    }
    return index;
}

JsonPositionIndex::Place JsonPositionIndex::placeOfOffset(std::string_view text, size_t offset)
{
    Place p{1, 1};
    const size_t end = std::min(offset, text.size());
    for (size_t i = 0; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

JsonPositionIndex::Place JsonPositionIndex::find(const std::string &pointer) const
{
    std::string p = pointer;
    while (true) {
        auto it = m_places.find(p);
        if (it != m_places.end())
            return it->second;
        const size_t slash = p.rfind('/');
        if (slash == std::string::npos)
            return {};
        p.resize(slash);
    }
}

} // namespace stepwise
