#include "jsonata/signature.h"

#include "jsonata/function.h"
#include "jsonata/jsonataexception.h"

namespace stepwise::jsonata {

namespace {
std::size_t closing(const std::string &s, std::size_t start, char open, char close)
{
    int depth = 1;
    std::size_t p = start;
    while (p < s.size()) {
        ++p;
        if (p >= s.size())
            break;
        if (s[p] == close) {
            if (--depth == 0)
                break;
        } else if (s[p] == open) {
            ++depth;
        }
    }
    return p;
}
} // namespace

char Signature::symbolOf(const Value &v)
{
    switch (v.type()) {
    case Type::Function:
        return 'f';
    case Type::String:
        return 's';
    case Type::Number:
        return 'n';
    case Type::Boolean:
        return 'b';
    case Type::Null:
        return 'l';
    case Type::Array:
        return 'a';
    case Type::Object:
        return 'o';
    case Type::Undefined:
        return 'm';
    }
    return 'm';
}

std::shared_ptr<Signature> Signature::parse(const std::string &text)
{
    auto sig = std::make_shared<Signature>();
    sig->m_text = text;
    Param param;
    Param *prev = nullptr;
    auto next = [&]() {
        sig->m_params.push_back(param);
        param = Param();
        prev = &sig->m_params.back();
    };
    std::size_t pos = 1;
    while (pos < text.size()) {
        char c = text[pos];
        if (c == ':')
            break;
        switch (c) {
        case 's':
        case 'n':
        case 'b':
        case 'l':
        case 'o':
            param.allowed = std::string(1, c) + "m";
            param.type = c;
            next();
            break;
        case 'a':
            param.allowed = "asnblfom";
            param.type = 'a';
            next();
            break;
        case 'f':
            param.allowed = "f";
            param.type = 'f';
            next();
            break;
        case 'j':
            param.allowed = "asnblom";
            param.type = 'j';
            next();
            break;
        case 'x':
            param.allowed = "asnblfom";
            param.type = 'x';
            next();
            break;
        case '-':
            if (prev) {
                prev->context = true;
                prev->min = 0;
            }
            break;
        case '?':
            if (prev)
                prev->min = 0;
            break;
        case '+':
            if (prev)
                prev->max = -1;
            break;
        case '(': {
            std::size_t end = closing(text, pos, '(', ')');
            std::string choice = text.substr(pos + 1, end - pos - 1);
            if (choice.find('<') != std::string::npos) {
                JsonataException e("S0402", static_cast<int>(pos));
                e.value = Value(choice);
                throw e;
            }
            param.allowed = choice + "m";
            param.type = '(';
            pos = end;
            next();
            break;
        }
        case '<':
            if (prev && (prev->type == 'a' || prev->type == 'f')) {
                std::size_t end = closing(text, pos, '<', '>');
                prev->subtype = text.substr(pos + 1, end - pos - 1);
                pos = end;
            } else {
                JsonataException e("S0401", static_cast<int>(pos));
                e.value = Value(std::string(1, prev ? prev->type : '?'));
                throw e;
            }
            break;
        default:
            break;
        }
        ++pos;
    }
    return sig;
}

bool Signature::match(const std::string &sig, std::size_t param, std::size_t pos,
                      std::vector<int> &counts) const
{
    if (param == m_params.size())
        return pos == sig.size();
    const Param &p = m_params[param];
    // Greedy: take as many matching symbols as allowed, then back off.
    int n = 0;
    while (pos + static_cast<std::size_t>(n) < sig.size() && (p.max < 0 || n < p.max) &&
           p.allowed.find(sig[pos + static_cast<std::size_t>(n)]) != std::string::npos)
        ++n;
    for (; n >= p.min; --n) {
        counts[param] = n;
        if (match(sig, param + 1, pos + static_cast<std::size_t>(n), counts))
            return true;
    }
    return false;
}

void Signature::throwMismatch(const std::vector<Value> &args, const std::string &sig) const
{
    // Find the first argument that no prefix of the signature accepts.
    std::size_t goodTo = 0;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        const Param &p = m_params[i];
        std::size_t n = 0;
        while (goodTo + n < sig.size() && (p.max < 0 || static_cast<int>(n) < p.max) &&
               p.allowed.find(sig[goodTo + n]) != std::string::npos)
            ++n;
        if (static_cast<int>(n) < p.min)
            break;
        goodTo += n;
    }
    JsonataException e("T0410");
    e.value = goodTo < args.size() ? args[goodTo] : Value();
    e.index = static_cast<int>(goodTo) + 1;
    throw e;
}

std::vector<Value> Signature::validate(const std::vector<Value> &args, const Value &context) const
{
    std::string sig;
    sig.reserve(args.size());
    for (const Value &a : args)
        sig += symbolOf(a);
    std::vector<int> counts(m_params.size(), 0);
    if (!match(sig, 0, 0, counts))
        throwMismatch(args, sig);
    std::vector<Value> out;
    out.reserve(args.size() + 1);
    std::size_t argIndex = 0;
    for (std::size_t i = 0; i < m_params.size(); ++i) {
        const Param &p = m_params[i];
        if (counts[i] == 0) {
            if (p.context) {
                char ctype = symbolOf(context);
                if (p.allowed.find(ctype) == std::string::npos) {
                    JsonataException e("T0411");
                    e.value = context;
                    e.index = static_cast<int>(argIndex) + 1;
                    throw e;
                }
                out.push_back(context);
            } else {
                // as the reference does: the argument at this index is passed on and counted,
                // even though the optional parameter matched nothing
                out.push_back(argIndex < args.size() ? args[argIndex] : Value());
                ++argIndex;
            }
            continue;
        }
        for (int k = 0; k < counts[i]; ++k) {
            static const Value missing;
            const Value &arg = argIndex < args.size() ? args[argIndex] : missing;
            char single = argIndex < sig.size() ? sig[argIndex] : 'm';
            if (p.type == 'a') {
                if (single == 'm') {
                    out.emplace_back();
                } else {
                    bool ok = true;
                    if (!p.subtype.empty()) {
                        if (single != 'a' && std::string(1, single) != p.subtype) {
                            ok = false;
                        } else if (single == 'a') {
                            const auto &items = arg.array().items;
                            if (!items.empty()) {
                                char itemType = symbolOf(items[0]);
                                if (itemType != p.subtype[0]) {
                                    ok = false;
                                } else {
                                    for (const Value &v : items) {
                                        if (symbolOf(v) != itemType)
                                            ok = false;
                                    }
                                }
                            }
                        }
                    }
                    if (!ok) {
                        JsonataException e("T0412");
                        e.value = arg;
                        e.index = static_cast<int>(argIndex) + 1;
                        static const char *names[] = {"strings", "numbers", "booleans", "nulls",
                                                      "objects", "arrays",  "functions"};
                        const std::string kinds = "snbloaf";
                        auto at = kinds.find(p.subtype[0]);
                        e.extra = at == std::string::npos ? p.subtype : names[at];
                        throw e;
                    }
                    out.push_back(single == 'a' ? arg : makeArray({arg}));
                }
            } else {
                out.push_back(arg);
            }
            ++argIndex;
        }
    }
    return out;
}

} // namespace stepwise::jsonata
