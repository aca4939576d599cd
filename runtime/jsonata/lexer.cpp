#include "jsonata/lexer.h"

#include "jsonata/jsonataexception.h"
#include "jsonata/regex.h"
#include "jsonata/utf8.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace stepwise::jsonata {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v';
}
} // namespace

bool Lexer::isOperatorChar(char c)
{
    return c != '\0' && std::strchr(".[]{}(),@#;:?+-*/%|=<>^&!~", c) != nullptr;
}

Token Lexer::make(TokenType type, std::string value)
{
    Token t;
    t.type = type;
    t.value = std::move(value);
    t.position = static_cast<int>(m_pos);
    return t;
}

Token Lexer::scanRegex()
{
    // The opening '/' is consumed; the closing one is the first unescaped '/' outside brackets.
    std::size_t start = m_pos;
    int depth = 0;
    while (m_pos < m_src.size()) {
        char c = m_src[m_pos];
        if (c == '/' && depth == 0) {
            std::size_t backslashes = 0;
            while (m_pos >= backslashes + 1 && m_src[m_pos - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0) {
                std::string pattern = m_src.substr(start, m_pos - start);
                if (pattern.empty())
                    throw JsonataException("S0301", static_cast<int>(m_pos));
                ++m_pos;
                std::string flags;
                while (at(m_pos) == 'i' || at(m_pos) == 'm')
                    flags += m_src[m_pos++];
                Token t = make(TokenType::Regex, pattern);
                t.regex = Regex::compile(pattern, flags, t.position);
                return t;
            }
        }
        bool escaped = m_pos > 0 && m_src[m_pos - 1] == '\\';
        if ((c == '(' || c == '[' || c == '{') && !escaped)
            ++depth;
        if ((c == ')' || c == ']' || c == '}') && !escaped)
            --depth;
        ++m_pos;
    }
    throw JsonataException("S0302", static_cast<int>(m_pos));
}

Token Lexer::scanString(char quote)
{
    ++m_pos;
    std::string out;
    while (m_pos < m_src.size()) {
        char c = m_src[m_pos];
        if (c == '\\') {
            ++m_pos;
            char e = at(m_pos);
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                auto hex4 = [this](std::size_t p, unsigned &cp) {
                    if (p + 4 > m_src.size())
                        return false;
                    cp = 0;
                    for (std::size_t i = p; i < p + 4; ++i) {
                        char h = m_src[i];
                        cp <<= 4;
                        if (h >= '0' && h <= '9')
                            cp |= unsigned(h - '0');
                        else if (h >= 'a' && h <= 'f')
                            cp |= unsigned(h - 'a' + 10);
                        else if (h >= 'A' && h <= 'F')
                            cp |= unsigned(h - 'A' + 10);
                        else
                            return false;
                    }
                    return true;
                };
                unsigned cp = 0;
                if (!hex4(m_pos + 1, cp))
                    throw JsonataException("S0104", static_cast<int>(m_pos));
                m_pos += 4;
                // A surrogate pair written as two escapes is one character.
                unsigned low = 0;
                if (cp >= 0xD800 && cp < 0xDC00 && at(m_pos + 1) == '\\' && at(m_pos + 2) == 'u' &&
                    hex4(m_pos + 3, low) && low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    m_pos += 6;
                }
                utf8::append(out, cp);
                break;
            }
            default:
                throw JsonataException("S0103", static_cast<int>(m_pos))
                    .withToken(std::string(1, e));
            }
        } else if (c == quote) {
            ++m_pos;
            Token t = make(TokenType::String, out);
            t.literal = Value(std::move(out));
            return t;
        } else {
            out += c;
        }
        ++m_pos;
    }
    throw JsonataException("S0101", static_cast<int>(m_pos));
}

Token Lexer::next(bool infix)
{
    while (m_pos < m_src.size() && isSpace(m_src[m_pos]))
        ++m_pos;
    if (m_pos >= m_src.size())
        return make(TokenType::End, "");
    char c = m_src[m_pos];
    if (c == '/' && at(m_pos + 1) == '*') {
        std::size_t start = m_pos;
        m_pos += 2;
        while (!(at(m_pos) == '*' && at(m_pos + 1) == '/')) {
            ++m_pos;
            if (m_pos >= m_src.size())
                throw JsonataException("S0106", static_cast<int>(start));
        }
        m_pos += 2;
        return next(infix);
    }
    if (!infix && c == '/') {
        ++m_pos;
        return scanRegex();
    }
    static const char *twoChar[] = {"..", ":=", "!=", ">=", "<=", "**", "~>", "?:", "??"};
    for (const char *op : twoChar) {
        if (c == op[0] && at(m_pos + 1) == op[1]) {
            m_pos += 2;
            return make(TokenType::Operator, op);
        }
    }
    if (isOperatorChar(c)) {
        ++m_pos;
        return make(TokenType::Operator, std::string(1, c));
    }
    if (c == '"' || c == '\'')
        return scanString(c);
    if ((c >= '0' && c <= '9') || (c == '-' && at(m_pos + 1) >= '0' && at(m_pos + 1) <= '9')) {
        std::size_t p = m_pos;
        if (at(p) == '-')
            ++p;
        if (at(p) == '0') {
            ++p;
        } else {
            while (at(p) >= '0' && at(p) <= '9')
                ++p;
        }
        if (at(p) == '.' && at(p + 1) >= '0' && at(p + 1) <= '9') {
            ++p;
            while (at(p) >= '0' && at(p) <= '9')
                ++p;
        }
        if (at(p) == 'e' || at(p) == 'E') {
            std::size_t q = p + 1;
            if (at(q) == '+' || at(q) == '-')
                ++q;
            if (at(q) >= '0' && at(q) <= '9') {
                while (at(q) >= '0' && at(q) <= '9')
                    ++q;
                p = q;
            }
        }
        std::string text = m_src.substr(m_pos, p - m_pos);
        double num = std::strtod(text.c_str(), nullptr);
        if (!std::isfinite(num))
            throw JsonataException("S0102", static_cast<int>(m_pos)).withToken(text);
        m_pos = p;
        Token t = make(TokenType::Number, text);
        t.literal = Value(num);
        return t;
    }
    if (c == '`') {
        ++m_pos;
        std::size_t end = m_src.find('`', m_pos);
        if (end == std::string::npos) {
            m_pos = m_src.size();
            throw JsonataException("S0105", static_cast<int>(m_pos));
        }
        std::string name = m_src.substr(m_pos, end - m_pos);
        m_pos = end + 1;
        return make(TokenType::Name, name);
    }
    std::size_t i = m_pos;
    while (i < m_src.size() && !isSpace(m_src[i]) && !isOperatorChar(m_src[i]))
        ++i;
    if (c == '$') {
        std::string name = m_src.substr(m_pos + 1, i - m_pos - 1);
        m_pos = i;
        return make(TokenType::Variable, name);
    }
    std::string name = m_src.substr(m_pos, i - m_pos);
    m_pos = i;
    if (name == "or" || name == "in" || name == "and")
        return make(TokenType::Operator, name);
    if (name == "true" || name == "false") {
        Token t = make(TokenType::Value, name);
        t.literal = Value(name == "true");
        return t;
    }
    if (name == "null") {
        Token t = make(TokenType::Value, name);
        t.literal = Value(nullptr);
        return t;
    }
    return make(TokenType::Name, name);
}

} // namespace stepwise::jsonata
