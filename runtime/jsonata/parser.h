#pragma once

// A Pratt parser for JSONata, with the reference's binding powers and error codes (S0201..S0214).
// It builds the raw syntax tree; AstProcessor then rewrites it into the evaluator's shape.

#include "jsonata/lexer.h"
#include "jsonata/node.h"

#include <memory>
#include <string>
#include <vector>

namespace stepwise::jsonata {

class Parser
{
public:
    Parser(const std::string &source, std::vector<std::unique_ptr<Node>> &arena);
    /// Parses the whole source and returns the processed tree; throws JsonataException.
    Node *parse();

private:
    struct Current
    {
        std::string id; // operator text, or (name) (literal) (regex) (end)
        Token token;
    };

    Node *make(NodeType type, const Token &t);
    void advance(const char *id = nullptr, bool infix = false);
    int lbp(const Current &c) const;
    Node *expression(int rbp);
    Node *nud(const Current &t);
    Node *led(const Current &t, Node *left);
    Node *parseFunctionCall(const Current &t, Node *left);
    Node *parseObject(const Current &t, Node *left);
    Node *parseArray(const Current &t);

    const std::string &m_source;
    std::vector<std::unique_ptr<Node>> &m_arena;
    Lexer m_lexer;
    Current m_node;
};

/// Binding power of an infix operator (0 when the text is not one).
int operatorBindingPower(const std::string &op);

} // namespace stepwise::jsonata
