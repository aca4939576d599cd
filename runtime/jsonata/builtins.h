#pragma once

// The built-in function library of JSONata, bound in a root frame that every evaluation's scope
// chain ends in. Each group of functions lives in its own file.

#include "jsonata/frame.h"
#include "jsonata/function.h"

#include <string>

namespace stepwise::jsonata::builtins {

/// The frame of built-ins for this thread (values are reference-counted without atomics, so
/// each thread has its own).
const FramePtr &rootFrame();

/// Binds a native function; `arity` is its parameter count as higher-order functions see it.
void define(Frame &frame, const std::string &name, const std::string &signature, int arity,
            NativeImpl impl);
/// A native function value.
Value makeNative(const std::string &name, const std::string &signature, int arity, NativeImpl impl);
/// Calls a function value from a built-in (higher-order functions, matchers, replacers).
Value call(NativeCall &c, const Value &fn, std::vector<Value> args);

void addStringFunctions(Frame &frame);
void addRegexFunctions(Frame &frame);
void addNumericFunctions(Frame &frame);
void addArrayFunctions(Frame &frame);
void addObjectFunctions(Frame &frame);
void addHigherOrderFunctions(Frame &frame);
void addMiscFunctions(Frame &frame);

} // namespace stepwise::jsonata::builtins
