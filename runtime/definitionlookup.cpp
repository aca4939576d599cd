// The parts of Definition that are not compiling ASL: machines assembled by the graph builder,
// and finding a state by name.

#include "definition.h"

namespace stepwise::runtime {

std::shared_ptr<const Definition> Definition::fromMachine(std::shared_ptr<const Machine> root,
                                                          std::string name)
{
    auto def = std::make_shared<Definition>();
    def->m_root = std::move(root);
    def->m_name = std::move(name);
    return def;
}

std::shared_ptr<const StateInfo> Definition::findState(const std::string &name) const
{
    std::vector<const Machine *> work{m_root.get()};
    while (!work.empty()) {
        const Machine *m = work.back();
        work.pop_back();
        for (const auto &st : m->states) {
            if (st.info->name == name)
                return st.info;
            for (const auto &b : st.branches)
                work.push_back(b.get());
            if (st.processor)
                work.push_back(st.processor.get());
        }
    }
    return nullptr;
}

} // namespace stepwise::runtime
