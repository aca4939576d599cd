// FzEmitter: the text of single statements, generated or given back (the walk over the
// document: fzemitter.cpp).
#include "fzemitter.h"

#include "fzlinecursor.h"
#include "fzsyntax.h"

namespace stepwise {

namespace {

QStringView leadingSpace(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && FzSyntax::isSpace(text[n]))
        ++n;
    return QStringView(text).left(n);
}

} // namespace

void FzEmitter::emitNode(size_t index, const QString &indent)
{
    m_nodeDone[index] = 1;
    const Node &n = m_doc.nodes[index];
    if (!n.source.isEmpty()) {
        append(n.source);
        return;
    }
    const QString &id = fzIdOf(index);
    const QString key = laneKeyOf(n.lane);
    QString text = indent + id + QStringLiteral(": ") + shapeName(n.shape);
    auto attribute = [&](QLatin1StringView name, const QString &value, bool always) {
        if (!always && value.isEmpty())
            return;
        writable(value, Text::Quoted,
                 tr("Node %1 in lane \"%2\": the %3").arg(id, key, QString(name)));
        text += QLatin1Char(' ') + name + QStringLiteral(":\"") + value + QLatin1Char('"');
    };
    attribute(QLatin1StringView("label"), n.label, n.hasLabel);
    attribute(QLatin1StringView("owner"), n.owner, false);
    attribute(QLatin1StringView("description"), n.description, false);
    attribute(QLatin1StringView("system"), n.system, false);
    append(text + eol());
}

void FzEmitter::emitEdge(size_t index, Id contextLane, const QString &indent)
{
    m_edgeDone[index] = 1;
    const Edge &e = m_doc.edges[index];
    const int from = nodeIndex(e.from);
    const int to = nodeIndex(e.to);
    if (from < 0 || to < 0)
        return; // reported by checkIdentities()
    if (!e.source.isEmpty() && edgeSourceCurrent(e, size_t(from), size_t(to))) {
        append(e.source);
        return;
    }
    QString text = indent + endText(size_t(from), e.fromSide, contextLane) +
                   QStringLiteral(" -> ") + endText(size_t(to), e.toSide, contextLane);
    if (e.hasLabel || !e.label.isEmpty()) {
        writable(e.label, Text::Quoted,
                 tr("Edge %1 -> %2 %3: the label")
                     .arg(fzIdOf(size_t(from)), fzIdOf(size_t(to)), placeName(contextLane)));
        text += QStringLiteral(" [label=\"") + e.label + QStringLiteral("\"]");
    }
    append(text + eol());
}

void FzEmitter::emitLoop(size_t index, Id contextLane, const QString &indent)
{
    m_loopDone[index] = 1;
    const Loop &l = m_doc.loops[index];
    if (!l.source.isEmpty()) {
        append(l.source);
        return;
    }
    QString ids;
    for (Id n : l.nodes) {
        const int i = nodeIndex(n);
        if (i >= 0)
            ids += QLatin1Char(' ') + fzIdOf(size_t(i));
    }
    writable(l.condition, Text::Condition,
             tr("The loop over%1 %2: its condition").arg(ids, placeName(contextLane)));
    append(indent + QStringLiteral("loop [") + l.condition + QLatin1Char(']') + ids + eol());
}

void FzEmitter::append(QStringView chunk)
{
    if (!m_text.isEmpty() && !m_text.endsWith(u'\n'))
        m_text += eol();
    m_text += chunk;
}

QString FzEmitter::eol() const
{
    return m_doc.fz.eol.isEmpty() ? QStringLiteral("\n") : m_doc.fz.eol;
}

QString FzEmitter::indentOf(const std::vector<Statement> &body, const QString &fallback) const
{
    for (const Statement &s : body) {
        int i = -1;
        const QString *source = nullptr;
        if (s.kind == Statement::Kind::Node && (i = nodeIndex(s.ref)) >= 0)
            source = &m_doc.nodes[size_t(i)].source;
        else if (s.kind == Statement::Kind::Edge && (i = edgeIndex(s.ref)) >= 0)
            source = &m_doc.edges[size_t(i)].source;
        else if (s.kind == Statement::Kind::Loop && (i = loopIndex(s.ref)) >= 0)
            source = &m_doc.loops[size_t(i)].source;
        if (source && !source->isEmpty())
            return leadingSpace(*source).toString();
    }
    return fallback;
}

QString FzEmitter::endText(size_t node, Side side, Id contextLane) const
{
    const Id lane = m_doc.nodes[node].lane;
    QString text;
    if (lane != contextLane)
        text = laneKeyOf(lane) + QLatin1Char('.');
    return text + fzIdOf(node) + QStringLiteral(".handle(") + sideName(side) + QLatin1Char(')');
}

// Whether an edge's text still names its ends as the document does: a lane key can change
// under an edge that spells it (a top-level edge names the lane of its source too), and such
// text would no longer read back. A prefix naming another existing lane is left as the reader
// accepted it (with a warning).
bool FzEmitter::edgeSourceCurrent(const Edge &edge, size_t from, size_t to) const
{
    FzLineCursor c(edge.source, true);
    // Most edges start with their source's bare id; the Workflow forgets the text of an edge
    // whose target's lane is renamed, so only a spelled source lane needs the full check.
    c.skipSpaces();
    if (c.accept(fzIdOf(from)) && c.lookingAt(u".handle("))
        return true;
    c.setPos(0);
    auto end = [&](size_t node, Side side) {
        c.skipSpaces();
        const QStringView first = c.identifier();
        QStringView id = first;
        if (c.peek() == u'.' && !c.lookingAt(u".handle(")) {
            c.accept(u'.');
            if (!m_laneKeys.contains(first))
                return false;
            id = c.identifier();
        }
        if (!FzSyntax::same(id, fzIdOf(node)) || !c.accept(u".handle("))
            return false;
        c.skipSpaces();
        const QStringView word = c.identifier();
        c.skipSpaces();
        return c.accept(u')') && FzSyntax::same(word, sideName(side));
    };
    if (!end(from, edge.fromSide))
        return false;
    c.skipSpaces();
    return c.accept(u"->") && end(to, edge.toSide);
}

const QString &FzEmitter::fzIdOf(size_t node) const
{
    const QString &own = m_doc.nodes[node].fzId;
    return own.isEmpty() ? *m_freshIds.constFind(node) : own;
}

QString FzEmitter::laneKeyOf(Id lane) const
{
    const int i = laneIndex(lane);
    return i < 0 ? QString() : m_doc.lanes[size_t(i)].key;
}

QString FzEmitter::placeName(Id contextLane) const
{
    return contextLane == NoId ? tr("at top level")
                               : tr("in lane \"%1\"").arg(laneKeyOf(contextLane));
}

void FzEmitter::writable(const QString &text, Text kind, const QString &what)
{
    if (kind == Text::Quoted && text.contains(u'"'))
        fail(tr("%1 contains a double quote (\"), which FlowZap Code cannot hold.").arg(what),
             QStringLiteral("FZ_WRITE_UNWRITABLE_TEXT"));
    if (text.contains(u'\n') || text.contains(u'\r'))
        fail(tr("%1 contains a line break, which FlowZap Code cannot hold.").arg(what),
             QStringLiteral("FZ_WRITE_UNWRITABLE_TEXT"));
    if (kind == Text::Condition && text.contains(u']'))
        fail(tr("%1 contains ], which would end a loop condition early.").arg(what),
             QStringLiteral("FZ_WRITE_UNWRITABLE_TEXT"));
}

} // namespace stepwise
