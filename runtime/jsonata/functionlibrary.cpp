#include "jsonata/functionlibrary.h"

#include "jsonata/builtins.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/signature.h"
#include "jsonata/valueutil.h"

namespace stepwise::jsonata {

void FunctionLibrary::add(const std::string &name, const std::string &signature, Callback callback)
{
    int arity = signature.empty() ? 1 : static_cast<int>(Signature::parse(signature)->paramCount());
    Value fn = builtins::makeNative(name, signature, arity,
                                    [callback = std::move(callback)](NativeCall &c) -> Value {
                                        std::vector<std::optional<nlohmann::ordered_json>> args;
                                        args.reserve(c.args.size());
                                        for (const Value &v : c.args) {
                                            if (v.isUndefined())
                                                args.emplace_back(std::nullopt);
                                            else
                                                args.emplace_back(vutil::toJson(v));
                                        }
                                        try {
                                            auto r = callback(args);
                                            return r ? vutil::fromJson(*r) : Value();
                                        } catch (const FunctionError &fe) {
                                            JsonataException e(fe.code);
                                            e.message = fe.message;
                                            throw e;
                                        }
                                    });
    for (auto &[n, v] : m_entries) {
        if (n == name) {
            v = fn;
            return;
        }
    }
    m_entries.emplace_back(name, fn);
}

} // namespace stepwise::jsonata
