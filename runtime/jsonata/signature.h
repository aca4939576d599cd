#pragma once

// A function signature such as `<s-nn?:s>`: parsed once, then used to check (and fix up) the
// arguments of every call, with the reference's errors T0410 (wrong argument), T0411 (context
// of the wrong type) and T0412 (array of the wrong item type).

#include "jsonata/value.h"

#include <memory>
#include <string>
#include <vector>

namespace stepwise::jsonata {

class Signature
{
public:
    /// Parses `<...>`; S0401/S0402 on a bad signature (position = offset inside it).
    static std::shared_ptr<Signature> parse(const std::string &text);
    /// The validated arguments; throws JsonataException (index set, token left to the caller).
    std::vector<Value> validate(const std::vector<Value> &args, const Value &context) const;
    std::size_t paramCount() const { return m_params.size(); }
    const std::string &text() const { return m_text; }

    static char symbolOf(const Value &v);

private:
    struct Param
    {
        std::string allowed; // symbols this parameter accepts
        char type = 'x';
        int min = 1;
        int max = 1; // -1: unbounded
        bool context = false;
        std::string subtype;
    };
    bool match(const std::string &sig, std::size_t param, std::size_t pos,
               std::vector<int> &counts) const;
    [[noreturn]] void throwMismatch(const std::vector<Value> &args, const std::string &sig) const;

    std::string m_text;
    std::vector<Param> m_params;
};

} // namespace stepwise::jsonata
