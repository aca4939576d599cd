// FzParser: lines, lanes and trivia (statements: fzparserstatements.cpp; names and the
// checks over the whole file: fzparserrefs.cpp).
#include "fzparser.h"

#include "fzlinecursor.h"

#include <QStringDecoder>

#include <algorithm>

namespace stepwise {

bool FzParser::parse()
{
    const qsizetype size = m_bytes.size();
    // Capacity for one entity per line: memory that is reserved but never written costs no
    // page, while growing the vectors of a 100,000-node file would copy them several times.
    const qsizetype lines = std::count(m_bytes.begin(), m_bytes.end(), '\n') + 1;
    m_doc.nodes.reserve(size_t(lines));
    m_doc.edges.reserve(size_t(lines));
    m_nodePlaces.reserve(size_t(lines));
    m_edgeRefs.reserve(size_t(lines));
    // Each line is decoded on its own into the string that becomes its statement's source, so
    // the text is never held twice. The decoder remembers any invalid sequence it met.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    qsizetype start = 0;
    while (start < size) {
        ++m_line;
        const qsizetype newline = m_bytes.indexOf('\n', start);
        const qsizetype next = newline < 0 ? size : newline + 1;
        QString full = decoder.decode(m_bytes.sliced(start, next - start));
        if (decoder.hasError())
            return false;
        qsizetype content = full.size();
        if (newline >= 0) {
            --content;
            if (content > 0 && full[content - 1] == u'\r') {
                --content;
                ++m_crlf;
            } else {
                ++m_lf;
            }
        }
        parseLine(QStringView(full).left(content), full);
        start = next;
    }
    if (m_lane >= 0) {
        settleTitle();
        errorAt(m_laneStates[size_t(m_lane)].header,
                tr("The lane \"%1\" is never closed: a } is missing.")
                    .arg(m_doc.lanes[size_t(m_lane)].key),
                QStringLiteral("FZ_UNCLOSED_LANE"));
        m_lane = -1;
    }
    m_doc.fz.eol = m_crlf > m_lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
    m_doc.fz.finalNewline = size == 0 || m_bytes.back() == '\n';
    resolve();
    checkNumbering();
    std::stable_sort(m_diags.begin(), m_diags.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return true;
}

void FzParser::parseLine(QStringView line, QString &full)
{
    const bool plain = checkCharacters(line);
    FzLineCursor c(line, plain);
    c.skipSpaces();
    if (c.atEnd()) {
        addStatement(Statement{Statement::Kind::Blank, NoId, std::move(full)});
        return;
    }
    if (c.lookingAt(u"//")) {
        addStatement(Statement{Statement::Kind::Comment, NoId, std::move(full)});
        return;
    }
    const int column = c.column();
    if (c.peek() == u'}') {
        closeLane(c, full);
        return;
    }
    if (c.peek() == u'#') {
        readOlderTitle(c, full);
        return;
    }
    const qsizetype wordStart = c.pos();
    const QStringView word = c.identifier();
    const QChar after = c.peek();
    c.skipSpaces();
    if (!word.isEmpty()) {
        if (word == u"loop" && c.peek() == u'[') {
            parseLoop(c, column, full);
            return;
        }
        if (c.accept(u'{')) {
            openLane(c, word, column, full);
            return;
        }
        if (c.accept(u':')) {
            if (!FzSyntax::isNodeId(word)) {
                error(
                    column,
                    tr("\"%1\" is not a node id: node ids are n followed by digits (n1, n2, ...).")
                        .arg(word),
                    QStringLiteral("FZ_BAD_NODE_ID"));
                return;
            }
            parseNode(c, word, column, full);
            return;
        }
        if (after == u'.' || c.lookingAt(u"->")) {
            c.setPos(wordStart);
            parseEdge(c, full);
            return;
        }
    }
    error(column,
          tr("Unknown statement \"%1\": expected a lane, a node, an edge, a loop or a // comment.")
              .arg(line.sliced(wordStart).left(30).toString()),
          QStringLiteral("FZ_UNKNOWN_STATEMENT"));
}

void FzParser::openLane(FzLineCursor &c, QStringView key, int keyColumn, QString &full)
{
    if (m_lane >= 0) {
        settleTitle();
        errorAt(m_laneStates[size_t(m_lane)].header,
                tr("The lane \"%1\" is not closed: a } is missing before the next lane.")
                    .arg(m_doc.lanes[size_t(m_lane)].key),
                QStringLiteral("FZ_UNCLOSED_LANE"));
        m_lane = -1;
    }
    if (!FzSyntax::isLaneKey(key))
        error(keyColumn,
              tr("\"%1\" is not a valid lane key: use letters, digits and _, starting with a "
                 "letter.")
                  .arg(key),
              QStringLiteral("FZ_BAD_LANE_KEY"));
    Lane lane;
    lane.id = m_doc.allocateId();
    lane.key = key.toString();
    lane.headerSource = std::move(full); // `key` and `c` still see its buffer
    LaneState state;
    state.header = Place{m_line, keyColumn};
    c.skipSpaces();
    if (c.atEnd() || c.lookingAt(u"//")) {
        state.awaitingTitle = true; // the older form: `# Title` on the next line
        parseTrailer(c);
    } else if (c.accept(u'#')) {
        lane.title = c.rest().trimmed().toString();
        if (lane.title.isEmpty())
            warning(c.column() - 1, tr("The lane \"%1\" has no title after #.").arg(key),
                    QStringLiteral("FZ_MISSING_TITLE"));
    } else {
        error(c.column(), tr("Expected # and the lane title after {."),
              QStringLiteral("FZ_SYNTAX"));
    }
    const auto known = m_laneByKey.constFind(key);
    const bool duplicate = known != m_laneByKey.constEnd();
    if (duplicate)
        error(keyColumn,
              tr("The lane key \"%1\" is already used on line %2.")
                  .arg(key)
                  .arg(m_laneStates[size_t(*known)].header.line),
              QStringLiteral("FZ_DUPLICATE_LANE"));
    m_doc.topLevel.push_back(Statement{Statement::Kind::Lane, lane.id, {}});
    m_doc.lanes.push_back(std::move(lane));
    // Keyed by the lane's own key: the header text may still grow (the older title form).
    if (!duplicate)
        m_laneByKey.insert(QStringView(m_doc.lanes.back().key), int(m_doc.lanes.size()) - 1);
    m_laneStates.push_back(state);
    m_lane = int(m_doc.lanes.size()) - 1;
}

void FzParser::readOlderTitle(FzLineCursor &c, QString &full)
{
    const int column = c.column();
    if (m_lane < 0 || !m_laneStates[size_t(m_lane)].awaitingTitle) {
        error(column,
              tr("A line starting with # is a lane title; it belongs right after the lane's {."),
              QStringLiteral("FZ_UNKNOWN_STATEMENT"));
        return;
    }
    Lane &lane = m_doc.lanes[size_t(m_lane)];
    c.accept(u'#');
    lane.title = c.rest().trimmed().toString();
    // Blank or comment lines between `{` and the title belong to the header text.
    for (const Statement &s : lane.body)
        lane.headerSource += s.text;
    lane.body.clear();
    lane.headerSource += full;
    m_laneStates[size_t(m_lane)].awaitingTitle = false;
    if (lane.title.isEmpty())
        warning(column, tr("The lane \"%1\" has no title after #.").arg(lane.key),
                QStringLiteral("FZ_MISSING_TITLE"));
}

void FzParser::closeLane(FzLineCursor &c, QString &full)
{
    const int column = c.column();
    c.accept(u'}');
    if (m_lane < 0) {
        error(column, tr("This } closes no lane."), QStringLiteral("FZ_UNMATCHED_BRACE"));
        return;
    }
    settleTitle();
    parseTrailer(c);
    m_doc.lanes[size_t(m_lane)].closeSource = std::move(full);
    m_lane = -1;
}

void FzParser::settleTitle()
{
    if (m_lane < 0 || !m_laneStates[size_t(m_lane)].awaitingTitle)
        return;
    m_laneStates[size_t(m_lane)].awaitingTitle = false;
    const Place at = m_laneStates[size_t(m_lane)].header;
    m_diags.append(makeWarning(at.line, at.column,
                               tr("The lane \"%1\" has no title: write %1 { # Title.")
                                   .arg(m_doc.lanes[size_t(m_lane)].key),
                               QStringLiteral("FZ_MISSING_TITLE")));
}

void FzParser::addStatement(Statement statement)
{
    const bool trivia =
        statement.kind == Statement::Kind::Blank || statement.kind == Statement::Kind::Comment;
    if (m_lane < 0) {
        m_doc.topLevel.push_back(std::move(statement));
        return;
    }
    if (!trivia)
        settleTitle();
    m_doc.lanes[size_t(m_lane)].body.push_back(std::move(statement));
}

void FzParser::noteIndentation(QStringView line)
{
    if (m_indentKnown || m_lane < 0)
        return;
    m_indentKnown = true;
    qsizetype n = 0;
    while (n < line.size() && FzSyntax::isSpace(line[n]))
        ++n;
    m_doc.fz.indent = line.left(n).toString();
}

bool FzParser::checkCharacters(QStringView line)
{
    bool control = false, emoji = false, plain = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t u = line[i].unicode();
        if (u >= 0x20 && u < 0x7F)
            continue;
        char32_t cp = u;
        const qsizetype at = i;
        if (QChar::isHighSurrogate(u) && i + 1 < line.size() && line[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(u, line[++i].unicode());
            plain = false;
        }
        if (!control && FzSyntax::isControl(cp)) {
            control = true;
            warning(FzSyntax::column(line, at),
                    tr("Control character U+%1: FlowZap does not allow control characters.")
                        .arg(uint(cp), 4, 16, QLatin1Char('0')),
                    QStringLiteral("FZ_CONTROL_CHARACTER"));
        } else if (!emoji && FzSyntax::isEmoji(cp)) {
            emoji = true;
            warning(FzSyntax::column(line, at),
                    tr("Emoji U+%1: FlowZap does not allow emoji.").arg(uint(cp), 4, 16),
                    QStringLiteral("FZ_EMOJI"));
        }
    }
    return plain;
}

void FzParser::checkLabelLength(QStringView label, int column)
{
    // A hard limit too: the layout measures and wraps every label, and a megabyte-long one
    // would stall the window.
    if (label.size() > maxLabelLength && FzSyntax::codePoints(label) > maxLabelLength)
        error(column,
              tr("The label has %1 characters; at most %2 are accepted.")
                  .arg(FzSyntax::codePoints(label))
                  .arg(maxLabelLength),
              QStringLiteral("FZ_LABEL_TOO_LONG"));
    else if (label.size() > 50 && FzSyntax::codePoints(label) > 50)
        warning(column,
                tr("The label has %1 characters; FlowZap recommends at most 50.")
                    .arg(FzSyntax::codePoints(label)),
                QStringLiteral("FZ_LONG_LABEL"));
}

void FzParser::error(int column, const QString &message, const QString &code)
{
    m_diags.append(makeError(m_line, column, message, code));
}

void FzParser::warning(int column, const QString &message, const QString &code)
{
    m_diags.append(makeWarning(m_line, column, message, code));
}

void FzParser::errorAt(Place at, const QString &message, const QString &code)
{
    m_diags.append(makeError(at.line, at.column, message, code));
}

} // namespace stepwise
