#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/signature.h"

namespace stepwise::jsonata::builtins {

Value makeNative(const std::string &name, const std::string &signature, int arity, NativeImpl impl)
{
    auto *fn = new Function;
    fn->kind = Function::Kind::Native;
    fn->name = name;
    fn->arity = arity;
    if (!signature.empty())
        fn->signature = Signature::parse(signature);
    fn->impl = std::move(impl);
    return Value(fn);
}

void define(Frame &frame, const std::string &name, const std::string &signature, int arity,
            NativeImpl impl)
{
    frame.bind(name, makeNative(name, signature, arity, std::move(impl)));
}

Value call(NativeCall &c, const Value &fn, std::vector<Value> args)
{
    return c.evaluator.apply(fn, std::move(args), Value(nullptr), c.frame);
}

const FramePtr &rootFrame()
{
    thread_local FramePtr root = [] {
        // Frees one value first, so that Value::destroy's thread_local queue is constructed
        // before this frame and, thread_locals ending in reverse order, outlives it: the
        // frame's values are freed through that queue at thread exit (a crash at exit without).
        {
            Value warm{std::string("x")};
        }
        auto frame = std::make_shared<Frame>();
        addStringFunctions(*frame);
        addRegexFunctions(*frame);
        addNumericFunctions(*frame);
        addArrayFunctions(*frame);
        addObjectFunctions(*frame);
        addHigherOrderFunctions(*frame);
        addMiscFunctions(*frame);
        return frame;
    }();
    return root;
}

} // namespace stepwise::jsonata::builtins
