#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>

#include <vector>

namespace stepwise {

/// The text assembly behind FzWriter: walks the document's statement order, gives back each
/// statement's source text where it still has one and generates the others in the file's style
/// (the lane's indentation, the file's line end). Entities the statement lists miss are written
/// in their home lane, so a document built without statements (from ASL, say) still comes out
/// whole. Refuses text FlowZap cannot hold, naming the entity.
class FzEmitter
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::FzWriter)
public:
    explicit FzEmitter(const WorkflowData &doc);

    /// Builds the text; false (with errors in diagnostics()) when the document cannot be written.
    bool run();
    const QString &text() const { return m_text; }
    Diagnostics &diagnostics() { return m_diags; }

private:
    /// Id -> position in the document's vector. Ids come from one counter, so a plain vector
    /// indexed by id does it without hashing (a hash for ids past the counter).
    struct IdIndex
    {
        std::vector<int> dense;
        QHash<Id, int> sparse;
        template <typename Items> void build(const Items &items, Id limit)
        {
            if (limit <= 4 * Id(items.size()) + 4096)
                dense.assign(size_t(limit), -1);
            for (size_t i = 0; i < items.size(); ++i) {
                if (items[i].id < dense.size())
                    dense[size_t(items[i].id)] = int(i);
                else
                    sparse.insert(items[i].id, int(i));
            }
        }
        int find(Id id) const
        {
            if (id < dense.size())
                return dense[size_t(id)];
            return sparse.isEmpty() ? -1 : sparse.value(id, -1);
        }
    };

    void checkIdentities();
    void findUnstated();
    void emitLane(size_t lane);
    void emitNode(size_t node, const QString &indent);
    void emitEdge(size_t edge, Id contextLane, const QString &indent);
    void emitLoop(size_t loop, Id contextLane, const QString &indent);
    void append(QStringView chunk);
    QString eol() const;
    QString indentOf(const std::vector<Statement> &body, const QString &fallback) const;
    QString endText(size_t node, Side side, Id contextLane) const;
    const QString &fzIdOf(size_t node) const;
    QString laneKeyOf(Id lane) const;
    bool edgeSourceCurrent(const Edge &edge, size_t from, size_t to) const;
    QString placeName(Id contextLane) const;
    enum class Text { Quoted, Condition, Title };
    void writable(const QString &text, Text kind, const QString &what);
    int nodeIndex(Id id) const;
    int edgeIndex(Id id) const;
    int loopIndex(Id id) const;
    int laneIndex(Id id) const;
    void fail(const QString &message, const QString &code);

    const WorkflowData &m_doc;
    QString m_text;
    Diagnostics m_diags;
    QHash<size_t, QString> m_freshIds; // for nodes without a FlowZap id (see fzIdOf)
    std::vector<char> m_laneDone, m_nodeDone, m_edgeDone, m_loopDone;
    /// Per lane: statements no list holds, written before the lane's `}`.
    std::vector<std::vector<Statement>> m_extra;
    IdIndex m_lanes, m_nodes, m_edges, m_loops;
    QHash<QStringView, int> m_laneKeys;
    bool m_ok = true;
    bool m_blankBetweenLanes = false; // the file's style, followed by lanes added to it
};

} // namespace stepwise
