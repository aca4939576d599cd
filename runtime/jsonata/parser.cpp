#include "jsonata/parser.h"

#include "jsonata/astprocessor.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/signature.h"

#include <unordered_map>

namespace stepwise::jsonata {

int operatorBindingPower(const std::string &op)
{
    static const std::unordered_map<std::string, int> table = {
        {".", 75},  {"[", 80},   {"{", 70},  {"(", 80},  {"@", 80},  {"#", 80},  {"?", 20},
        {"+", 50},  {"-", 50},   {"*", 60},  {"/", 60},  {"%", 60},  {"=", 40},  {"<", 40},
        {">", 40},  {"^", 40},   {"!=", 40}, {"<=", 40}, {">=", 40}, {"~>", 40}, {"?:", 40},
        {"??", 40}, {"and", 30}, {"or", 25}, {"in", 40}, {"&", 50},  {":=", 10}};
    auto it = table.find(op);
    return it == table.end() ? 0 : it->second;
}

Parser::Parser(const std::string &source, std::vector<std::unique_ptr<Node>> &arena)
    : m_source(source), m_arena(arena), m_lexer(source)
{
}

Node *Parser::make(NodeType type, const Token &t)
{
    m_arena.push_back(std::make_unique<Node>());
    Node *n = m_arena.back().get();
    n->type = type;
    n->position = t.position;
    n->value = t.value;
    return n;
}

void Parser::advance(const char *id, bool infix)
{
    if (id && m_node.id != id) {
        bool atEnd = m_node.id == "(end)";
        JsonataException e(atEnd ? "S0203" : "S0202", m_node.token.position);
        e.withToken(atEnd ? std::string("(end)") : m_node.token.value);
        e.value = Value(std::string(id));
        throw e;
    }
    Token t = m_lexer.next(infix);
    m_node.token = t;
    switch (t.type) {
    case TokenType::End:
        m_node.id = "(end)";
        m_node.token.position = static_cast<int>(m_source.size());
        break;
    case TokenType::Name:
    case TokenType::Variable:
        m_node.id = "(name)";
        break;
    case TokenType::Operator:
        m_node.id = t.value;
        if (t.value == "!" || t.value == "~")
            throw JsonataException("S0204", t.position).withToken(t.value);
        break;
    case TokenType::String:
    case TokenType::Number:
    case TokenType::Value:
        m_node.id = "(literal)";
        break;
    case TokenType::Regex:
        m_node.id = "(regex)";
        break;
    }
}

int Parser::lbp(const Current &c) const
{
    if (c.token.type != TokenType::Operator)
        return 0;
    return operatorBindingPower(c.id);
}

Node *Parser::expression(int rbp)
{
    Current t = m_node;
    advance(nullptr, true);
    Node *left = nud(t);
    while (rbp < lbp(m_node)) {
        t = m_node;
        advance();
        left = led(t, left);
    }
    return left;
}

Node *Parser::nud(const Current &t)
{
    const Token &tok = t.token;
    switch (tok.type) {
    case TokenType::Name:
        return make(NodeType::Name, tok);
    case TokenType::Variable:
        return make(NodeType::Variable, tok);
    case TokenType::String: {
        Node *n = make(NodeType::String, tok);
        n->literal = tok.literal;
        return n;
    }
    case TokenType::Number: {
        Node *n = make(NodeType::Number, tok);
        n->literal = tok.literal;
        return n;
    }
    case TokenType::Value: {
        Node *n = make(NodeType::Value, tok);
        n->literal = tok.literal;
        return n;
    }
    case TokenType::Regex: {
        Node *n = make(NodeType::Regex, tok);
        n->regex = tok.regex;
        return n;
    }
    case TokenType::End:
        throw JsonataException("S0207", tok.position).withToken("(end)");
    case TokenType::Operator:
        break;
    }
    const std::string &op = t.id;
    if (op == "-") {
        Node *n = make(NodeType::Unary, tok);
        n->expression = expression(70);
        return n;
    }
    if (op == "*")
        return make(NodeType::Wildcard, tok);
    if (op == "**")
        return make(NodeType::Descendant, tok);
    if (op == "%")
        return make(NodeType::Parent, tok);
    if (op == "and" || op == "or" || op == "in")
        return make(NodeType::Operator, tok);
    if (op == "(") {
        Node *n = make(NodeType::Block, tok);
        while (m_node.id != ")") {
            n->expressions.push_back(expression(0));
            if (m_node.id != ";")
                break;
            advance(";");
        }
        advance(")", true);
        return n;
    }
    if (op == "[")
        return parseArray(t);
    if (op == "{")
        return parseObject(t, nullptr);
    if (op == "|") {
        Node *n = make(NodeType::Transform, tok);
        n->pattern = expression(0);
        advance("|");
        n->update = expression(0);
        if (m_node.id == ",") {
            advance(",");
            n->remove = expression(0);
        }
        advance("|");
        return n;
    }
    throw JsonataException("S0211", tok.position).withToken(op);
}

Node *Parser::parseArray(const Current &t)
{
    Node *n = make(NodeType::Unary, t.token);
    if (m_node.id != "]") {
        for (;;) {
            Node *item = expression(0);
            if (m_node.id == "..") {
                Node *range = make(NodeType::Binary, m_node.token);
                range->value = "..";
                range->lhs = item;
                advance("..");
                range->rhs = expression(0);
                item = range;
            }
            n->expressions.push_back(item);
            if (m_node.id != ",")
                break;
            advance(",");
        }
    }
    advance("]", true);
    return n;
}

Node *Parser::parseObject(const Current &t, Node *left)
{
    Node *n = make(left ? NodeType::Binary : NodeType::Unary, t.token);
    if (m_node.id != "}") {
        for (;;) {
            Node *key = expression(0);
            advance(":");
            Node *value = expression(0);
            n->pairs.emplace_back(key, value);
            if (m_node.id != ",")
                break;
            advance(",");
        }
    }
    advance("}", true);
    n->lhs = left;
    return n;
}

Node *Parser::parseFunctionCall(const Current &t, Node *left)
{
    Node *n = make(NodeType::Function, t.token);
    n->procedure = left;
    if (m_node.id != ")") {
        for (;;) {
            if (m_node.token.type == TokenType::Operator && m_node.id == "?") {
                n->type = NodeType::Partial;
                n->arguments.push_back(make(NodeType::Operator, m_node.token));
                advance("?");
            } else {
                n->arguments.push_back(expression(0));
            }
            if (m_node.id != ",")
                break;
            advance(",");
        }
    }
    advance(")", true);
    if (left->type == NodeType::Name && (left->value == "function" || left->value == "\xCE\xBB")) {
        for (std::size_t i = 0; i < n->arguments.size(); ++i) {
            Node *arg = n->arguments[i];
            if (arg->type != NodeType::Variable) {
                JsonataException e("S0208", arg->position);
                e.withToken(arg->value);
                e.value = Value(static_cast<double>(i + 1));
                throw e;
            }
        }
        n->type = NodeType::Lambda;
        if (m_node.id == "<") {
            int sigPos = m_node.token.position;
            int depth = 1;
            std::string sig = "<";
            while (depth > 0 && m_node.id != "{" && m_node.id != "(end)") {
                advance();
                if (m_node.id == ">")
                    --depth;
                else if (m_node.id == "<")
                    ++depth;
                sig += m_node.token.value;
            }
            advance(">");
            try {
                n->signature = Signature::parse(sig);
            } catch (JsonataException &e) {
                e.position = sigPos + e.position;
                throw;
            }
        }
        advance("{");
        n->body = expression(0);
        advance("}");
    }
    return n;
}

Node *Parser::led(const Current &t, Node *left)
{
    const std::string &op = t.id;
    const Token &tok = t.token;
    if (op == "(")
        return parseFunctionCall(t, left);
    if (op == "{")
        return parseObject(t, left);
    if (op == "[") {
        if (m_node.id == "]") {
            // An empty predicate keeps singleton arrays in the output.
            Node *step = left;
            while (step && step->type == NodeType::Binary && step->value == "[")
                step = step->lhs;
            step->keepArray = true;
            advance("]");
            return left;
        }
        Node *n = make(NodeType::Binary, tok);
        n->lhs = left;
        n->rhs = expression(0);
        advance("]", true);
        return n;
    }
    if (op == "^") {
        Node *n = make(NodeType::Binary, tok);
        advance("(");
        for (;;) {
            SortTerm term;
            if (m_node.id == "<") {
                advance("<");
            } else if (m_node.id == ">") {
                term.descending = true;
                advance(">");
            }
            term.expression = expression(0);
            n->terms.push_back(term);
            if (m_node.id != ",")
                break;
            advance(",");
        }
        advance(")");
        n->lhs = left;
        return n;
    }
    if (op == "?" || op == "?:" || op == "??") {
        Node *n = make(NodeType::Condition, tok);
        if (op == "?") {
            n->condition = left;
            n->then = expression(0);
            if (m_node.id == ":") {
                advance(":");
                n->otherwise = expression(0);
            }
        } else if (op == "?:") {
            n->condition = left;
            n->then = left;
            n->otherwise = expression(0);
        } else {
            // $exists(left) ? left : rhs
            Node *call = make(NodeType::Function, tok);
            Node *proc = make(NodeType::Variable, tok);
            proc->value = "exists";
            call->value = "(";
            call->procedure = proc;
            call->arguments.push_back(left);
            n->condition = call;
            n->then = left;
            n->otherwise = expression(0);
        }
        return n;
    }
    if (op == ":=") {
        if (left->type != NodeType::Variable)
            throw JsonataException("S0212", left->position).withToken(left->value);
        Node *n = make(NodeType::Binary, tok);
        n->lhs = left;
        n->rhs = expression(operatorBindingPower(":=") - 1);
        return n;
    }
    Node *n = make(NodeType::Binary, tok);
    n->lhs = left;
    n->rhs = expression(operatorBindingPower(op));
    if ((op == "@" || op == "#") && n->rhs->type != NodeType::Variable)
        throw JsonataException("S0214", n->rhs->position).withToken(op);
    return n;
}

Node *Parser::parse()
{
    advance();
    Node *expr = expression(0);
    if (m_node.id != "(end)")
        throw JsonataException("S0201", m_node.token.position).withToken(m_node.token.value);
    AstProcessor processor(m_arena);
    return processor.process(expr);
}

} // namespace stepwise::jsonata
