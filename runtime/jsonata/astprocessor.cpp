#include "jsonata/astprocessor.h"

#include "jsonata/jsonataexception.h"

namespace stepwise::jsonata {

namespace {
const char *typeName(NodeType t)
{
    switch (t) {
    case NodeType::Path:
        return "path";
    case NodeType::Binary:
        return "binary";
    case NodeType::Unary:
        return "unary";
    case NodeType::Name:
        return "name";
    case NodeType::String:
        return "string";
    case NodeType::Number:
        return "number";
    case NodeType::Value:
        return "value";
    case NodeType::Wildcard:
        return "wildcard";
    case NodeType::Descendant:
        return "descendant";
    case NodeType::Parent:
        return "parent";
    case NodeType::Condition:
        return "condition";
    case NodeType::Block:
        return "block";
    case NodeType::Bind:
        return "bind";
    case NodeType::Regex:
        return "regex";
    case NodeType::Function:
        return "function";
    case NodeType::Partial:
        return "partial";
    case NodeType::Variable:
        return "variable";
    case NodeType::Lambda:
        return "lambda";
    case NodeType::Apply:
        return "apply";
    case NodeType::Transform:
        return "transform";
    case NodeType::Sort:
        return "sort";
    case NodeType::Operator:
        return "operator";
    case NodeType::End:
        return "end";
    }
    return "";
}
} // namespace

Node *AstProcessor::newNode(NodeType type, int position)
{
    m_arena.push_back(std::make_unique<Node>());
    Node *n = m_arena.back().get();
    n->type = type;
    n->position = position;
    return n;
}

Node *AstProcessor::process(Node *expr)
{
    Node *result = processNode(expr);
    if (result->type == NodeType::Parent || result->hasSeekingParent)
        throw JsonataException("S0217", result->position).withToken(typeName(result->type));
    return result;
}

SlotPtr AstProcessor::seekParent(Node *node, SlotPtr slot)
{
    switch (node->type) {
    case NodeType::Name:
    case NodeType::Wildcard:
        --slot->level;
        if (slot->level == 0) {
            if (!node->ancestor) {
                node->ancestor = slot;
            } else {
                // Reuse the label already given to this step.
                m_ancestry[static_cast<std::size_t>(slot->index)]->slot->label =
                    node->ancestor->label;
                node->ancestor = slot;
            }
            node->tuple = true;
        }
        break;
    case NodeType::Parent:
        ++slot->level;
        break;
    case NodeType::Block:
        if (!node->expressions.empty()) {
            node->tuple = true;
            slot = seekParent(node->expressions.back(), slot);
        }
        break;
    case NodeType::Path: {
        node->tuple = true;
        int index = static_cast<int>(node->steps.size()) - 1;
        slot = seekParent(node->steps[static_cast<std::size_t>(index--)], slot);
        while (slot->level > 0 && index >= 0)
            slot = seekParent(node->steps[static_cast<std::size_t>(index--)], slot);
        break;
    }
    default:
        throw JsonataException("S0217", node->position).withToken(typeName(node->type));
    }
    return slot;
}

void AstProcessor::pushAncestry(Node *result, Node *value)
{
    if (value->hasSeekingParent || value->type == NodeType::Parent) {
        std::vector<SlotPtr> slots = value->seekingParent;
        if (value->type == NodeType::Parent)
            slots.push_back(value->slot);
        result->seekingParent.insert(result->seekingParent.end(), slots.begin(), slots.end());
        result->hasSeekingParent = true;
    }
}

void AstProcessor::resolveAncestry(Node *path)
{
    Node *last = path->steps.back();
    std::vector<SlotPtr> slots = last->seekingParent;
    if (last->type == NodeType::Parent)
        slots.push_back(last->slot);
    for (SlotPtr slot : slots) {
        int index = static_cast<int>(path->steps.size()) - 2;
        while (slot->level > 0) {
            if (index < 0) {
                path->seekingParent.push_back(slot);
                path->hasSeekingParent = true;
                break;
            }
            Node *step = path->steps[static_cast<std::size_t>(index--)];
            // Contiguous steps that bind the focus count as one.
            while (index >= 0 && step->hasFocus &&
                   path->steps[static_cast<std::size_t>(index)]->hasFocus)
                step = path->steps[static_cast<std::size_t>(index--)];
            slot = seekParent(step, slot);
        }
    }
}

Node *AstProcessor::tailCallOptimize(Node *expr)
{
    if (expr->type == NodeType::Function && !expr->hasPredicate) {
        Node *thunk = newNode(NodeType::Lambda, expr->position);
        thunk->thunk = true;
        thunk->body = expr;
        return thunk;
    }
    if (expr->type == NodeType::Condition) {
        expr->then = tailCallOptimize(expr->then);
        if (expr->otherwise)
            expr->otherwise = tailCallOptimize(expr->otherwise);
        return expr;
    }
    if (expr->type == NodeType::Block && !expr->expressions.empty()) {
        expr->expressions.back() = tailCallOptimize(expr->expressions.back());
        return expr;
    }
    return expr;
}

Node *AstProcessor::processPathStep(Node *expr)
{
    // lhs '.' rhs
    Node *lstep = processNode(expr->lhs);
    Node *result;
    if (lstep->type == NodeType::Path) {
        result = lstep;
    } else {
        result = newNode(NodeType::Path, expr->position);
        result->steps.push_back(lstep);
    }
    if (lstep->type == NodeType::Parent) {
        result->seekingParent = {lstep->slot};
        result->hasSeekingParent = true;
    }
    Node *rest = processNode(expr->rhs);
    if (rest->type == NodeType::Path) {
        result->steps.insert(result->steps.end(), rest->steps.begin(), rest->steps.end());
    } else {
        if (rest->hasPredicate) {
            rest->stages = std::move(rest->predicate);
            rest->predicate.clear();
            rest->hasPredicate = false;
            rest->hasStages = true;
        }
        result->steps.push_back(rest);
    }
    for (Node *step : result->steps) {
        if (step->type == NodeType::Number || step->type == NodeType::Value) {
            JsonataException e("S0213", step->position);
            e.value = step->literal;
            throw e;
        }
        if (step->type == NodeType::String)
            step->type = NodeType::Name;
    }
    for (Node *step : result->steps) {
        if (step->keepArray)
            result->keepSingletonArray = true;
    }
    Node *first = result->steps.front();
    if (first->type == NodeType::Unary && first->value == "[")
        first->consarray = true;
    Node *last = result->steps.back();
    if (last->type == NodeType::Unary && last->value == "[")
        last->consarray = true;
    resolveAncestry(result);
    return result;
}

Node *AstProcessor::processBinary(Node *expr)
{
    const std::string &op = expr->value;
    if (op == ".")
        return processPathStep(expr);
    if (op == "[" && expr->pairs.empty()) {
        Node *result = processNode(expr->lhs);
        Node *step = result;
        bool stages = false;
        if (result->type == NodeType::Path) {
            step = result->steps.back();
            stages = true;
        }
        if (step->group)
            throw JsonataException("S0209", expr->position);
        Node *predicate = processNode(expr->rhs);
        if (predicate->hasSeekingParent) {
            for (const SlotPtr &slot : predicate->seekingParent) {
                if (slot->level == 1)
                    seekParent(step, slot);
                else
                    --slot->level;
            }
            pushAncestry(step, predicate);
        }
        Stage stage;
        stage.expr = predicate;
        stage.position = expr->position;
        if (stages) {
            step->stages.push_back(stage);
            step->hasStages = true;
        } else {
            step->predicate.push_back(stage);
            step->hasPredicate = true;
        }
        return result;
    }
    if (op == "{") {
        Node *result = processNode(expr->lhs);
        if (result->group)
            throw JsonataException("S0210", expr->position);
        result->group = std::make_unique<GroupSpec>();
        result->group->position = expr->position;
        for (auto &[k, v] : expr->pairs)
            result->group->pairs.emplace_back(processNode(k), processNode(v));
        return result;
    }
    if (op == "^") {
        Node *result = processNode(expr->lhs);
        if (result->type != NodeType::Path) {
            Node *path = newNode(NodeType::Path, expr->position);
            path->steps.push_back(result);
            result = path;
        }
        Node *sortStep = newNode(NodeType::Sort, expr->position);
        for (SortTerm term : expr->terms) {
            term.expression = processNode(term.expression);
            pushAncestry(sortStep, term.expression);
            sortStep->terms.push_back(term);
        }
        result->steps.push_back(sortStep);
        resolveAncestry(result);
        return result;
    }
    if (op == ":=") {
        Node *result = newNode(NodeType::Bind, expr->position);
        result->value = op;
        result->lhs = processNode(expr->lhs);
        result->rhs = processNode(expr->rhs);
        pushAncestry(result, result->rhs);
        return result;
    }
    if (op == "@") {
        Node *result = processNode(expr->lhs);
        Node *step = result;
        if (result->type == NodeType::Path)
            step = result->steps.back();
        if (step->hasStages || step->hasPredicate)
            throw JsonataException("S0215", expr->position);
        if (step->type == NodeType::Sort)
            throw JsonataException("S0216", expr->position);
        if (expr->keepArray)
            step->keepArray = true;
        step->focus = expr->rhs->value;
        step->hasFocus = true;
        step->tuple = true;
        return result;
    }
    if (op == "#") {
        Node *result = processNode(expr->lhs);
        Node *step = result;
        if (result->type == NodeType::Path) {
            step = result->steps.back();
        } else {
            result = newNode(NodeType::Path, expr->position);
            result->steps.push_back(step);
            if (step->hasPredicate) {
                step->stages = std::move(step->predicate);
                step->predicate.clear();
                step->hasPredicate = false;
                step->hasStages = true;
            }
        }
        if (!step->hasStages) {
            step->index = expr->rhs->value;
            step->hasIndex = true;
        } else {
            Stage stage;
            stage.isIndex = true;
            stage.indexVar = expr->rhs->value;
            stage.position = expr->position;
            step->stages.push_back(stage);
        }
        step->tuple = true;
        return result;
    }
    if (op == "~>") {
        Node *result = newNode(NodeType::Apply, expr->position);
        result->value = op;
        result->lhs = processNode(expr->lhs);
        result->rhs = processNode(expr->rhs);
        result->keepArray = result->lhs->keepArray || result->rhs->keepArray;
        return result;
    }
    Node *result = newNode(NodeType::Binary, expr->position);
    result->value = op;
    result->lhs = processNode(expr->lhs);
    result->rhs = processNode(expr->rhs);
    pushAncestry(result, result->lhs);
    pushAncestry(result, result->rhs);
    return result;
}

Node *AstProcessor::processNode(Node *expr)
{
    Node *result = nullptr;
    switch (expr->type) {
    case NodeType::Binary:
        if (expr->value == "{" || !expr->terms.empty() || expr->value == "^")
            result = processBinary(expr);
        else
            result = processBinary(expr);
        break;
    case NodeType::Unary: {
        result = newNode(NodeType::Unary, expr->position);
        result->value = expr->value;
        if (expr->value == "[") {
            for (Node *item : expr->expressions) {
                Node *v = processNode(item);
                pushAncestry(result, v);
                result->expressions.push_back(v);
            }
        } else if (expr->value == "{") {
            for (auto &[k, v] : expr->pairs) {
                Node *key = processNode(k);
                pushAncestry(result, key);
                Node *value = processNode(v);
                pushAncestry(result, value);
                result->pairs.emplace_back(key, value);
            }
        } else {
            result->expression = processNode(expr->expression);
            if (expr->value == "-" && result->expression->type == NodeType::Number) {
                // a new node: the operand may be shared (`?:` uses its left side twice)
                Node *num = newNode(NodeType::Number, result->expression->position);
                num->value = result->expression->value;
                num->literal = Value(-result->expression->literal.number());
                result = num;
            } else {
                pushAncestry(result, result->expression);
            }
        }
        break;
    }
    case NodeType::Function:
    case NodeType::Partial:
        result = newNode(expr->type, expr->position);
        result->value = expr->value;
        for (Node *arg : expr->arguments) {
            Node *a = processNode(arg);
            pushAncestry(result, a);
            result->arguments.push_back(a);
        }
        result->procedure = processNode(expr->procedure);
        break;
    case NodeType::Lambda: {
        result = newNode(NodeType::Lambda, expr->position);
        result->arguments = expr->arguments;
        result->signature = expr->signature;
        Node *body = processNode(expr->body);
        result->body = tailCallOptimize(body);
        break;
    }
    case NodeType::Condition:
        result = newNode(NodeType::Condition, expr->position);
        result->condition = processNode(expr->condition);
        pushAncestry(result, result->condition);
        result->then = processNode(expr->then);
        pushAncestry(result, result->then);
        if (expr->otherwise) {
            result->otherwise = processNode(expr->otherwise);
            pushAncestry(result, result->otherwise);
        }
        break;
    case NodeType::Transform:
        result = newNode(NodeType::Transform, expr->position);
        result->pattern = processNode(expr->pattern);
        result->update = processNode(expr->update);
        if (expr->remove)
            result->remove = processNode(expr->remove);
        break;
    case NodeType::Block:
        result = newNode(NodeType::Block, expr->position);
        for (Node *item : expr->expressions) {
            Node *part = processNode(item);
            pushAncestry(result, part);
            if (part->consarray || (part->type == NodeType::Path && part->steps.front()->consarray))
                result->consarray = true;
            result->expressions.push_back(part);
        }
        break;
    case NodeType::Name:
        result = newNode(NodeType::Path, expr->position);
        result->steps.push_back(expr);
        if (expr->keepArray)
            result->keepSingletonArray = true;
        break;
    case NodeType::Parent:
        result = newNode(NodeType::Parent, expr->position);
        result->slot = std::make_shared<ParentSlot>();
        result->slot->label = "!" + std::to_string(m_ancestorLabel++);
        result->slot->level = 1;
        result->slot->index = m_ancestorIndex++;
        m_ancestry.push_back(result);
        break;
    case NodeType::String:
    case NodeType::Number:
    case NodeType::Value:
    case NodeType::Wildcard:
    case NodeType::Descendant:
    case NodeType::Variable:
    case NodeType::Regex:
        result = expr;
        break;
    case NodeType::Operator:
        if (expr->value == "and" || expr->value == "or" || expr->value == "in") {
            expr->type = NodeType::Name;
            result = processNode(expr);
        } else if (expr->value == "?") {
            result = expr;
        } else {
            throw JsonataException("S0201", expr->position).withToken(expr->value);
        }
        break;
    default:
        throw JsonataException("S0206", expr->position).withToken(typeName(expr->type));
    }
    if (expr->keepArray)
        result->keepArray = true;
    return result;
}

} // namespace stepwise::jsonata
