#include "aslpathsyntax.h"

#include <array>

namespace stepwise {

namespace {

// A PEG parser that mirrors asl-path-validator's grammar rule by rule: each rule returns
// whether it matched and leaves the position after the match, or restores it.
class Parser
{
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    bool functions = false;
    bool nonReference = false;
    bool variable = false;

    bool parseAll()
    {
        if (!jsonpathTop())
            return false;
        return m_pos == m_text.size();
    }

private:
    bool lit(std::string_view s)
    {
        if (m_text.substr(m_pos, s.size()) == s) {
            m_pos += s.size();
            return true;
        }
        return false;
    }
    bool atChar(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }
    void ws()
    {
        while (m_pos < m_text.size() &&
               (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' || m_text[m_pos] == '\n'))
            ++m_pos;
    }
    bool number()
    {
        const size_t start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }
    bool escaped()
    {
        if (!atChar('\\') || m_pos + 1 >= m_text.size())
            return false;
        const char c = m_text[m_pos + 1];
        if (c == '\\' || c == 'n')
            return false;
        m_pos += 2;
        return true;
    }
    bool id()
    {
        const size_t start = m_pos;
        while (m_pos < m_text.size()) {
            if (escaped())
                continue;
            const char c = m_text[m_pos];
            static constexpr std::string_view banned = "),'\"\\.[] ><!=";
            if (banned.find(c) != std::string_view::npos)
                break;
            ++m_pos;
        }
        return m_pos > start;
    }
    bool string()
    {
        const size_t start = m_pos;
        for (char q : {'\'', '"'}) {
            m_pos = start;
            if (!atChar(q))
                continue;
            ++m_pos;
            while (m_pos < m_text.size()) {
                if (escaped())
                    continue;
                if (m_text[m_pos] == '\\' || m_text[m_pos] == q)
                    break;
                ++m_pos;
            }
            if (atChar(q)) {
                ++m_pos;
                return true;
            }
        }
        m_pos = start;
        return false;
    }
    bool compOp() { return lit("==") || lit(">=") || lit(">") || lit("<=") || lit("<"); }
    bool value()
    {
        const size_t start = m_pos;
        if (string())
            return true;
        lit("-");
        if (number())
            return true;
        m_pos = start;
        return lit("true") || lit("false") || lit("null");
    }

    bool jsonpathTop()
    {
        const size_t start = m_pos;
        if (lit("$$")) {
            subscript();
            ws();
            return true;
        }
        if (variableRule())
            return true;
        m_pos = start;
        if (lit("$")) {
            subscript();
            ws();
            return true;
        }
        return intrinsic();
    }
    bool jsonpathInner()
    {
        const size_t start = m_pos;
        if (lit("$$")) {
            subscript();
            return true;
        }
        if (variableRule())
            return true;
        m_pos = start;
        if (lit("$")) {
            subscript();
            return true;
        }
        if (lit("@")) {
            nonReference = true;
            subscript();
            return true;
        }
        return intrinsic();
    }
    bool jsonpathOrValue() { return jsonpathInner() || value(); }
    bool variableRule()
    {
        const size_t start = m_pos;
        if (lit("$") && id()) {
            variable = true;
            subscript();
            return true;
        }
        m_pos = start;
        return false;
    }
    // subscript := ".." bareword sub? | ".." brackets sub? | ".*" sub? | "." bareword sub?
    //            | brackets sub?
    bool subscript()
    {
        const size_t start = m_pos;
        if (lit("..")) {
            const size_t after = m_pos;
            if (bareword() || (m_pos = after, subscriptables())) {
                nonReference = true;
                subscript();
                return true;
            }
        }
        m_pos = start;
        if (lit(".") && lit("*")) {
            nonReference = true;
            subscript();
            return true;
        }
        m_pos = start;
        if (lit(".") && bareword()) {
            subscript();
            return true;
        }
        m_pos = start;
        if (subscriptables()) {
            subscript();
            return true;
        }
        m_pos = start;
        return false;
    }
    bool bareword()
    {
        const size_t start = m_pos;
        if (id())
            return true;
        m_pos = start;
        if (intrinsic())
            return true;
        m_pos = start;
        if (lit("*")) {
            nonReference = true;
            return true;
        }
        return false;
    }
    bool subscriptables()
    {
        const size_t start = m_pos;
        if (lit("[")) {
            ws();
            if (subscriptable()) {
                ws();
                if (lit("]"))
                    return true;
            }
        }
        m_pos = start;
        if (lit("[")) {
            ws();
            if (lit("*")) {
                ws();
                if (lit("]")) {
                    nonReference = true;
                    return true;
                }
            }
        }
        m_pos = start;
        if (lit("[")) {
            ws();
            bool flagged = lit("-");
            if (number()) {
                ws();
                int count = 0;
                while (true) {
                    const size_t item = m_pos;
                    if (lit(",")) {
                        ws();
                        const bool neg = lit("-");
                        if (number()) {
                            flagged = flagged || neg;
                            ++count;
                            continue;
                        }
                    }
                    m_pos = item;
                    break;
                }
                ws();
                if (lit("]")) {
                    if (flagged || count > 0)
                        nonReference = true;
                    return true;
                }
            }
        }
        m_pos = start;
        return false;
    }
    bool subscriptable()
    {
        const size_t start = m_pos;
        if (string())
            return true;
        // Slices: [a:b], [a:], [:b]
        lit("-");
        if (number() && lit(":")) {
            const size_t mid = m_pos;
            lit("-");
            if (!number())
                m_pos = mid;
            nonReference = true;
            return true;
        }
        m_pos = start;
        if (lit(":")) {
            lit("-");
            if (number()) {
                nonReference = true;
                return true;
            }
        }
        m_pos = start;
        if (number())
            return true;
        m_pos = start;
        if (lit("?(")) {
            ws();
            if (predicate()) {
                ws();
                if (lit(")")) {
                    nonReference = true;
                    return true;
                }
            }
        }
        m_pos = start;
        if (lit("(")) {
            ws();
            if (lit("@") && lit(".length")) {
                ws();
                if (lit("-")) {
                    ws();
                    if (number()) {
                        ws();
                        if (lit(")")) {
                            nonReference = true;
                            return true;
                        }
                    }
                }
            }
        }
        m_pos = start;
        return jsonpathInner();
    }
    bool predicate()
    {
        const size_t start = m_pos;
        if (lit("@") && lit(".") && id()) {
            ws();
            if (compOp()) {
                ws();
                const size_t v = m_pos;
                if (id())
                    return true;
                m_pos = v;
                if (value())
                    return true;
            }
        }
        m_pos = start;
        return expression();
    }
    bool expression()
    {
        const size_t start = m_pos;
        if (lit("(")) {
            ws();
            if (expression()) {
                ws();
                if (lit(")"))
                    return true;
            }
        }
        m_pos = start;
        if (jsonpathOrValue()) {
            const size_t afterPath = m_pos;
            ws();
            if (compOp()) {
                ws();
                lit("-");
                if (number())
                    return true;
            }
            m_pos = afterPath;
            return true;
        }
        m_pos = start;
        return false;
    }
    // "(" [arg {"," arg}] ")": empty only for functions that allow it, one arg for single.
    bool args(bool allowEmpty, bool single)
    {
        const size_t start = m_pos;
        if (!lit("("))
            return false;
        ws();
        if (allowEmpty && lit(")"))
            return true;
        bool ok = jsonpathOrValue();
        for (ws(); ok && !single;) {
            const size_t item = m_pos;
            if (lit(",") && (ws(), jsonpathOrValue())) {
                ws();
                continue;
            }
            m_pos = item;
            break;
        }
        if (ok && (ws(), lit(")")))
            return true;
        m_pos = start;
        return false;
    }
    bool mathAddOperand(bool path)
    {
        if (path)
            return jsonpathInner();
        lit("-");
        return number();
    }
    bool mathAdd()
    {
        const size_t start = m_pos;
        for (const auto &[a, b] : std::array<std::pair<bool, bool>, 4>{
                 {{true, true}, {true, false}, {false, true}, {false, false}}}) {
            m_pos = start;
            if (lit("(") && (ws(), mathAddOperand(a)) && (ws(), lit(",")) &&
                (ws(), mathAddOperand(b)) && (ws(), lit(")")))
                return true;
        }
        m_pos = start;
        return false;
    }
    bool intrinsic()
    {
        enum Kind { Many, One, None, Add };
        static const std::array<std::pair<std::string_view, Kind>, 19> functions_ = {{
            {"States.Array", Many},
            {"States.ArrayPartition", Many},
            {"States.ArrayContains", Many},
            {"States.ArrayRange", Many},
            {"States.ArrayGetItem", Many},
            {"States.ArrayLength", One},
            {"States.ArrayUnique", One},
            {"States.Base64Encode", One},
            {"States.Base64Decode", One},
            {"States.Hash", Many},
            {"States.JsonMerge", Many},
            {"States.StringToJson", One},
            {"States.JsonToString", One},
            {"States.MathRandom", Many},
            {"States.MathAdd", Add},
            {"States.StringSplit", Many},
            {"States.UUID", None},
            {"States.Format", Many},
            {"", None},
        }};
        const size_t start = m_pos;
        for (const auto &[name, kind] : functions_) {
            if (name.empty())
                break;
            m_pos = start;
            if (!lit(name))
                continue;
            bool ok = false;
            switch (kind) {
            case Many:
                ok = args(true, false);
                break;
            case One:
                ok = args(false, true);
                break;
            case None:
                ok = lit("(") && (ws(), lit(")"));
                break;
            case Add:
                ok = mathAdd();
                break;
            }
            if (ok) {
                functions = true;
                return true;
            }
        }
        m_pos = start;
        return false;
    }

    std::string_view m_text;
    size_t m_pos = 0;
};

} // namespace

AslPathSyntax::Verdict AslPathSyntax::check(std::string_view text, Context context)
{
    Parser p(text);
    if (!p.parseAll())
        return Verdict::SyntaxError;
    if (context == Context::PayloadTemplate)
        return Verdict::Valid;
    if (p.functions)
        return Verdict::HasFunctions;
    if (context == Context::Path)
        return Verdict::Valid;
    if (p.nonReference)
        return Verdict::NotReferencePath;
    if (context == Context::ResultPath && p.variable)
        return Verdict::HasVariable;
    return Verdict::Valid;
}

bool AslPathSyntax::looksIntrinsic(std::string_view text)
{
    return text.substr(0, 7) == "States.";
}

} // namespace stepwise
