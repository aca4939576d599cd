#pragma once

// A scope of variable bindings. Blocks, lambda calls and tuple steps each open one; a closure
// keeps the frame it was created in alive.

#include "jsonata/value.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace stepwise::jsonata {

class Frame;
using FramePtr = std::shared_ptr<Frame>;

class Frame
{
public:
    explicit Frame(FramePtr parent = nullptr) : m_parent(std::move(parent)) {}
    void bind(const std::string &name, Value value)
    {
        for (auto &[k, v] : m_vars) {
            if (k == name) {
                v = std::move(value);
                return;
            }
        }
        m_vars.emplace_back(name, std::move(value));
    }
    /// The bound value, or nullptr when no frame up the chain binds the name.
    const Value *lookup(std::string_view name) const
    {
        for (const Frame *f = this; f; f = f->m_parent.get()) {
            for (const auto &[k, v] : f->m_vars) {
                if (k == name)
                    return &v;
            }
        }
        return nullptr;
    }
    const FramePtr &parent() const { return m_parent; }
    /// Hands the bindings over and leaves the frame empty (Expression breaks closure cycles).
    std::vector<std::pair<std::string, Value>> takeBindings() { return std::exchange(m_vars, {}); }

private:
    std::vector<std::pair<std::string, Value>> m_vars;
    FramePtr m_parent;
};

} // namespace stepwise::jsonata
