#pragma once

#include "definition.h"

#include <string>
#include <vector>

namespace stepwise::runtime {

/// A diagram without ASL, as plain C++: nodes with a shape and a label, edges with a label.
/// compile() turns it into a Definition the same Execution runs with token semantics: circles
/// start and end, rectangles pass their input on, a diamond (or any node whose outgoing edges
/// carry labels) is a manual choice among the edges' labels, a taskbox waits for a callback,
/// and a node with several unlabelled outgoing edges forks one token per edge (a Parallel
/// state) that join at the first node all of that fork's branches reach. Every shape runs:
/// loops, also back above a fork, are edges like any other.
struct GraphSpec
{
    enum class Shape { Circle, Rectangle, Diamond, Taskbox };
    struct Node
    {
        std::string id;    // shown as the state's path, so the canvas can find the node
        std::string label; // the state's name (made unique)
        Shape shape = Shape::Rectangle;
    };
    struct Edge
    {
        int from = 0;
        int to = 0;
        std::string label;
    };
    std::vector<Node> nodes;
    std::vector<Edge> edges;

    /// Deepest nesting of live tokens (a fork inside a fork's branch …) before the run fails.
    static constexpr int kMaxForkDepth = 256;
    static Definition::CompileResult compile(const GraphSpec &graph);
};

} // namespace stepwise::runtime
