#pragma once

// Rewrites the parser's tree into the evaluator's shape, as the reference does after parsing:
// `.` chains become paths of steps, predicates attach to their step, `@`/`#` mark tuple steps,
// order-by becomes a sort step, `%` is resolved to the step that provides the parent, and calls
// in tail position of a lambda body become thunks (tail-call optimisation).

#include "jsonata/node.h"

#include <memory>
#include <vector>

namespace stepwise::jsonata {

class AstProcessor
{
public:
    explicit AstProcessor(std::vector<std::unique_ptr<Node>> &arena) : m_arena(arena) {}
    Node *process(Node *expr);

private:
    Node *processNode(Node *expr);
    Node *processBinary(Node *expr);
    Node *processPathStep(Node *expr);
    Node *newNode(NodeType type, int position);
    Node *tailCallOptimize(Node *expr);
    SlotPtr seekParent(Node *node, SlotPtr slot);
    void pushAncestry(Node *result, Node *value);
    void resolveAncestry(Node *path);

    std::vector<std::unique_ptr<Node>> &m_arena;
    int m_ancestorLabel = 0;
    int m_ancestorIndex = 0;
    std::vector<Node *> m_ancestry;
};

} // namespace stepwise::jsonata
