#pragma once

// A parsed expression: the arena of its syntax-tree nodes and the root. Shared by the compiled
// Expression and by every lambda value created from it, so a lambda outlives nothing it needs.

#include "jsonata/node.h"

#include <memory>
#include <string>
#include <vector>

namespace stepwise::jsonata {

struct Program
{
    std::string source;
    std::vector<std::unique_ptr<Node>> arena;
    Node *root = nullptr;

    /// Parses `source`; throws JsonataException on a syntax error.
    static std::shared_ptr<Program> parse(const std::string &source);
};

} // namespace stepwise::jsonata
