#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QVector>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace stepwise {

/// Stable identity of a lane, node, edge or loop: unique in the whole document, nested
/// Parallel branches and Map processors included (the root's `nextId` allocates them all).
/// Never reused while the document lives, so undo can restore an entity under the id it had.
using Id = quint64;
constexpr Id NoId = 0;

using OrderedJson = nlohmann::ordered_json;

enum class Shape { Circle, Rectangle, Diamond, Taskbox };
enum class Side { Left, Right, Top, Bottom };

QString shapeName(Shape shape); // "circle", ...
std::optional<Shape> shapeFromName(const QString &name);
QString sideName(Side side); // "left", ...
std::optional<Side> sideFromName(const QString &name);

struct WorkflowData;

/// The ASL side of a node: the state's name, its type and every field of the state object in
/// the order the file had them (unknown fields included, so a round trip keeps them).
struct AslState
{
    QString name;
    QString type; // "Task", "Pass", ... ; empty when the node has no ASL state yet
    OrderedJson fields = OrderedJson::object();
    bool isEmpty() const { return type.isEmpty() && name.isEmpty(); }
    bool operator==(const AslState &o) const
    {
        return name == o.name && type == o.type && fields == o.fields;
    }
};

struct Node
{
    Id id = NoId;
    Id lane = NoId;
    QString fzId; // "n7": the FlowZap identifier, unique in the document
    Shape shape = Shape::Rectangle;
    QString label;
    bool hasLabel = true; // false for a taskbox written with owner/description/system only
    QString owner, description, system; // taskbox attributes
    AslState asl;
    /// Parallel branches or the Map processor: nested machines owned by this node.
    std::vector<WorkflowData> subMachines;
    std::optional<QPointF> position; // set by hand; otherwise auto-layout places the node
    /// A Parallel/Map drawn as a compact box (kind and count) instead of its branches: view
    /// data kept by the native project file only (FlowZap and ASL have no place for it).
    bool collapsed = false;
    /// The statement exactly as read, line end included. Any mutation of the node clears it,
    /// so a writer can give back untouched statements byte for byte.
    QString source;
};

/// What an edge means in ASL. An edge that leaves an ASL state (or the start marker of a
/// machine) is the drawing of one reference in the source state's fields (or of the machine's
/// `StartAt`); a Plain edge has no ASL meaning (FlowZap-only nodes, or an ASL state joined to
/// a FlowZap-only node). The model keeps the fields and these edges in step (see Workflow).
struct EdgeMeaning
{
    enum class Kind { Plain, StartAt, Next, Choice, Default, Catch, End };
    Kind kind = Kind::Plain;
    int index = -1; // the rule's index in `Choices` or the catcher's in `Catch`; else -1
    bool isPlain() const { return kind == Kind::Plain; }
    bool operator==(const EdgeMeaning &o) const { return kind == o.kind && index == o.index; }
    bool operator!=(const EdgeMeaning &o) const { return !(*this == o); }
    /// "next", "choice:2", "catch:0", "default", "end", "startAt"; "" for Plain.
    QString toString() const;
    static std::optional<EdgeMeaning> fromString(const QString &text);
};

/// Names one machine of a document: the root (container NoId) or branch `branch` of the
/// Parallel/Map node `container` (Map: branch 0 is the processor).
struct MachineRef
{
    Id container = NoId;
    int branch = 0;
    bool isRoot() const { return container == NoId; }
    bool operator==(const MachineRef &o) const
    {
        return container == o.container && branch == o.branch;
    }
};

struct Edge
{
    Id id = NoId;
    Id from = NoId;
    Id to = NoId;
    Side fromSide = Side::Right;
    Side toSide = Side::Left;
    QString label;
    bool hasLabel = false; // `[label=""]` is not the same text as no label at all
    EdgeMeaning meaning;
    QString source;
};

struct Loop
{
    Id id = NoId;
    QString condition;
    QVector<Id> nodes;
    QString source;
};

/// A line of a FlowZap file in its place: a statement naming an entity, or trivia (a comment,
/// a blank line) kept as raw text so that a file saved without edits is the same bytes.
struct Statement
{
    enum class Kind { Lane, Node, Edge, Loop, Comment, Blank, Raw };
    Kind kind = Kind::Blank;
    Id ref = NoId; // for Lane/Node/Edge/Loop
    QString text;  // for Comment/Blank/Raw: the whole line, line end included
};

struct Lane
{
    Id id = NoId;
    QString key;   // "sales": the identifier used in cross-lane references
    QString title; // "Sales Team"
    std::vector<Statement> body;
    /// Raw header text (the `key { # Title` line and, in the older form, the title line) and
    /// the closing line, line ends included; cleared when the lane's key or title changes.
    QString headerSource;
    QString closeSource;
};

/// Facts about the text a FlowZap file was read from, so a writer can give it back as it was.
struct FzFileFacts
{
    bool bom = false;
    QString eol = QStringLiteral("\n");
    QString indent; // indentation of statements inside lanes ("" or "  ")
    bool finalNewline = true;
};

/// The whole document as a value: copyable, comparable by content, nested for Parallel/Map.
struct WorkflowData
{
    std::vector<Lane> lanes;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Loop> loops;
    /// File order of lanes and of statements that stand outside any lane.
    std::vector<Statement> topLevel;
    FzFileFacts fz;
    /// Top-level fields of the ASL definition other than `States` (Comment, StartAt, Version,
    /// TimeoutSeconds, QueryLanguage, unknown ones), in order; `States` marks where they go.
    OrderedJson aslTop = OrderedJson::object();
    /// Saved execution inputs (name -> JSON), kept by the native project file.
    OrderedJson savedInputs = OrderedJson::object();
    /// Run breakpoints, kept by the native project file: each the path of a state from the
    /// root, [container key, branch index, ..., state key] (a key is the ASL name, else the
    /// FlowZap id), so a nested state is named without doubt even where names repeat.
    OrderedJson breakpoints = OrderedJson::array();
    /// The root's counter allocates every id of the document; a nested machine's own counter
    /// is kept only for the project file's shape.
    Id nextId = 1;

    /// Lookup caches: validated on every use (the entity at the cached index must carry the id)
    /// and rebuilt when stale, so copies and removals never make them lie.
    mutable QHash<Id, int> nodeIndex, edgeIndex, laneIndexCache;

    Id allocateId() { return nextId++; }

    const Lane *lane(Id id) const;
    Lane *lane(Id id);
    const Lane *laneByKey(const QString &key) const;
    const Node *node(Id id) const;
    Node *node(Id id);
    const Node *nodeByFzId(const QString &fzId) const;
    const Node *nodeByStateName(const QString &name) const;
    const Edge *edge(Id id) const;
    Edge *edge(Id id);
    const Loop *loop(Id id) const;
    Loop *loop(Id id);
    int laneIndex(Id id) const;

    QVector<Id> nodesInLane(Id lane) const;
    QVector<Id> edgesFrom(Id node) const;
    QVector<Id> edgesTo(Id node) const;
    /// Next free FlowZap id ("n" + one more than the highest in use).
    QString nextFzId() const;
};

} // namespace stepwise
