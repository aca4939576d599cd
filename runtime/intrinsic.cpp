#include "intrinsic.h"

#include <cctype>

namespace stepwise::runtime {

/// Recursive-descent parser of one call; nesting is refused beyond Intrinsic::kMaxDepth.
class IntrinsicParser
{
public:
    explicit IntrinsicParser(std::string_view text) : m_text(text) {}

    std::shared_ptr<const Intrinsic> parseAll(std::string *error)
    {
        auto call = parseCall(1);
        skipSpace();
        if (call && m_pos != m_text.size())
            fail("unexpected text after the call");
        if (!m_error.empty()) {
            if (error)
                *error = "invalid intrinsic function '" + std::string(m_text) + "': " + m_error;
            return nullptr;
        }
        return call;
    }

private:
    bool fail(const std::string &message)
    {
        if (m_error.empty())
            m_error = message + " at offset " + std::to_string(m_pos);
        return false;
    }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(peek())))
            ++m_pos;
    }

    std::shared_ptr<const Intrinsic> parseCall(int depth)
    {
        if (depth > Intrinsic::kMaxDepth) {
            fail("intrinsic functions are nested more than " +
                 std::to_string(Intrinsic::kMaxDepth) + " deep");
            return nullptr;
        }
        skipSpace();
        if (m_text.substr(m_pos, 7) != "States.") {
            fail("expected 'States.'");
            return nullptr;
        }
        std::size_t start = m_pos;
        m_pos += 7;
        while (std::isalnum(static_cast<unsigned char>(peek())))
            ++m_pos;
        auto call = std::make_shared<Intrinsic>();
        call->m_name = std::string(m_text.substr(start, m_pos - start));
        call->m_index = intrinsicIndex(call->m_name);
        if (call->m_index < 0) {
            fail("unknown intrinsic function '" + call->m_name + "'");
            return nullptr;
        }
        skipSpace();
        if (peek() != '(') {
            fail("expected '('");
            return nullptr;
        }
        ++m_pos;
        skipSpace();
        if (peek() == ')') {
            ++m_pos;
        } else {
            for (;;) {
                Intrinsic::Arg arg;
                if (!parseArg(arg, depth))
                    return nullptr;
                call->m_args.push_back(std::move(arg));
                skipSpace();
                if (peek() == ',') {
                    ++m_pos;
                    continue;
                }
                if (peek() == ')') {
                    ++m_pos;
                    break;
                }
                fail("expected ',' or ')'");
                return nullptr;
            }
        }
        if (!argumentCountFits(*call))
            return nullptr;
        call->m_text = std::string(m_text.substr(start, m_pos - start));
        return call;
    }

    // AWS refuses a definition that gives a function another number of arguments, so a wrong
    // count is a syntax error here, for the runtime and the validator alike.
    bool argumentCountFits(const Intrinsic &call)
    {
        constexpr std::size_t many = ~std::size_t(0);
        struct Count
        {
            const char *name;
            std::size_t lo, hi;
        };
        static const Count counts[] = {
            {"States.Format", 1, many},      {"States.StringToJson", 1, 1},
            {"States.JsonToString", 1, 1},   {"States.Array", 0, many},
            {"States.ArrayPartition", 2, 2}, {"States.ArrayContains", 2, 2},
            {"States.ArrayRange", 3, 3},     {"States.ArrayGetItem", 2, 2},
            {"States.ArrayLength", 1, 1},    {"States.ArrayUnique", 1, 1},
            {"States.Base64Encode", 1, 1},   {"States.Base64Decode", 1, 1},
            {"States.Hash", 2, 2},           {"States.JsonMerge", 3, 3},
            {"States.MathRandom", 2, 3},     {"States.MathAdd", 2, 2},
            {"States.StringSplit", 2, 2},    {"States.UUID", 0, 0}};
        const std::size_t n = call.m_args.size();
        for (const Count &c : counts) {
            if (call.m_name != c.name || (n >= c.lo && n <= c.hi))
                continue;
            const std::string expected =
                c.hi == many ? "at least " + std::to_string(c.lo)
                             : std::to_string(c.lo) +
                                   (c.hi != c.lo ? " to " + std::to_string(c.hi) : std::string());
            return fail(call.m_name + " takes " + expected + " argument(s), not " +
                        std::to_string(n));
        }
        return true;
    }

    bool parseArg(Intrinsic::Arg &arg, int depth)
    {
        skipSpace();
        char c = peek();
        if (c == '\'') {
            ++m_pos;
            std::string s;
            while (m_pos < m_text.size() && peek() != '\'') {
                if (peek() == '\\' && m_pos + 1 < m_text.size()) {
                    char next = m_text[m_pos + 1];
                    if (next == '\'' || next == '\\') {
                        s += next;
                        m_pos += 2;
                        continue;
                    }
                }
                s += m_text[m_pos++];
            }
            if (peek() != '\'')
                return fail("unterminated string");
            ++m_pos;
            arg.literal = std::move(s);
            return true;
        }
        if (c == '$') {
            std::size_t start = m_pos;
            int brackets = 0;
            char quote = 0;
            while (m_pos < m_text.size()) {
                char ch = peek();
                if (quote) {
                    if (ch == quote)
                        quote = 0;
                } else if (ch == '\'' || ch == '"') {
                    quote = ch;
                } else if (ch == '[' || ch == '(') {
                    ++brackets;
                } else if ((ch == ']' || ch == ')') && brackets > 0) {
                    --brackets;
                } else if ((ch == ',' || ch == ')') && brackets == 0) {
                    break;
                }
                ++m_pos;
            }
            std::string text(m_text.substr(start, m_pos - start));
            while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
                text.pop_back();
            std::string error;
            arg.path = JsonPath::parse(text, &error);
            return arg.path ? true : fail("invalid path '" + text + "': " + error);
        }
        if (m_text.substr(m_pos, 7) == "States.") {
            arg.call = parseCall(depth + 1);
            return arg.call != nullptr;
        }
        std::size_t start = m_pos;
        while (m_pos < m_text.size() && peek() != ',' && peek() != ')')
            ++m_pos;
        std::string word(m_text.substr(start, m_pos - start));
        while (!word.empty() && std::isspace(static_cast<unsigned char>(word.back())))
            word.pop_back();
        Json value = Json::parse(word, nullptr, false);
        if (word.empty() || value.is_discarded() || value.is_structured() || value.is_string())
            return fail("invalid argument '" + word + "'");
        arg.literal = std::move(value);
        return true;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    std::string m_error;
};

bool Intrinsic::looksLikeCall(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
        ++i;
    return text.substr(i, 7) == "States.";
}

std::shared_ptr<const Intrinsic> Intrinsic::parse(std::string_view text, std::string *error)
{
    return IntrinsicParser(text).parseAll(error);
}

Json Intrinsic::evaluate(const EvalScope &scope) const
{
    std::vector<Json> values;
    values.reserve(m_args.size());
    for (const auto &arg : m_args) {
        if (arg.call) {
            values.push_back(arg.call->evaluate(scope));
        } else if (arg.path) {
            Json v;
            if (!scope.evaluate(*arg.path, v))
                throw StatesError{"States.Runtime",
                                  "The JsonPath argument for the field '" + arg.path->text() +
                                      "' could not be found in the input of " + m_text};
            values.push_back(std::move(v));
        } else {
            values.push_back(arg.literal);
        }
    }
    return callIntrinsic(m_index, values, scope);
}

} // namespace stepwise::runtime
