// Built-ins that take a string or a matcher (a regex or a function following the matcher
// protocol {match, start, end, groups, next}): $contains, $split, $match, $replace.

#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/utf8.h"

#include <cmath>

namespace stepwise::jsonata::builtins {

namespace {

struct Match
{
    std::string text;
    double start = 0;
    double end = 0;
    Value groups;
    Value object; // the matcher's object, passed to a replacer function
    Value next;
};

// One step of the matcher protocol: call, then check the result's shape (T1010).
bool evaluateMatcher(NativeCall &c, const Value &matcher, std::vector<Value> args, Match &out)
{
    Value r = call(c, matcher, std::move(args));
    if (r.isUndefined())
        return false;
    auto field = [&r](const char *k) -> Value {
        if (!r.isObject())
            return Value();
        const Value *v = r.object().find(k);
        return v ? *v : Value();
    };
    Value start = field("start"), end = field("end"), groups = field("groups"),
          next = field("next");
    if (!(start.isNumber() || end.isNumber() || groups.isArray() || next.isFunction()))
        throw JsonataException("T1010");
    Value m = field("match");
    out.text = m.isString() ? m.string() : std::string();
    out.start = start.isNumber() ? start.number() : 0;
    out.end = end.isNumber() ? end.number() : out.start + static_cast<double>(out.text.size());
    out.groups = groups.isArray() ? groups : makeArray();
    out.object = r;
    out.next = next;
    return true;
}

bool nextMatch(NativeCall &c, Match &m)
{
    if (!m.next.isFunction())
        return false;
    Value next = m.next;
    return evaluateMatcher(c, next, {}, m);
}

std::size_t clampIndex(double d, std::size_t size)
{
    if (d < 0)
        return 0;
    return std::min(static_cast<std::size_t>(d), size);
}

Value containsFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const Value &token = c.arg(1);
    if (token.isUndefined())
        return Value();
    if (token.isString())
        return Value(str.string().find(token.string()) != std::string::npos);
    Match m;
    return Value(evaluateMatcher(c, token, {str}, m));
}

Value splitFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const Value &sep = c.arg(1);
    const Value &limitV = c.arg(2);
    if (limitV.isDefined() && limitV.number() < 0) {
        JsonataException e("D3020");
        e.value = limitV;
        e.index = 3;
        throw e;
    }
    bool hasLimit = limitV.isDefined();
    std::size_t limit = hasLimit ? static_cast<std::size_t>(limitV.number()) : 0;
    Value result = makeArray();
    auto &out = result.array().items;
    if (hasLimit && limit == 0)
        return result;
    const std::string &s = str.string();
    if (sep.isString()) {
        const std::string &sp = sep.string();
        if (sp.empty()) {
            for (unsigned cp : utf8::decode(s)) {
                if (hasLimit && out.size() >= limit)
                    break;
                std::string ch;
                utf8::append(ch, cp);
                out.emplace_back(ch);
            }
            return result;
        }
        std::size_t pos = 0;
        for (;;) {
            if (hasLimit && out.size() >= limit)
                break;
            auto at = s.find(sp, pos);
            if (at == std::string::npos) {
                out.emplace_back(s.substr(pos));
                break;
            }
            out.emplace_back(s.substr(pos, at - pos));
            pos = at + sp.size();
        }
        return result;
    }
    Match m;
    if (!evaluateMatcher(c, sep, {str}, m)) {
        out.push_back(str);
        return result;
    }
    std::size_t start = 0;
    std::size_t count = 0;
    bool more = true;
    while (more && (!hasLimit || count < limit)) {
        std::size_t ms = clampIndex(m.start, s.size());
        out.emplace_back(s.substr(start, ms > start ? ms - start : 0));
        start = clampIndex(m.end, s.size());
        more = nextMatch(c, m);
        ++count;
    }
    if (!hasLimit || count < limit)
        out.emplace_back(s.substr(start));
    return result;
}

Value matchFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const Value &limitV = c.arg(2);
    if (limitV.isDefined() && limitV.number() < 0) {
        JsonataException e("D3040");
        e.value = limitV;
        e.index = 3;
        throw e;
    }
    Value result = makeSequence();
    bool hasLimit = limitV.isDefined();
    double limit = hasLimit ? limitV.number() : 0;
    if (hasLimit && limit <= 0)
        return result;
    Match m;
    double count = 0;
    bool more = evaluateMatcher(c, c.arg(1), {str}, m);
    while (more && (!hasLimit || count < limit)) {
        Value item = makeObject();
        item.object().set("match", Value(m.text));
        item.object().set("index", Value(m.start));
        item.object().set("groups", m.groups);
        result.array().items.push_back(item);
        more = nextMatch(c, m);
        ++count;
    }
    return result;
}

std::string substitute(const std::string &replacement, const Match &m)
{
    std::string out;
    std::size_t position = 0;
    const auto &groups = m.groups.array().items;
    auto index = replacement.find('$', position);
    while (index != std::string::npos && position < replacement.size()) {
        out += replacement.substr(position, index - position);
        position = index + 1;
        char d = position < replacement.size() ? replacement[position] : '\0';
        if (d == '$') {
            out += '$';
            ++position;
        } else if (d == '0') {
            out += m.text;
            ++position;
        } else {
            std::size_t maxDigits =
                groups.empty() ? 1
                               : static_cast<std::size_t>(
                                     std::floor(std::log10(static_cast<double>(groups.size())))) +
                                     1;
            auto parse = [&](std::size_t digits, long &value) {
                std::size_t k = 0;
                value = 0;
                while (k < digits && position + k < replacement.size() &&
                       replacement[position + k] >= '0' && replacement[position + k] <= '9') {
                    value = value * 10 + (replacement[position + k] - '0');
                    ++k;
                }
                return k;
            };
            long group = 0;
            std::size_t used = parse(maxDigits, group);
            if (maxDigits > 1 && group > static_cast<long>(groups.size()))
                used = parse(maxDigits - 1, group);
            if (used > 0) {
                if (!groups.empty() && group >= 1 &&
                    static_cast<std::size_t>(group) <= groups.size()) {
                    const Value &g = groups[static_cast<std::size_t>(group - 1)];
                    if (g.isString())
                        out += g.string();
                }
                position += std::to_string(group).size();
            } else {
                out += '$';
            }
        }
        index = replacement.find('$', position);
    }
    if (position < replacement.size())
        out += replacement.substr(position);
    return out;
}

Value replaceFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const Value &pattern = c.arg(1);
    const Value &replacement = c.arg(2);
    const Value &limitV = c.arg(3);
    if (pattern.isString() && pattern.string().empty()) {
        JsonataException e("D3010");
        e.value = pattern;
        e.index = 2;
        throw e;
    }
    if (limitV.isDefined() && limitV.number() < 0) {
        JsonataException e("D3011");
        e.value = limitV;
        e.index = 4;
        throw e;
    }
    bool hasLimit = limitV.isDefined();
    double limit = hasLimit ? limitV.number() : 0;
    if (hasLimit && limit <= 0)
        return str;
    const std::string &s = str.string();
    std::string result;
    std::size_t position = 0;
    double count = 0;
    if (pattern.isString()) {
        const std::string &p = pattern.string();
        std::string rep = replacement.isString() ? replacement.string() : std::string();
        auto index = s.find(p, position);
        while (index != std::string::npos && (!hasLimit || count < limit)) {
            result += s.substr(position, index - position);
            result += rep;
            position = index + p.size();
            ++count;
            index = s.find(p, position);
        }
        result += s.substr(position);
        return Value(result);
    }
    Match m;
    if (!evaluateMatcher(c, pattern, {str}, m))
        return str;
    bool more = true;
    while (more && (!hasLimit || count < limit)) {
        std::size_t ms = clampIndex(m.start, s.size());
        if (ms > position)
            result += s.substr(position, ms - position);
        if (replacement.isString()) {
            result += substitute(replacement.string(), m);
        } else {
            Value r = call(c, replacement, {m.object});
            if (!r.isString()) {
                JsonataException e("D3012");
                e.value = r;
                throw e;
            }
            result += r.string();
        }
        position = ms + m.text.size();
        ++count;
        more = nextMatch(c, m);
    }
    if (position < s.size())
        result += s.substr(position);
    return Value(result);
}

} // namespace

void addRegexFunctions(Frame &f)
{
    define(f, "contains", "<s-(sf):b>", 2, containsFn);
    define(f, "split", "<s-(sf)n?:a<s>>", 3, splitFn);
    define(f, "match", "<s-f<s:o>n?:a<o>>", 3, matchFn);
    define(f, "replace", "<s-(sf)(sf)n?:s>", 4, replaceFn);
}

} // namespace stepwise::jsonata::builtins
