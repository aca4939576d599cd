#include "fzsyntax.h"

namespace stepwise::FzSyntax {

bool isLaneKey(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (!(first == u'_' || isAsciiLetter(first) || (first.unicode() >= 0x80 && first.isLetter()) ||
          first.isHighSurrogate()))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isIdentChar(text[i]))
            return false;
        // "a->b" must never read as one identifier.
        if (text[i] == u'-' && i + 1 < text.size() && text[i + 1] == u'>')
            return false;
    }
    if (text.back() == u'-')
        return false;
    return text != u"loop";
}

int column(QStringView line, qsizetype index)
{
    qsizetype low = 0;
    for (qsizetype i = 0; i < index && i < line.size(); ++i)
        if (line[i].isLowSurrogate())
            ++low;
    return int(index - low + 1);
}

qsizetype codePoints(QStringView text)
{
    qsizetype n = text.size();
    for (QChar c : text)
        if (c.isLowSurrogate())
            --n;
    return n;
}

bool isEmoji(char32_t cp)
{
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50 ||
           cp == 0x2B55 || cp == 0xFE0F || cp == 0x231A || cp == 0x231B ||
           (cp >= 0x23E9 && cp <= 0x23FA);
}

bool isControl(char32_t cp)
{
    return (cp < 0x20 && cp != u'\t') || (cp >= 0x7F && cp <= 0x9F);
}

} // namespace stepwise::FzSyntax
