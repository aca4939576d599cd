#pragma once

// Function values: lambdas (closures over a frame), native built-ins, partial applications,
// regex matchers and the functions the language builds internally (transform, `~>` chains).

#include "jsonata/frame.h"
#include "jsonata/value.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace stepwise::jsonata {

class Evaluator;
class Signature;
struct Node;
struct Regex;

/// What a native function sees of its call.
struct NativeCall
{
    Evaluator &evaluator;
    std::vector<Value> &args;
    const Value &input;    // the context value of the call
    const FramePtr &frame; // the calling scope (for $eval and higher-order calls)
    const Value &arg(std::size_t i) const
    {
        static const Value undefinedValue;
        return i < args.size() ? args[i] : undefinedValue;
    }
};
using NativeImpl = std::function<Value(NativeCall &)>;

struct Function : Heap
{
    enum class Kind : std::uint8_t { Lambda, Native, Partial, Regex, Transform, Chain };
    Kind kind = Kind::Native;

    // Lambda: body, parameter names, captured scope and input.
    const Node *node = nullptr;
    const Node *body = nullptr;
    std::vector<std::string> params;
    FramePtr frame;
    Value input;
    bool thunk = false;
    std::shared_ptr<const void> keepAlive; // the program that owns `node`

    // Native
    NativeImpl impl;
    std::string name;
    int arity = 0;
    std::shared_ptr<Signature> signature;

    // Partial application: the target and its arguments, placeholders marked.
    Value target;
    std::vector<Value> boundArgs;
    std::vector<bool> placeholder;

    // Regex matcher
    std::shared_ptr<jsonata::Regex> regex;

    // Chain (f ~> g)
    Value first;
    Value second;

    /// Number of parameters, as higher-order functions count them.
    int functionArity() const;
};

inline Value::Value(Function *f) : m_type(Type::Function)
{
    m_ptr = f;
    ++m_ptr->refs;
}

} // namespace stepwise::jsonata
