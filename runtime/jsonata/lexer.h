#pragma once

// Splits a JSONata expression into tokens as the reference's tokenizer does, with its error codes
// (S0101..S0106, S0301, S0302) and its positions (the offset just after the token).

#include "jsonata/value.h"

#include <memory>
#include <string>

namespace stepwise::jsonata {

struct Regex;

enum class TokenType : std::uint8_t { End, Name, Variable, Operator, String, Number, Value, Regex };

struct Token
{
    TokenType type = TokenType::End;
    std::string value; // names, variables, operators, string literals, regex source
    Value literal;     // numbers, strings and true/false/null
    std::shared_ptr<jsonata::Regex> regex;
    int position = 0;
};

class Lexer
{
public:
    explicit Lexer(const std::string &source) : m_src(source) {}
    /// The next token; `infix` says an operand cannot start here (so `/` divides).
    Token next(bool infix);
    static bool isOperatorChar(char c);

private:
    Token make(TokenType type, std::string value);
    Token scanRegex();
    Token scanString(char quote);
    char at(std::size_t i) const { return i < m_src.size() ? m_src[i] : '\0'; }

    const std::string &m_src;
    std::size_t m_pos = 0;
};

} // namespace stepwise::jsonata
