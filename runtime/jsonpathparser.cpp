#include "jsonpath.h"

#include <cctype>

namespace stepwise::runtime {

/// Recursive-descent parser of one path; the recursion is bounded by kMaxDepth.
class JsonPathParser
{
public:
    explicit JsonPathParser(std::string_view text) : m_text(text) {}

    std::optional<JsonPath> parsePath(std::string *error)
    {
        JsonPath path;
        path.m_text = std::string(m_text);
        if (!parseInto(path, false) || m_pos != m_text.size()) {
            if (error)
                *error = m_error.empty() ? "unexpected '" + std::string(m_text.substr(m_pos)) + "'"
                                         : m_error;
            return std::nullopt;
        }
        return path;
    }

private:
    static constexpr int kMaxDepth = 32;

    bool fail(const std::string &message)
    {
        if (m_error.empty())
            m_error = message + " at offset " + std::to_string(m_pos);
        return false;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(std::size_t ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    void skipSpace()
    {
        while (!atEnd() && std::isspace(static_cast<unsigned char>(peek())))
            ++m_pos;
    }

    // Parses a path starting at '$' (or '@' inside a filter) up to the end of its segments.
    bool parseInto(JsonPath &path, bool inFilter)
    {
        if (peek() == '@' && inFilter) {
            ++m_pos;
        } else if (peek() == '$') {
            ++m_pos;
            if (peek() == '$') {
                ++m_pos;
                path.m_root = JsonPath::Root::Context;
            } else if (std::isalpha(static_cast<unsigned char>(peek())) || peek() == '_') {
                path.m_root = JsonPath::Root::Variable;
                while (!atEnd() &&
                       (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_'))
                    path.m_variable += m_text[m_pos++];
            }
        } else {
            return fail("a path must start with '$'");
        }
        while (!atEnd()) {
            char c = peek();
            if (inFilter && c != '.' && c != '[')
                break;
            if (path.m_segments.size() >= JsonPath::kMaxSegments)
                return fail("path is longer than " + std::to_string(JsonPath::kMaxSegments) +
                            " segments");
            JsonPath::Segment seg;
            if (c == '.') {
                ++m_pos;
                if (peek() == '.') {
                    ++m_pos;
                    seg.descendant = true;
                    path.m_definite = false;
                    if (peek() == '[') {
                        ++m_pos;
                        if (!parseBracket(seg, path))
                            return false;
                        path.m_segments.push_back(std::move(seg));
                        continue;
                    }
                } else if (peek() == '[') {
                    // `$.[0]` and `$.a.[?(...)]`: Jayway (which AWS uses) reads them as `$[0]`.
                    continue;
                }
                if (peek() == '*') {
                    ++m_pos;
                    seg.kind = JsonPath::Segment::Kind::Wildcard;
                    path.m_definite = false;
                } else {
                    std::size_t start = m_pos;
                    while (!atEnd() && peek() != '.' && peek() != '[' &&
                           !(inFilter &&
                             (std::isspace(static_cast<unsigned char>(peek())) ||
                              std::string_view("=!<>)&|").find(peek()) != std::string_view::npos)))
                        ++m_pos;
                    if (m_pos == start)
                        return fail("empty name");
                    seg.name = std::string(m_text.substr(start, m_pos - start));
                }
            } else if (c == '[') {
                ++m_pos;
                if (!parseBracket(seg, path))
                    return false;
            } else {
                return fail(std::string("unexpected '") + c + "'");
            }
            path.m_segments.push_back(std::move(seg));
        }
        return true;
    }

    bool parseQuoted(std::string &out)
    {
        char quote = peek();
        ++m_pos;
        while (!atEnd() && peek() != quote) {
            if (peek() == '\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text[m_pos++];
        }
        if (atEnd())
            return fail("unterminated string");
        ++m_pos;
        return true;
    }

    bool parseInt(long long &out)
    {
        skipSpace();
        std::size_t start = m_pos;
        if (peek() == '-')
            ++m_pos;
        while (!atEnd() && std::isdigit(static_cast<unsigned char>(peek())))
            ++m_pos;
        if (m_pos == start || (m_pos == start + 1 && m_text[start] == '-'))
            return fail("expected a number");
        std::string digits(m_text.substr(start, m_pos - start));
        if (digits.size() > 18)
            return fail("index too large");
        out = std::stoll(digits);
        skipSpace();
        return true;
    }

    // After '[': names, indexes, unions, slices, wildcards and filters up to ']'.
    bool parseBracket(JsonPath::Segment &seg, JsonPath &path)
    {
        using Kind = JsonPath::Segment::Kind;
        skipSpace();
        if (peek() == '*') {
            ++m_pos;
            seg.kind = Kind::Wildcard;
            path.m_definite = false;
        } else if (peek() == '?') {
            ++m_pos;
            skipSpace();
            bool paren = peek() == '(';
            if (paren)
                ++m_pos;
            auto expr = parseOr(0);
            if (!expr)
                return false;
            skipSpace();
            if (paren) {
                if (peek() != ')')
                    return fail("expected ')'");
                ++m_pos;
            }
            seg.kind = Kind::Filter;
            seg.filter = std::move(expr);
            path.m_definite = false;
        } else if (peek() == '(') {
            // Jayway's script index `[(@.length-N)]`, the N-th item from the end: `[-N]`.
            ++m_pos;
            skipSpace();
            if (m_text.substr(m_pos, 8) != "@.length")
                return fail("expected '@.length-N' in a script index");
            m_pos += 8;
            skipSpace();
            if (peek() != '-')
                return fail("expected '-' after '@.length'");
            ++m_pos;
            long long fromEnd = 0;
            if (!parseInt(fromEnd))
                return false;
            if (fromEnd < 1)
                return fail("a script index counts from 1 back from the end");
            if (peek() != ')')
                return fail("expected ')'");
            ++m_pos;
            seg.kind = Kind::Index;
            seg.index = -fromEnd;
        } else if (peek() == '\'' || peek() == '"') {
            std::vector<std::string> names;
            do {
                skipSpace();
                std::string name;
                if (!parseQuoted(name))
                    return false;
                names.push_back(std::move(name));
                skipSpace();
            } while (peek() == ',' && ++m_pos);
            if (names.size() == 1) {
                seg.name = std::move(names.front());
            } else {
                seg.kind = Kind::Union;
                seg.names = std::move(names);
                path.m_definite = false;
            }
        } else {
            long long first = 0;
            bool hasFirst = peek() != ':';
            if (hasFirst && !parseInt(first))
                return false;
            if (peek() == ':') {
                seg.kind = Kind::Slice;
                path.m_definite = false;
                if (hasFirst)
                    seg.start = first;
                ++m_pos;
                skipSpace();
                long long v = 0;
                if (peek() != ':' && peek() != ']') {
                    if (!parseInt(v))
                        return false;
                    seg.end = v;
                }
                if (peek() == ':') {
                    ++m_pos;
                    skipSpace();
                    if (peek() != ']') {
                        if (!parseInt(v))
                            return false;
                        if (v == 0)
                            return fail("slice step cannot be 0");
                        seg.step = v;
                    }
                }
            } else if (peek() == ',') {
                seg.kind = Kind::Union;
                path.m_definite = false;
                seg.indexes.push_back(first);
                while (peek() == ',') {
                    ++m_pos;
                    if (!parseInt(first))
                        return false;
                    seg.indexes.push_back(first);
                }
            } else {
                seg.kind = Kind::Index;
                seg.index = first;
            }
        }
        skipSpace();
        if (peek() != ']')
            return fail("expected ']'");
        ++m_pos;
        return true;
    }

    using Expr = std::shared_ptr<const FilterExpr>;
    Expr binary(FilterExpr::Op op, Expr l, Expr r)
    {
        auto e = std::make_shared<FilterExpr>();
        e->op = op;
        e->lhs = std::move(l);
        e->rhs = std::move(r);
        return e;
    }

    Expr parseOr(int depth)
    {
        if (depth > kMaxDepth) {
            fail("filter nested too deeply");
            return nullptr;
        }
        Expr left = parseAnd(depth);
        while (left) {
            skipSpace();
            if (peek() != '|' || peek(1) != '|')
                break;
            m_pos += 2;
            Expr right = parseAnd(depth);
            if (!right)
                return nullptr;
            left = binary(FilterExpr::Op::Or, left, right);
        }
        return left;
    }
    Expr parseAnd(int depth)
    {
        Expr left = parseUnary(depth);
        while (left) {
            skipSpace();
            if (peek() != '&' || peek(1) != '&')
                break;
            m_pos += 2;
            Expr right = parseUnary(depth);
            if (!right)
                return nullptr;
            left = binary(FilterExpr::Op::And, left, right);
        }
        return left;
    }
    Expr parseUnary(int depth)
    {
        skipSpace();
        if (peek() == '!' && peek(1) != '=') {
            ++m_pos;
            Expr inner = parseUnary(depth + 1);
            return inner ? binary(FilterExpr::Op::Not, inner, nullptr) : nullptr;
        }
        if (peek() == '(') {
            ++m_pos;
            Expr inner = parseOr(depth + 1);
            skipSpace();
            if (!inner || peek() != ')') {
                fail("expected ')'");
                return nullptr;
            }
            ++m_pos;
            return inner;
        }
        Expr left = parseOperand();
        if (!left)
            return nullptr;
        skipSpace();
        static const std::pair<const char *, FilterExpr::Op> ops[] = {
            {"==", FilterExpr::Op::Eq}, {"!=", FilterExpr::Op::Ne}, {"<=", FilterExpr::Op::Le},
            {">=", FilterExpr::Op::Ge}, {"<", FilterExpr::Op::Lt},  {">", FilterExpr::Op::Gt}};
        for (const auto &[text, op] : ops) {
            std::string_view t(text);
            if (m_text.substr(m_pos, t.size()) == t) {
                m_pos += t.size();
                Expr right = parseOperand();
                return right ? binary(op, left, right) : nullptr;
            }
        }
        if (left->op == FilterExpr::Op::Path)
            return binary(FilterExpr::Op::Exists, left, nullptr);
        return left;
    }
    Expr parseOperand()
    {
        skipSpace();
        auto e = std::make_shared<FilterExpr>();
        char c = peek();
        if (c == '@' || c == '$') {
            JsonPath sub;
            sub.m_text = "@";
            e->relative = c == '@';
            if (!parseInto(sub, true))
                return nullptr;
            e->op = FilterExpr::Op::Path;
            e->path = std::make_shared<const JsonPath>(std::move(sub));
            return e;
        }
        e->op = FilterExpr::Op::Literal;
        if (c == '\'' || c == '"') {
            std::string s;
            if (!parseQuoted(s))
                return nullptr;
            e->literal = s;
            return e;
        }
        std::size_t start = m_pos;
        while (!atEnd() && (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_' ||
                            peek() == '-' || peek() == '+' || peek() == '.'))
            ++m_pos;
        std::string word(m_text.substr(start, m_pos - start));
        Json parsed = Json::parse(word, nullptr, false);
        if (word.empty() || parsed.is_structured()) {
            fail("expected a value in the filter");
            return nullptr;
        }
        // A bare word (`@.Name==Receipt`, seen in deployed machines) compares as a string.
        if (parsed.is_discarded())
            parsed = word;
        e->literal = std::move(parsed);
        return e;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

std::optional<JsonPath> JsonPath::parse(std::string_view text, std::string *error)
{
    return JsonPathParser(text).parsePath(error);
}

} // namespace stepwise::runtime
