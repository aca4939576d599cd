// FzParser: node, edge and loop statements (names are resolved in fzparserrefs.cpp).
#include "fzparser.h"

#include "fzlinecursor.h"

#include <algorithm>

namespace stepwise {

void FzParser::parseNode(FzLineCursor &c, QStringView id, int idColumn, QString &full)
{
    Node node;
    node.id = m_doc.allocateId();
    node.fzId = id.toString();
    node.hasLabel = false;
    node.source = std::move(full); // `id` and `c` still see its buffer
    if (m_lane < 0)
        error(idColumn,
              tr("Node %1 stands outside any lane; declare nodes inside a lane's braces.").arg(id),
              QStringLiteral("FZ_OUTSIDE_LANE"));
    else
        node.lane = m_doc.lanes[size_t(m_lane)].id;
    const int known = findNode(id);
    if (known >= 0)
        error(idColumn,
              tr("The node id %1 is already declared on line %2.")
                  .arg(id)
                  .arg(m_nodePlaces[size_t(known)].line),
              QStringLiteral("FZ_DUPLICATE_NODE_ID"));
    m_nodePlaces.push_back(Place{m_line, idColumn});
    if (m_lane >= 0) {
        noteIndentation(c.line());
        addStatement(Statement{Statement::Kind::Node, node.id, {}});
    }
    m_doc.nodes.push_back(std::move(node));
    Node &n = m_doc.nodes.back();
    if (known < 0)
        rememberNode(n.fzId, int(m_doc.nodes.size()) - 1);

    c.skipSpaces();
    const int shapeColumn = c.column();
    const QStringView shape = c.identifier();
    if (shape.isEmpty()) {
        error(shapeColumn,
              tr("Expected a shape (circle, rectangle, diamond or taskbox) after %1:.").arg(id),
              QStringLiteral("FZ_SYNTAX"));
        return;
    }
    if (const std::optional<Shape> s = shapeFromName(shape.toString()))
        n.shape = *s;
    else
        error(shapeColumn,
              tr("Unknown shape \"%1\": use circle, rectangle, diamond or taskbox.").arg(shape),
              QStringLiteral("FZ_UNKNOWN_SHAPE"));

    bool seen[4] = {false, false, false, false};
    for (;;) {
        c.skipSpaces();
        if (c.atEnd() || c.lookingAt(u"//")) {
            parseTrailer(c);
            return;
        }
        const int keyColumn = c.column();
        const QStringView key = c.identifier();
        if (key.isEmpty()) {
            error(keyColumn,
                  tr("Unexpected text \"%1\" in the node statement.").arg(c.rest().left(20)),
                  QStringLiteral("FZ_SYNTAX"));
            return;
        }
        c.skipSpaces();
        const int separatorColumn = c.column();
        if (c.accept(u'=')) {
            error(separatorColumn,
                  tr("Node attributes take a colon: write %1:\"...\", not %1=\"...\".").arg(key),
                  QStringLiteral("FZ_NODE_ATTR_EQUALS"));
        } else if (!c.accept(u':')) {
            error(separatorColumn, tr("Expected : after the attribute name %1.").arg(key),
                  QStringLiteral("FZ_SYNTAX"));
            return;
        }
        c.skipSpaces();
        const int valueColumn = c.column();
        QStringView value;
        if (!parseString(c, value))
            return;
        static const char16_t *const names[4] = {u"label", u"owner", u"description", u"system"};
        QString *const targets[4] = {&n.label, &n.owner, &n.description, &n.system};
        int which = 0;
        while (which < 4 && key != QStringView(names[which]))
            ++which;
        if (which == 4) {
            error(keyColumn,
                  tr("Unknown node attribute \"%1\": use label, owner, description or system.")
                      .arg(key),
                  QStringLiteral("FZ_UNKNOWN_ATTRIBUTE"));
        } else if (seen[which]) {
            error(keyColumn, tr("The attribute %1 is given twice.").arg(key),
                  QStringLiteral("FZ_DUPLICATE_ATTRIBUTE"));
        } else {
            seen[which] = true;
            *targets[which] = value.toString();
            if (which == 0) {
                n.hasLabel = true;
                checkLabelLength(value, valueColumn);
            }
        }
    }
}

void FzParser::parseEdge(FzLineCursor &c, QString &full)
{
    Edge edge;
    EdgeRefs refs;
    refs.line = m_line;
    if (!parseEnd(c, refs.from, edge.fromSide))
        return;
    c.skipSpaces();
    if (!c.accept(u"->")) {
        error(c.column(), tr("Expected -> between the two ends of the edge."),
              QStringLiteral("FZ_SYNTAX"));
        return;
    }
    c.skipSpaces();
    if (!parseEnd(c, refs.to, edge.toSide))
        return;
    c.skipSpaces();
    if (c.peek() == u'[' && !parseEdgeLabel(c, edge))
        return;
    if (!parseTrailer(c))
        return;
    if (m_lane >= 0)
        noteIndentation(c.line());
    edge.id = m_doc.allocateId();
    edge.source = std::move(full); // the references in `refs` see its buffer
    addStatement(Statement{Statement::Kind::Edge, edge.id, {}});
    m_doc.edges.push_back(std::move(edge));
    m_edgeRefs.push_back(refs);
}

bool FzParser::parseEnd(FzLineCursor &c, End &end, Side &side)
{
    const int firstColumn = c.column();
    const QStringView first = c.identifier();
    if (first.isEmpty()) {
        error(firstColumn, tr("Expected a node id such as n1 or lane.n1."),
              QStringLiteral("FZ_SYNTAX"));
        return false;
    }
    QStringView node = first;
    int nodeColumn = firstColumn;
    if (c.peek() == u'.' && !c.lookingAt(u".handle(")) {
        c.accept(u'.');
        end.lane = first;
        end.laneColumn = firstColumn;
        nodeColumn = c.column();
        node = c.identifier();
    }
    if (!FzSyntax::isNodeId(node)) {
        error(nodeColumn,
              tr("\"%1\" is not a node id: node ids are n followed by digits (n1, n2, ...).")
                  .arg(node),
              QStringLiteral("FZ_BAD_NODE_ID"));
        return false;
    }
    end.node = node;
    end.nodeColumn = nodeColumn;
    if (!c.accept(u".handle(")) {
        error(nodeColumn,
              tr("The edge end %1 names no handle: write %1.handle(right) or another side.")
                  .arg(node),
              QStringLiteral("FZ_MISSING_HANDLE"));
        while (!c.atEnd() && !FzSyntax::isSpace(c.peek()) && !c.lookingAt(u"->"))
            c.setPos(c.pos() + 1);
        return true;
    }
    c.skipSpaces();
    const int sideColumn = c.column();
    const QStringView word = c.identifier();
    c.skipSpaces();
    if (!c.accept(u')')) {
        error(c.column(), tr("Expected ) to close the handle of %1.").arg(node),
              QStringLiteral("FZ_SYNTAX"));
        return false;
    }
    if (word.isEmpty()) {
        error(sideColumn,
              tr("The handle of %1 names no side: use left, right, top or bottom.").arg(node),
              QStringLiteral("FZ_MISSING_HANDLE"));
    } else if (const std::optional<Side> s = sideFromName(word.toString())) {
        side = *s;
    } else {
        error(sideColumn,
              tr("Unknown handle side \"%1\": use left, right, top or bottom.").arg(word),
              QStringLiteral("FZ_UNKNOWN_SIDE"));
    }
    return true;
}

bool FzParser::parseEdgeLabel(FzLineCursor &c, Edge &edge)
{
    c.accept(u'[');
    c.skipSpaces();
    const int keyColumn = c.column();
    const QStringView key = c.identifier();
    if (key.isEmpty()) {
        error(keyColumn, tr("Expected label=\"...\" inside the brackets."),
              QStringLiteral("FZ_SYNTAX"));
        return false;
    }
    if (key != u"label")
        error(keyColumn,
              tr("Unknown edge attribute \"%1\": an edge takes only [label=\"...\"].").arg(key),
              QStringLiteral("FZ_UNKNOWN_ATTRIBUTE"));
    c.skipSpaces();
    const int separatorColumn = c.column();
    if (c.accept(u':')) {
        error(separatorColumn,
              tr("Edge labels take an equals sign: write [label=\"...\"], not [label:\"...\"]."),
              QStringLiteral("FZ_EDGE_LABEL_COLON"));
    } else if (!c.accept(u'=')) {
        error(separatorColumn, tr("Expected = after label."), QStringLiteral("FZ_SYNTAX"));
        return false;
    }
    c.skipSpaces();
    const int valueColumn = c.column();
    QStringView value;
    if (!parseString(c, value))
        return false;
    c.skipSpaces();
    if (!c.accept(u']')) {
        error(c.column(), tr("Expected ] after the edge label."), QStringLiteral("FZ_SYNTAX"));
        return false;
    }
    edge.label = value.toString();
    edge.hasLabel = true;
    checkLabelLength(value, valueColumn);
    return true;
}

void FzParser::parseLoop(FzLineCursor &c, int loopColumn, QString &full)
{
    const int openColumn = c.column();
    c.accept(u'[');
    const qsizetype close = c.line().indexOf(u']', c.pos());
    if (close < 0) {
        error(openColumn, tr("The loop condition has no closing ]."), QStringLiteral("FZ_SYNTAX"));
        return;
    }
    Loop loop;
    loop.condition = c.line().sliced(c.pos(), close - c.pos()).toString();
    c.setPos(close + 1);
    LoopRefs refs;
    refs.line = m_line;
    for (;;) {
        const bool spaced = c.skipSpaces();
        if (c.atEnd() || c.lookingAt(u"//")) {
            if (!parseTrailer(c))
                return;
            break;
        }
        const int column = c.column();
        const qsizetype start = c.pos();
        const QStringView id = c.identifier();
        if (id.isEmpty() || !spaced || (!c.atEnd() && !FzSyntax::isSpace(c.peek()))) {
            error(column,
                  tr("Unexpected text \"%1\" in the loop.").arg(c.line().sliced(start).left(20)),
                  QStringLiteral("FZ_SYNTAX"));
            return;
        }
        if (!FzSyntax::isNodeId(id)) {
            error(column,
                  tr("\"%1\" is not a node id: node ids are n followed by digits (n1, n2, ...).")
                      .arg(id),
                  QStringLiteral("FZ_BAD_NODE_ID"));
            return;
        }
        refs.nodes.push_back(End{{}, id, 0, column});
    }
    if (refs.nodes.size() < 2) {
        error(loopColumn, tr("A loop names at least two nodes."),
              QStringLiteral("FZ_LOOP_TOO_FEW_NODES"));
        return;
    }
    if (m_lane >= 0)
        noteIndentation(c.line());
    loop.id = m_doc.allocateId();
    loop.source = std::move(full); // the references in `refs` see its buffer
    addStatement(Statement{Statement::Kind::Loop, loop.id, {}});
    m_doc.loops.push_back(std::move(loop));
    m_loopRefs.push_back(std::move(refs));
}

bool FzParser::parseString(FzLineCursor &c, QStringView &value)
{
    const int column = c.column();
    if (!c.accept(u'"')) {
        error(column, tr("Expected a text in double quotes."), QStringLiteral("FZ_SYNTAX"));
        return false;
    }
    const qsizetype close = c.line().indexOf(u'"', c.pos());
    if (close < 0) {
        error(column, tr("This text has no closing double quote."),
              QStringLiteral("FZ_UNCLOSED_STRING"));
        return false;
    }
    value = c.line().sliced(c.pos(), close - c.pos());
    c.setPos(close + 1);
    return true;
}

bool FzParser::parseTrailer(FzLineCursor &c)
{
    c.skipSpaces();
    if (c.atEnd())
        return true;
    if (c.lookingAt(u"//")) {
        warning(c.column(),
                tr("A comment after a statement is kept as written, but is dropped if the "
                   "statement is edited; FlowZap documents whole-line comments only."),
                QStringLiteral("FZ_TRAILING_COMMENT"));
        return true;
    }
    error(c.column(), tr("Unexpected text \"%1\" after the statement.").arg(c.rest().left(20)),
          QStringLiteral("FZ_SYNTAX"));
    return false;
}

} // namespace stepwise
