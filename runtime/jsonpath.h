#pragma once

#include "jsonutil.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stepwise::runtime {

struct FilterExpr;

/// A compiled JSONPath (`$.a.b`, `$['x'][0]`, `$..name`, `$.a[1:3]`, `$.a[*]`, `$.a[?(@.x > 1)]`),
/// rooted at the state input (`$`), the context object (`$$`) or a variable (`$name`).
/// Parsed once when the definition is compiled and evaluated without re-parsing.
class JsonPath
{
public:
    enum class Root { Input, Context, Variable };
    /// Longest path accepted; longer ones are refused when compiling (no runaway).
    static constexpr std::size_t kMaxSegments = 256;

    static std::optional<JsonPath> parse(std::string_view text, std::string *error);

    Root root() const { return m_root; }
    const std::string &variable() const { return m_variable; }
    const std::string &text() const { return m_text; }
    /// A definite path names one value; others (wildcards, slices, filters, `..`) give a list.
    bool isDefinite() const { return m_definite; }
    /// Only names and indexes: the form ResultPath accepts.
    bool isReference() const;
    bool isRoot() const { return m_segments.empty(); }

    /// Every value the path selects in `root`, in document order.
    std::vector<const Json *> select(const Json &root) const;
    /// The value of a definite path or the array of matches; false when a definite path is absent.
    bool evaluate(const Json &root, Json &out) const;
    /// Writes `value` at this reference path inside `target`, creating objects on the way.
    /// Throws StatesError{States.ResultPathMatchFailure} when the path crosses a non-object.
    void assign(Json &target, Json value) const;

    struct Segment
    {
        enum class Kind { Name, Index, Wildcard, Slice, Union, Filter };
        Kind kind = Kind::Name;
        bool descendant = false;
        std::string name;
        long long index = 0;
        std::optional<long long> start, end;
        long long step = 1;
        std::vector<std::string> names;
        std::vector<long long> indexes;
        std::shared_ptr<const FilterExpr> filter;
    };

    /// The parsed steps (the JSONata converter translates them one by one).
    const std::vector<Segment> &segments() const { return m_segments; }

private:
    friend class JsonPathParser;
    void apply(const Segment &seg, const Json &node, std::vector<const Json *> &out) const;

    Root m_root = Root::Input;
    std::string m_variable;
    std::string m_text;
    bool m_definite = true;
    std::vector<Segment> m_segments;
};

/// A filter expression inside `[?( ... )]`.
struct FilterExpr
{
    enum class Op { Or, And, Not, Exists, Eq, Ne, Lt, Le, Gt, Ge, Literal, Path };
    Op op = Op::Literal;
    std::shared_ptr<const FilterExpr> lhs, rhs;
    Json literal;
    std::shared_ptr<const JsonPath> path; // relative to @ or absolute ($)
    bool relative = true;
};

} // namespace stepwise::runtime
