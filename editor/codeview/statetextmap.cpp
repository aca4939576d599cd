#include "statetextmap.h"

#include "asl/jsonpositionindex.h"
#include "asl/yamljson.h"

#include <QRegularExpression>

namespace stepwise {

StateTextMap StateTextMap::build(const QString &text, DocumentIo::Format format,
                                 const WorkflowData &doc)
{
    StateTextMap map;
    if (format == DocumentIo::Format::AslJson)
        map.buildJson(text, doc);
    else if (format == DocumentIo::Format::AslYaml)
        map.buildYaml(text, doc);
    else if (format == DocumentIo::Format::FlowZap)
        map.buildFz(text, doc);
    return map;
}

Id StateTextMap::stateId(const WorkflowData &doc, const QString &name)
{
    if (const Node *n = doc.nodeByStateName(name))
        return n->id;
    // A diagram-only document's ASL is generated: its state names come from the labels.
    for (const Node &n : doc.nodes)
        if (n.asl.type.isEmpty() && n.label == name)
            return n.id;
    return NoId;
}

Id StateTextMap::entityAt(int line) const
{
    Id best = NoId;
    int span = INT_MAX;
    for (const Range &r : m_ranges)
        if (line >= r.first && line <= r.last && r.last - r.first < span) {
            best = r.id;
            span = r.last - r.first;
        }
    return best;
}

StateTextMap::Range StateTextMap::rangeOf(Id id) const
{
    for (const Range &r : m_ranges)
        if (r.id == id)
            return r;
    return {};
}

void StateTextMap::buildJson(const QString &text, const WorkflowData &doc)
{
    const std::string utf8 = text.toStdString();
    OrderedJson def = OrderedJson::parse(utf8, nullptr, false);
    if (def.is_discarded() || !def.is_object() || !def.contains("States") ||
        !def["States"].is_object())
        return;
    const JsonPositionIndex index = JsonPositionIndex::fromJsonText(utf8);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (auto it = def["States"].begin(); it != def["States"].end(); ++it) {
        const JsonPositionIndex::Place p =
            index.find(JsonPositionIndex::appendToken("/States", it.key()));
        const Id id = stateId(doc, QString::fromStdString(it.key()));
        if (p.line <= 0 || id == NoId)
            continue;
        // The state's object ends where its braces balance, strings skipped.
        int depth = 0, last = p.line;
        bool inString = false, escaped = false, opened = false;
        for (int l = p.line - 1; l < lines.size() && !(opened && depth == 0); ++l) {
            const QString &s = lines[l];
            for (qsizetype c = (l == p.line - 1 ? qMax(0, p.column - 1) : 0); c < s.size(); ++c) {
                const QChar ch = s[c];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (ch == QLatin1Char('\\'))
                        escaped = true;
                    else if (ch == QLatin1Char('"'))
                        inString = false;
                } else if (ch == QLatin1Char('"')) {
                    inString = true;
                } else if (ch == QLatin1Char('{') || ch == QLatin1Char('[')) {
                    ++depth;
                    opened = true;
                } else if (ch == QLatin1Char('}') || ch == QLatin1Char(']')) {
                    if (--depth == 0 && opened) {
                        last = l + 1;
                        break;
                    }
                }
            }
        }
        m_ranges.append({id, p.line, last});
    }
}

void StateTextMap::buildYaml(const QString &text, const WorkflowData &doc)
{
    OrderedJson def;
    JsonPositionIndex index;
    YamlJson::Error error;
    if (!YamlJson::parse(text.toStdString(), def, index, error) || !def.is_object() ||
        !def.contains("States") || !def["States"].is_object())
        return;
    const QStringList lines = text.split(QLatin1Char('\n'));
    auto indentOf = [](const QString &s) {
        qsizetype i = 0;
        while (i < s.size() && s[i] == QLatin1Char(' '))
            ++i;
        return i;
    };
    for (auto it = def["States"].begin(); it != def["States"].end(); ++it) {
        const JsonPositionIndex::Place p =
            index.find(JsonPositionIndex::appendToken("/States", it.key()));
        const Id id = stateId(doc, QString::fromStdString(it.key()));
        if (p.line <= 0 || p.line > lines.size() || id == NoId)
            continue;
        // The state's block runs while lines are indented deeper than its key.
        const qsizetype keyIndent = indentOf(lines[p.line - 1]);
        int last = p.line;
        for (int l = p.line; l < lines.size(); ++l) {
            const QString t = lines[l].trimmed();
            if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                continue;
            if (indentOf(lines[l]) <= keyIndent)
                break;
            last = l + 1;
        }
        m_ranges.append({id, p.line, last});
    }
}

void StateTextMap::buildFz(const QString &text, const WorkflowData &doc)
{
    static const QRegularExpression nodeLine(QStringLiteral("^\\s*(n\\d+)\\s*:"));
    static const QRegularExpression edgeLine(QStringLiteral(
        "^\\s*(?:[\\w-]+\\.)?(n\\d+)\\.handle\\(\\w+\\)\\s*->\\s*(?:[\\w-]+\\.)?(n\\d+)\\."));
    QHash<QString, Id> byFzId;
    for (const Node &n : doc.nodes)
        byFzId.insert(n.fzId, n.id);
    QSet<Id> usedEdges;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int l = 0; l < lines.size(); ++l) {
        const QRegularExpressionMatch node = nodeLine.match(lines[l]);
        if (node.hasMatch()) {
            if (const Id id = byFzId.value(node.captured(1)))
                m_ranges.append({id, l + 1, l + 1});
            continue;
        }
        const QRegularExpressionMatch edge = edgeLine.match(lines[l]);
        if (!edge.hasMatch())
            continue;
        const Id from = byFzId.value(edge.captured(1));
        const Id to = byFzId.value(edge.captured(2));
        for (const Edge &e : doc.edges)
            if (e.from == from && e.to == to && !usedEdges.contains(e.id)) {
                usedEdges.insert(e.id);
                m_ranges.append({e.id, l + 1, l + 1});
                break;
            }
    }
}

} // namespace stepwise
