#pragma once

// The syntax tree, in the shape the reference's parser and AST post-processing give it, so the
// evaluator can follow the reference's semantics step by step. Nodes live in an arena owned by
// the compiled program; links between them are plain pointers into it.

#include "jsonata/value.h"

#include <memory>
#include <string>
#include <vector>

namespace stepwise::jsonata {

class Signature;
struct Regex;

enum class NodeType : std::uint8_t {
    Path,
    Binary,
    Unary,
    Name,
    String,
    Number,
    Value,
    Wildcard,
    Descendant,
    Parent,
    Condition,
    Block,
    Bind,
    Regex,
    Function,
    Partial,
    Variable,
    Lambda,
    Apply,
    Transform,
    Sort,
    Operator,
    End
};

/// A slot through which `%` finds an ancestor: shared by the nodes that seek and provide it.
struct ParentSlot
{
    std::string label;
    int level = 1;
    int index = 0;
};
using SlotPtr = std::shared_ptr<ParentSlot>;

struct Node;

struct Stage
{
    bool isIndex = false; // an index binding (#$i) rather than a filter
    Node *expr = nullptr;
    std::string indexVar;
    int position = 0;
};

struct SortTerm
{
    bool descending = false;
    Node *expression = nullptr;
};

struct GroupSpec
{
    std::vector<std::pair<Node *, Node *>> pairs;
    int position = 0;
};

struct Node
{
    NodeType type = NodeType::End;
    int position = 0;
    std::string value;      // operator, name, variable, string literal
    jsonata::Value literal; // for String, Number and Value nodes

    Node *lhs = nullptr;
    Node *rhs = nullptr;
    Node *expression = nullptr;                   // unary operand
    std::vector<Node *> expressions;              // block, array constructor
    std::vector<std::pair<Node *, Node *>> pairs; // object constructor
    std::vector<Node *> steps;                    // path
    std::vector<Node *> arguments;                // function call, lambda parameters
    std::vector<SortTerm> terms;                  // order-by
    Node *procedure = nullptr;
    Node *body = nullptr;
    Node *condition = nullptr;
    Node *then = nullptr;
    Node *otherwise = nullptr;
    Node *pattern = nullptr;
    Node *update = nullptr;
    Node *remove = nullptr;
    std::shared_ptr<Signature> signature;
    std::shared_ptr<Regex> regex;

    std::vector<Stage> predicate;
    std::vector<Stage> stages;
    bool hasPredicate = false;
    bool hasStages = false;
    std::unique_ptr<GroupSpec> group;

    bool keepArray = false;
    bool keepSingletonArray = false;
    bool consarray = false;
    bool tuple = false;
    bool thunk = false;
    bool hasFocus = false;
    std::string focus;
    bool hasIndex = false;
    std::string index;
    SlotPtr slot;     // Parent nodes
    SlotPtr ancestor; // steps that provide a parent
    std::vector<SlotPtr> seekingParent;
    bool hasSeekingParent = false;
};

} // namespace stepwise::jsonata
