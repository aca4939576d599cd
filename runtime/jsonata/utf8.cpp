#include "jsonata/utf8.h"

namespace stepwise::jsonata::utf8 {

void append(std::string &out, unsigned cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

std::vector<unsigned> decode(std::string_view s)
{
    std::vector<unsigned> out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (i + static_cast<std::size_t>(extra) >= s.size() + (extra ? 0 : 1) && extra) {
            out.push_back(c);
            ++i;
            continue;
        }
        unsigned cp = extra == 3   ? (c & 0x07)
                      : extra == 2 ? (c & 0x0F)
                      : extra == 1 ? (c & 0x1F)
                                   : c;
        for (int k = 1; k <= extra; ++k)
            cp =
                (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

std::string encode(const std::vector<unsigned> &cps, std::size_t from, std::size_t to)
{
    std::string out;
    for (std::size_t i = from; i < to && i < cps.size(); ++i)
        append(out, cps[i]);
    return out;
}

std::size_t length(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}

std::size_t utf16Length(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s) {
        unsigned char u = static_cast<unsigned char>(c);
        if ((u & 0xC0) != 0x80)
            n += u >= 0xF0 ? 2 : 1;
    }
    return n;
}

} // namespace stepwise::jsonata::utf8
