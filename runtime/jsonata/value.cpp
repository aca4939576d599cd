#include "jsonata/value.h"

namespace stepwise::jsonata {

void Value::destroy(Heap *h)
{
    thread_local bool active = false;
    // Never destroyed: other thread_local values (the built-ins' root frame) are released at
    // thread exit, possibly after a vector constructed later than them would be gone.
    thread_local std::vector<Heap *> &pending = *new std::vector<Heap *>;
    pending.push_back(h);
    if (active)
        return;
    active = true;
    while (!pending.empty()) {
        Heap *p = pending.back();
        pending.pop_back();
        delete p; // frees children, which land in `pending` instead of recursing
    }
    active = false;
}

const Value *Object::find(std::string_view key) const
{
    for (const auto &[k, v] : entries) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

void Object::set(const std::string &key, Value value)
{
    for (auto &[k, v] : entries) {
        if (k == key) {
            v = std::move(value);
            return;
        }
    }
    entries.emplace_back(key, std::move(value));
}

void Object::erase(std::string_view key)
{
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->first == key) {
            entries.erase(it);
            return;
        }
    }
}

Value makeSequence()
{
    auto *a = new Array;
    a->sequence = true;
    return Value(a);
}

Value makeSequence(Value item)
{
    auto *a = new Array;
    a->sequence = true;
    a->items.push_back(std::move(item));
    return Value(a);
}

Value makeArray(std::vector<Value> items)
{
    auto *a = new Array;
    a->items = std::move(items);
    return Value(a);
}

Value makeObject()
{
    return Value(new Object);
}

} // namespace stepwise::jsonata
