#include "fzreader.h"

#include "fzparser.h"

namespace stepwise {

namespace {

int sequenceLength(uchar b)
{
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return 2;
    if ((b & 0xF0) == 0xE0)
        return 3;
    if (b >= 0xF0 && b <= 0xF4)
        return 4;
    return 0;
}

bool validSequence(QByteArrayView bytes, qsizetype i, int length)
{
    if (length == 0 || i + length > bytes.size())
        return false;
    const uchar b0 = uchar(bytes[i]);
    for (int k = 1; k < length; ++k)
        if ((uchar(bytes[i + k]) & 0xC0) != 0x80)
            return false;
    if (length < 3)
        return true;
    const uchar b1 = uchar(bytes[i + 1]);
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    if (b0 == 0xE0 && b1 < 0xA0)
        return false;
    if (b0 == 0xED && b1 >= 0xA0)
        return false;
    if (b0 == 0xF0 && b1 < 0x90)
        return false;
    if (b0 == 0xF4 && b1 >= 0x90)
        return false;
    return true;
}

} // namespace

Diagnostics FzReader::utf8Errors(QByteArrayView bytes)
{
    Diagnostics out;
    int line = 1, column = 1;
    bool reported = false; // one finding per line is enough to locate the damage
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar b = uchar(bytes[i]);
        if (b == '\n') {
            ++line;
            column = 1;
            reported = false;
            ++i;
            continue;
        }
        const int length = sequenceLength(b);
        if (validSequence(bytes, i, length)) {
            i += length;
        } else {
            if (!reported)
                out.append(makeError(line, column,
                                     tr("This is not valid UTF-8; FlowZap Code is UTF-8 text."),
                                     QStringLiteral("FZ_INVALID_UTF8")));
            reported = true;
            ++i;
        }
        ++column;
    }
    return out;
}

FzReader::Result FzReader::read(const QByteArray &bytes)
{
    Result r;
    QByteArrayView in(bytes);
    const bool bom = in.startsWith("\xEF\xBB\xBF");
    if (bom)
        in = in.sliced(3);
    FzParser parser(in);
    if (!parser.parse()) {
        r.diagnostics = utf8Errors(in);
        if (r.diagnostics.isEmpty()) // cannot happen unless the two checks disagree
            r.diagnostics.append(
                makeError(1, 1, tr("This is not valid UTF-8."), QStringLiteral("FZ_INVALID_UTF8")));
        return r;
    }
    r.diagnostics = std::move(parser.diagnostics());
    if (!hasErrors(r.diagnostics)) {
        r.document = std::move(parser.document());
        r.document->fz.bom = bom;
    }
    return r;
}

} // namespace stepwise
