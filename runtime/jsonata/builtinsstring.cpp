// String built-ins: $string, $substring*, case, $length, $trim, $pad, $join, $split (by
// string), base64 and URL encodings.

#include "jsonata/builtins.h"

#include "jsonata/evaluator.h"
#include "jsonata/jsonataexception.h"
#include "jsonata/utf8.h"
#include "jsonata/valueutil.h"

#include <cmath>
#include <cstring>

namespace stepwise::jsonata::builtins {

namespace {

Value stringFn(NativeCall &c)
{
    const Value &arg = c.arg(0);
    if (arg.isUndefined())
        return Value();
    if (arg.isString())
        return arg;
    if (arg.isFunction())
        return Value(std::string());
    if (arg.isNumber() && !std::isfinite(arg.number()))
        throw JsonataException("D3001").withValue(arg);
    bool pretty = c.arg(1).isBool() && c.arg(1).boolean();
    Value v = arg;
    if (v.isArray() && v.array().outerWrapper && !v.array().items.empty())
        v = v.array().items[0];
    return Value(vutil::stringify(v, pretty));
}

// JavaScript's slice index rules (negative counts from the end) over code points.
std::size_t sliceIndex(double i, std::size_t len)
{
    double n = std::trunc(i);
    if (n < 0)
        n = std::max(0.0, static_cast<double>(len) + n);
    return static_cast<std::size_t>(std::min(n, static_cast<double>(len)));
}

Value substringFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    auto cps = utf8::decode(str.string());
    double len = static_cast<double>(cps.size());
    double start = c.arg(1).number();
    if (len + start < 0)
        start = 0;
    if (c.arg(2).isDefined()) {
        double length = c.arg(2).number();
        if (length <= 0)
            return Value(std::string());
        double end = start >= 0 ? start + length : len + start + length;
        std::size_t s = sliceIndex(start, cps.size());
        std::size_t e = sliceIndex(end, cps.size());
        return Value(s < e ? utf8::encode(cps, s, e) : std::string());
    }
    return Value(utf8::encode(cps, sliceIndex(start, cps.size()), cps.size()));
}

unsigned caseMap(unsigned cp, bool upper)
{
    if (upper) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) ||
            (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) || (cp >= 0x430 && cp <= 0x44F))
            return cp - 32;
        if (cp >= 0x450 && cp <= 0x45F)
            return cp - 80;
        if (cp >= 0x100 && cp <= 0x17F && (cp & 1))
            return cp - 1;
        return cp;
    }
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
        (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 80;
    if (cp >= 0x100 && cp <= 0x17F && !(cp & 1))
        return cp + 1;
    return cp;
}

Value caseFn(NativeCall &c, bool upper)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    std::string out;
    for (unsigned cp : utf8::decode(str.string()))
        utf8::append(out, caseMap(cp, upper));
    return Value(out);
}

Value trimFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    std::string out;
    bool inSpace = false;
    for (char ch : str.string()) {
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            if (!inSpace)
                out += ' ';
            inSpace = true;
        } else {
            out += ch;
            inSpace = false;
        }
    }
    if (!out.empty() && out.front() == ' ')
        out.erase(0, 1);
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return Value(out);
}

Value padFn(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    double width = c.arg(1).number();
    std::string ch = c.arg(2).isString() && !c.arg(2).string().empty() ? c.arg(2).string() : " ";
    double padLength =
        std::fabs(std::trunc(width)) - static_cast<double>(utf8::length(str.string()));
    if (padLength <= 0)
        return str;
    auto chars = utf8::decode(ch);
    std::string padding;
    for (std::size_t i = 0; i < static_cast<std::size_t>(padLength); ++i)
        utf8::append(padding, chars[i % chars.size()]);
    return Value(width > 0 ? str.string() + padding : padding + str.string());
}

Value joinFn(NativeCall &c)
{
    const Value &strs = c.arg(0);
    if (strs.isUndefined())
        return Value();
    std::string sep = c.arg(1).isString() ? c.arg(1).string() : "";
    std::string out;
    bool first = true;
    for (const Value &s : strs.array().items) {
        if (!first)
            out += sep;
        first = false;
        out += s.string();
    }
    return Value(out);
}

bool isUnreserved(unsigned char ch, bool component)
{
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
        return true;
    if (std::string("-_.!~*'()").find(static_cast<char>(ch)) != std::string::npos)
        return true;
    return !component &&
           std::string(";,/?:@&=+$#").find(static_cast<char>(ch)) != std::string::npos;
}

Value encodeFn(NativeCall &c, bool component, const char *name)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const std::string &s = str.string();
    std::string out;
    static const char *hex = "0123456789ABCDEF";
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char ch = static_cast<unsigned char>(s[i]);
        // a lone surrogate (kept in its 3-byte form) cannot be encoded
        if (ch == 0xED && i + 1 < s.size() &&
            (static_cast<unsigned char>(s[i + 1]) & 0xE0) == 0xA0) {
            JsonataException e("D3140");
            e.value = str;
            e.extra = name;
            throw e;
        }
        if (isUnreserved(ch, component)) {
            out += static_cast<char>(ch);
        } else {
            out += '%';
            out += hex[ch >> 4];
            out += hex[ch & 15];
        }
    }
    return Value(out);
}

int hexValue(char h)
{
    if (h >= '0' && h <= '9')
        return h - '0';
    if (h >= 'a' && h <= 'f')
        return h - 'a' + 10;
    if (h >= 'A' && h <= 'F')
        return h - 'A' + 10;
    return -1;
}

bool validUtf8(const std::string &s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size() + (extra ? 0 : 1))
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0xC0) != 0x80)
                return false;
        }
        i += static_cast<std::size_t>(extra) + 1;
    }
    return true;
}

Value decodeFn(NativeCall &c, bool component, const char *name)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const std::string &s = str.string();
    auto fail = [&]() {
        JsonataException e("D3140");
        e.value = str;
        e.extra = name;
        e.message = std::string("Malformed URL passed to $") + name + "(): \"" + s + "\"";
        throw e;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (i + 2 >= s.size())
            fail();
        int hi = hexValue(s[i + 1]), lo = hexValue(s[i + 2]);
        if (hi < 0 || lo < 0)
            fail();
        char ch = static_cast<char>(hi * 16 + lo);
        if (!component && static_cast<unsigned char>(ch) < 0x80 &&
            std::string(";,/?:@&=+$#").find(ch) != std::string::npos) {
            out += s.substr(i, 3);
        } else {
            out += ch;
        }
        i += 2;
    }
    if (!validUtf8(out))
        fail();
    return Value(out);
}

const char *b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

Value base64encode(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    const std::string &s = str.string();
    std::string out;
    std::size_t i = 0;
    while (i + 2 < s.size()) {
        unsigned n = (unsigned(static_cast<unsigned char>(s[i])) << 16) |
                     (unsigned(static_cast<unsigned char>(s[i + 1])) << 8) |
                     unsigned(static_cast<unsigned char>(s[i + 2]));
        out += b64[(n >> 18) & 63];
        out += b64[(n >> 12) & 63];
        out += b64[(n >> 6) & 63];
        out += b64[n & 63];
        i += 3;
    }
    if (i < s.size()) {
        unsigned n = unsigned(static_cast<unsigned char>(s[i])) << 16;
        if (i + 1 < s.size())
            n |= unsigned(static_cast<unsigned char>(s[i + 1])) << 8;
        out += b64[(n >> 18) & 63];
        out += b64[(n >> 12) & 63];
        out += i + 1 < s.size() ? b64[(n >> 6) & 63] : '=';
        out += '=';
    }
    return Value(out);
}

Value base64decode(NativeCall &c)
{
    const Value &str = c.arg(0);
    if (str.isUndefined())
        return Value();
    std::string out;
    unsigned buf = 0;
    int bits = 0;
    for (char ch : str.string()) {
        const char *p = std::strchr(b64, ch);
        if (ch == '=' || !p || ch == '\0')
            continue;
        buf = (buf << 6) | unsigned(p - b64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buf >> bits) & 0xFF);
        }
    }
    return Value(out);
}

} // namespace

void addStringFunctions(Frame &f)
{
    define(f, "string", "<x-b?:s>", 1, stringFn);
    define(f, "substring", "<s-nn?:s>", 3, substringFn);
    define(f, "substringBefore", "<s-s:s>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        if (!c.arg(1).isString()) // undefined chars: found nowhere, as in the reference
            return c.arg(0);
        const std::string &s = c.arg(0).string();
        auto pos = s.find(c.arg(1).string());
        return pos == std::string::npos ? c.arg(0) : Value(s.substr(0, pos));
    });
    define(f, "substringAfter", "<s-s:s>", 2, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        if (!c.arg(1).isString()) // undefined chars: found nowhere, as in the reference
            return c.arg(0);
        const std::string &s = c.arg(0).string();
        const std::string &chars = c.arg(1).string();
        auto pos = s.find(chars);
        return pos == std::string::npos ? c.arg(0) : Value(s.substr(pos + chars.size()));
    });
    define(f, "lowercase", "<s-:s>", 1, [](NativeCall &c) { return caseFn(c, false); });
    define(f, "uppercase", "<s-:s>", 1, [](NativeCall &c) { return caseFn(c, true); });
    define(f, "length", "<s-:n>", 1, [](NativeCall &c) -> Value {
        if (c.arg(0).isUndefined())
            return Value();
        return Value(utf8::length(c.arg(0).string()));
    });
    define(f, "trim", "<s-:s>", 1, trimFn);
    define(f, "pad", "<s-ns?:s>", 3, padFn);
    define(f, "join", "<a<s>s?:s>", 2, joinFn);
    define(f, "base64encode", "<s-:s>", 1, base64encode);
    define(f, "base64decode", "<s-:s>", 1, base64decode);
    define(f, "encodeUrlComponent", "<s-:s>", 1,
           [](NativeCall &c) { return encodeFn(c, true, "encodeUrlComponent"); });
    define(f, "encodeUrl", "<s-:s>", 1,
           [](NativeCall &c) { return encodeFn(c, false, "encodeUrl"); });
    define(f, "decodeUrlComponent", "<s-:s>", 1,
           [](NativeCall &c) { return decodeFn(c, true, "decodeUrlComponent"); });
    define(f, "decodeUrl", "<s-:s>", 1,
           [](NativeCall &c) { return decodeFn(c, false, "decodeUrl"); });
}

} // namespace stepwise::jsonata::builtins
