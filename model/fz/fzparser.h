#pragma once

#include "diagnostic.h"
#include "workflowdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringView>

#include <vector>

namespace stepwise {

class FzLineCursor;

/// The statement parser behind FzReader: walks decoded FlowZap text line by line, builds the
/// document with every statement's source text, and collects all diagnostics it can find
/// (it recovers at the next line after an error). References are resolved at the end, because
/// a node may be declared after the edges that use it.
class FzParser
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::FzParser)
public:
    /// Longest label (node or edge) accepted, in characters.
    static constexpr qsizetype maxLabelLength = 1000;

    /// @p bytes: UTF-8 without the BOM; it must outlive the parser.
    explicit FzParser(QByteArrayView bytes) : m_bytes(bytes) {}

    /// False when the bytes are not valid UTF-8 (the parse stops; nothing is usable).
    bool parse();
    WorkflowData &document() { return m_doc; }
    Diagnostics &diagnostics() { return m_diags; }

private:
    struct End
    {
        QStringView lane;
        QStringView node;
        int laneColumn = 0;
        int nodeColumn = 0;
    };
    struct EdgeRefs
    {
        int line = 0;
        End from, to;
    };
    struct LoopRefs
    {
        int line = 0;
        std::vector<End> nodes;
    };
    struct Place
    {
        int line = 0;
        int column = 0;
    };
    struct LaneState
    {
        Place header;
        bool awaitingTitle = false;
    };

    void parseLine(QStringView line, QString &full);
    void parseNode(FzLineCursor &c, QStringView id, int idColumn, QString &full);
    void parseEdge(FzLineCursor &c, QString &full);
    bool parseEnd(FzLineCursor &c, End &end, Side &side);
    bool parseEdgeLabel(FzLineCursor &c, Edge &edge);
    void parseLoop(FzLineCursor &c, int loopColumn, QString &full);
    bool parseString(FzLineCursor &c, QStringView &value);
    bool parseTrailer(FzLineCursor &c);
    void openLane(FzLineCursor &c, QStringView key, int keyColumn, QString &full);
    void readOlderTitle(FzLineCursor &c, QString &full);
    void closeLane(FzLineCursor &c, QString &full);
    void settleTitle();
    void addStatement(Statement statement);
    void noteIndentation(QStringView line);
    bool checkCharacters(QStringView line); // true when the line has no surrogate pair
    void checkLabelLength(QStringView label, int column);

    int findNode(QStringView fzId) const;
    void rememberNode(QStringView fzId, int index);
    void resolve();
    int resolveEnd(const End &end, int line);
    void checkNumbering();

    void error(int column, const QString &message, const QString &code);
    void warning(int column, const QString &message, const QString &code);
    void errorAt(Place at, const QString &message, const QString &code);

    QByteArrayView m_bytes;
    WorkflowData m_doc;
    Diagnostics m_diags;
    int m_line = 0;
    int m_lane = -1; // index of the lane whose braces are open
    int m_crlf = 0;
    int m_lf = 0;
    bool m_indentKnown = false;
    // Node ids are looked up by number where they are plain "n<number>" (a vector is much faster
    // than hashing 100,000 strings); other spellings such as "n007" go through the hash.
    std::vector<int> m_nodeByNumber;
    QHash<QStringView, int> m_nodeByFzId;
    QHash<QStringView, int> m_laneByKey;
    std::vector<Place> m_nodePlaces;
    std::vector<LaneState> m_laneStates;
    std::vector<EdgeRefs> m_edgeRefs;
    std::vector<LoopRefs> m_loopRefs;
};

} // namespace stepwise
