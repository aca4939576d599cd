// FzParser: the names statements use (node ids, lane keys) and the checks over the whole
// file that need every statement read first.
#include "fzparser.h"

#include "fzsyntax.h"

#include <algorithm>

namespace stepwise {

int FzParser::findNode(QStringView fzId) const
{
    if (fzId.size() > 1 && fzId.size() < 10 && fzId[1] != u'0') {
        const qulonglong n = FzSyntax::nodeNumber(fzId);
        if (n < m_nodeByNumber.size() && m_nodeByNumber[size_t(n)] >= 0)
            return m_nodeByNumber[size_t(n)];
    }
    return m_nodeByFzId.isEmpty() ? -1 : m_nodeByFzId.value(fzId, -1);
}

void FzParser::rememberNode(QStringView fzId, int index)
{
    if (fzId.size() > 1 && fzId.size() < 10 && fzId[1] != u'0') {
        const size_t n = size_t(FzSyntax::nodeNumber(fzId));
        // Bounded by the text: a short file naming n99999999 must not allocate much.
        if (n < size_t(m_bytes.size()) + 16) {
            if (n >= m_nodeByNumber.size())
                m_nodeByNumber.resize(std::max(n + 1, m_nodeByNumber.size() * 2), -1);
            m_nodeByNumber[n] = index;
            return;
        }
    }
    m_nodeByFzId.insert(fzId, index);
}

void FzParser::resolve()
{
    for (size_t i = 0; i < m_doc.edges.size(); ++i) {
        const EdgeRefs &refs = m_edgeRefs[i];
        const int from = resolveEnd(refs.from, refs.line);
        const int to = resolveEnd(refs.to, refs.line);
        m_doc.edges[i].from = from < 0 ? NoId : m_doc.nodes[size_t(from)].id;
        m_doc.edges[i].to = to < 0 ? NoId : m_doc.nodes[size_t(to)].id;
    }
    for (size_t i = 0; i < m_doc.loops.size(); ++i) {
        QVector<Id> &ids = m_doc.loops[i].nodes;
        ids.reserve(qsizetype(m_loopRefs[i].nodes.size()));
        for (const End &end : m_loopRefs[i].nodes) {
            const int n = resolveEnd(end, m_loopRefs[i].line);
            ids.append(n < 0 ? NoId : m_doc.nodes[size_t(n)].id);
        }
    }
}

int FzParser::resolveEnd(const End &end, int line)
{
    int lane = -1;
    if (!end.lane.isEmpty()) {
        lane = m_laneByKey.value(end.lane, -1);
        if (lane < 0)
            errorAt(Place{line, end.laneColumn}, tr("There is no lane \"%1\".").arg(end.lane),
                    QStringLiteral("FZ_UNKNOWN_LANE"));
    }
    const int node = findNode(end.node);
    if (node < 0) {
        errorAt(Place{line, end.nodeColumn}, tr("There is no node %1.").arg(end.node),
                QStringLiteral("FZ_UNKNOWN_NODE"));
        return -1;
    }
    if (lane >= 0 && m_doc.nodes[size_t(node)].lane != m_doc.lanes[size_t(lane)].id)
        m_diags.append(makeWarning(line, end.laneColumn,
                                   tr("Node %1 is not in lane \"%2\".").arg(end.node, end.lane),
                                   QStringLiteral("FZ_LANE_MISMATCH")));
    return node;
}

void FzParser::checkNumbering()
{
    std::vector<std::pair<qulonglong, int>> numbers;
    numbers.reserve(m_doc.nodes.size());
    for (size_t i = 0; i < m_doc.nodes.size(); ++i) {
        bool ok = false;
        const qulonglong n = QStringView(m_doc.nodes[i].fzId).sliced(1).toULongLong(&ok);
        if (ok)
            numbers.emplace_back(n, int(i));
    }
    std::sort(numbers.begin(), numbers.end());
    qulonglong previous = 0;
    for (const auto &[n, index] : numbers) {
        if (n > previous + 1) {
            const Place at = m_nodePlaces[size_t(index)];
            const QString message =
                previous == 0
                    ? tr("Node ids start at n%1; FlowZap numbers nodes from n1 without gaps.")
                          .arg(n)
                    : tr("Node ids jump from n%1 to n%2; FlowZap numbers nodes without gaps.")
                          .arg(previous)
                          .arg(n);
            m_diags.append(makeWarning(at.line, at.column, message, QStringLiteral("FZ_ID_GAP")));
        }
        previous = std::max(previous, n);
    }
}

} // namespace stepwise
