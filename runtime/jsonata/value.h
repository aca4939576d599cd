#pragma once

// JSONata's value model. JSON alone cannot hold what the language passes around: `undefined`,
// sequences (arrays that unwrap when they hold one item), functions and regexes. A Value is 16
// bytes (a tag and a double or an intrusive pointer) so that large sequences stay cheap; arrays
// and objects are shared by reference, as in the reference implementation, because the transform
// operator updates the matched objects of its cloned input in place.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stepwise::jsonata {

struct Heap
{
    mutable int refs = 0;
    virtual ~Heap() = default;
};

struct StringData;
struct Array;
struct Object;
struct Function;

enum class Type : std::uint8_t {
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Array,
    Object,
    Function
};

/// One JSONata value: undefined by default.
class Value
{
public:
    Value() { m_num = 0; }
    Value(std::nullptr_t) : m_type(Type::Null) { m_num = 0; }
    Value(bool b) : m_type(Type::Boolean) { m_bool = b; }
    Value(double n) : m_type(Type::Number) { m_num = n; }
    Value(int n) : m_type(Type::Number) { m_num = n; }
    Value(std::int64_t n) : m_type(Type::Number) { m_num = static_cast<double>(n); }
    Value(std::size_t n) : m_type(Type::Number) { m_num = static_cast<double>(n); }
    Value(std::string s);
    Value(const char *s) : Value(std::string(s)) {}
    Value(Array *a);
    Value(Object *o);
    Value(Function *f);
    Value(const Value &o) : m_type(o.m_type) { copyFrom(o); }
    Value(Value &&o) noexcept : m_type(o.m_type)
    {
        m_num = o.m_num;
        o.m_type = Type::Undefined;
    }
    Value &operator=(const Value &o)
    {
        if (this != &o) {
            Value tmp(o);
            swap(tmp);
        }
        return *this;
    }
    Value &operator=(Value &&o) noexcept
    {
        if (this != &o) {
            release();
            m_type = o.m_type;
            m_num = o.m_num;
            o.m_type = Type::Undefined;
        }
        return *this;
    }
    ~Value() { release(); }
    void swap(Value &o) noexcept
    {
        std::swap(m_type, o.m_type);
        std::swap(m_num, o.m_num);
    }

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isDefined() const { return m_type != Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Boolean; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isFunction() const { return m_type == Type::Function; }
    /// An array flagged as a sequence (a result of navigation, not a JSON array).
    bool isSequence() const;

    bool boolean() const { return m_bool; }
    double number() const { return m_num; }
    const std::string &string() const;
    Array &array() const { return *reinterpret_cast<Array *>(m_ptr); }
    Object &object() const { return *reinterpret_cast<Object *>(m_ptr); }
    Function &function() const { return *reinterpret_cast<Function *>(m_ptr); }
    const Heap *heap() const { return isHeap() ? m_ptr : nullptr; }

private:
    bool isHeap() const { return m_type >= Type::String; }
    void copyFrom(const Value &o)
    {
        m_num = o.m_num;
        if (isHeap())
            ++m_ptr->refs;
    }
    void release()
    {
        if (isHeap() && --m_ptr->refs == 0)
            destroy(m_ptr);
        m_type = Type::Undefined;
    }
    // Deletes without recursing: a value nested 100,000 levels deep (easy to build with
    // $reduce) must not overflow the stack when it is freed.
    static void destroy(Heap *h);

    Type m_type = Type::Undefined;
    union {
        bool m_bool;
        double m_num;
        Heap *m_ptr;
    };
};

struct StringData : Heap
{
    explicit StringData(std::string s) : text(std::move(s)) {}
    std::string text;
};

/// An array; the flags mirror the reference's hidden array properties.
struct Array : Heap
{
    std::vector<Value> items;
    bool sequence = false;      // produced by navigation: a singleton unwraps
    bool keepSingleton = false; // `[]` on a step: a singleton stays an array
    bool cons = false;          // built by an array constructor: never flattened
    bool outerWrapper = false;  // wraps an input that was itself a JSON array
    bool tupleStream = false;   // items are tuples (objects binding focus/index variables)
};

/// An object with its keys in insertion order.
struct Object : Heap
{
    std::vector<std::pair<std::string, Value>> entries;
    const Value *find(std::string_view key) const;
    void set(const std::string &key, Value value);
    void erase(std::string_view key);
    std::size_t size() const { return entries.size(); }
};

inline Value::Value(std::string s) : m_type(Type::String)
{
    m_ptr = new StringData(std::move(s));
    m_ptr->refs = 1;
}
inline Value::Value(Array *a) : m_type(Type::Array)
{
    m_ptr = a;
    ++m_ptr->refs;
}
inline Value::Value(Object *o) : m_type(Type::Object)
{
    m_ptr = o;
    ++m_ptr->refs;
}
inline const std::string &Value::string() const
{
    // Signatures let an optional or undefined argument through where a function reads a string
    // ($substringAfter("a", $nothing)): such a value reads as "" rather than a null pointer.
    static const std::string none;
    return m_type == Type::String ? static_cast<StringData *>(m_ptr)->text : none;
}
inline bool Value::isSequence() const
{
    return m_type == Type::Array && array().sequence;
}

/// A new empty sequence (optionally holding one value, even an undefined one, as the
/// reference's createSequence does).
Value makeSequence();
Value makeSequence(Value item);
Value makeArray(std::vector<Value> items = {});
Value makeObject();

} // namespace stepwise::jsonata
