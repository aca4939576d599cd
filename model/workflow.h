#pragma once

#include "workflowchange.h"
#include "workflowdata.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace stepwise {

/// The workflow document. It owns the data and is its only mutation path: every edit, from a
/// reader's reset to an undo command, goes through a method here, which checks it, applies it,
/// forgets the stale source text of what it touched and emits a signal carrying the id.
///
/// *One id space.* Lanes, nodes, edges and loops of nested machines (Parallel branches, Map
/// processors in Node::subMachines) have ids unique in the whole document; every method below
/// takes an id at any depth. machineOf() tells which machine holds an entity (its container
/// node, NoId at the root), machine() resolves it, machines() lists them all.
///
/// *One source of truth for transitions.* For an ASL state, each reference in its fields
/// (`Next`, each `Choices[i].Next`, `Default`, each `Catch[i].Next`, `End: true`) that names a
/// state of the same machine is drawn by exactly one edge whose EdgeMeaning says which; the
/// machine's `StartAt` is drawn by the start marker's edge. Every mutation keeps both in step in
/// the same operation: setNodeAsl() adds, removes and retargets edges; addEdge(), removeEdge(),
/// setEdgeEnds() and setEdgeMeaning() edit the source's fields; renameState() rewrites every
/// reference. Edges touching a FlowZap-only node (no ASL state) are Plain and change no field.
/// transitionProblems() (transitions.h) checks the rule; tests run it after every edit.
///
/// *Deleting a state* (removeState) removes its edges; an edge that drew a reference of another
/// state removes that reference: `Next`/`Default`/`End` is removed, the Choice rule or catcher
/// is removed (later indexes shift), `StartAt` becomes "". revert() restores all of it.
///
/// *Undo.* Every successful mutation leaves lastChange(); revert(change) undoes it with the same
/// ids and bytes, reapply(change) redoes it. A refused mutation changes nothing, returns
/// false / NoId and sets lastError().
class Workflow : public QObject
{
    Q_OBJECT
public:
    enum class Aspect {
        Label,
        Shape,
        Taskbox,
        Lane,
        Position,
        Asl,
        FzId,
        SubMachines,
        Ends,
        Title,
        Key,
        Condition,
        Nodes,
        Order,
        AslTop,
        SavedInputs,
        Breakpoints, // the document's breakpoints (state paths)
        Meaning,     // an edge's ASL meaning (kind or rule/catcher index)
        Collapsed,   // a container's collapsed flag
        Everything
    };
    Q_ENUM(Aspect)

    explicit Workflow(QObject *parent = nullptr);
    explicit Workflow(WorkflowData data, QObject *parent = nullptr);

    const WorkflowData &data() const { return m_data; }
    /// Why the last mutation that returned false or NoId was refused (translated).
    QString lastError() const { return m_lastError; }

    /// Replaces the document; nested ids are made unique and missing edge meanings derived.
    void reset(WorkflowData data);

    // ---- Lookup at any depth ----------------------------------------------------------------
    const Lane *lane(Id id) const;
    const Node *node(Id id) const;
    const Edge *edge(Id id) const;
    const Loop *loop(Id id) const;
    /// The machine that holds an entity ({NoId, 0} for the root); nullopt for an unknown id.
    std::optional<MachineRef> machineOf(Id id) const;
    /// The Parallel/Map node whose branch holds an entity; NoId at the root or when unknown.
    Id parentNode(Id id) const;
    const WorkflowData *machine(MachineRef ref) const;
    /// Every machine: the root first, then depth-first in node and branch order.
    QVector<MachineRef> machines() const;
    /// The ASL state of that name anywhere in the document (names are unique document-wide).
    const Node *stateNamed(const QString &name) const;
    /// `base`, or `base 2`, `base 3`... : the first name no state of the document uses.
    QString uniqueStateName(const QString &base) const;

    // ---- Lanes (a lane belongs to the machine given when it is added) ------------------------
    Id addLane(const QString &key, const QString &title, int index = -1, MachineRef machine = {});
    bool insertLane(const Lane &lane, int index, MachineRef machine = {}); // with its own id
    bool removeLane(Id lane);                                              // only an empty lane
    /// Removes a lane with its states (removeState on each) in one change.
    bool removeLaneWithNodes(Id lane);
    bool setLaneTitle(Id lane, const QString &title);
    /// Renames the identifier; cross-lane edges that spell it are written again.
    bool setLaneKey(Id lane, const QString &key);
    bool moveLane(Id lane, int index);

    // ---- Nodes -------------------------------------------------------------------------------
    /// A FlowZap-only node in `lane` (any machine).
    Id addNode(Id lane, Shape shape, const QString &label);
    /// A node with an ASL state (label = the name); the name must be unused document-wide.
    Id addState(Id lane, const AslState &asl, Shape shape);
    bool insertNode(const Node &node, StatementPlace place = {});
    bool removeNode(Id node); // only a node no edge or loop refers to
    /// Removes a node with its edges, its loop memberships and the references drawn by its
    /// incoming edges (see the class comment). Undo: revert(lastChange()).
    bool removeState(Id node);
    bool setNodeLabel(Id node, const QString &label);
    bool setNodeShape(Id node, Shape shape);
    bool setNodeTaskbox(Id node, const QString &owner, const QString &description,
                        const QString &system);
    /// Moves a node to another lane of the same machine (edges follow in the text).
    bool setNodeLane(Id node, Id lane);
    bool setNodePosition(Id node, std::optional<QPointF> position);
    /// Replaces the ASL state; edges follow its transitions; a new name renames references.
    bool setNodeAsl(Id node, const AslState &asl);
    /// Renames a state and every reference to it (Next, Default, Choice rules at any depth,
    /// Catch, the machine's StartAt); the label follows when it showed the name. Refuses a
    /// name used anywhere in the definition, an empty one or one longer than 80 characters.
    bool renameState(Id node, const QString &name);
    /// Replaces all branches at once (ids inside are renumbered where they collide).
    bool setNodeSubMachines(Id node, std::vector<WorkflowData> machines);
    /// Adds an empty branch (a lane with a start marker) to a Parallel node, or the processor
    /// of a Map node that has none; returns the new lane's id.
    Id addBranch(Id node, int index = -1);
    bool removeBranch(Id node, int index);
    /// Moves a state (with its branches, if it is a container) to `lane` of another machine:
    /// into a Parallel branch or Map processor, out of one onto a lane, or from one to another
    /// (in its own machine it is setNodeLane). ASL transitions never cross machines, so every
    /// edge around the state is dropped in the same change, with the reference it drew: the
    /// state's own `Next`, `Default`, Choice rules and catchers, the references to it of the
    /// states it leaves behind, and `StartAt` when it was the start (emptied, as removeState
    /// does). Its `End: true` stays and is drawn in the new machine. A machine whose StartAt is
    /// empty starts at the state that arrives. Refuses FlowZap-only nodes (a machine's start
    /// and end markers), a container into its own branches, and a name used by another state.
    bool moveStateToLane(Id node, Id lane, std::optional<QPointF> position = std::nullopt);
    /// The edges moveStateToLane(node, ...) drops (all of the node's but its End edge).
    QVector<Id> edgesDroppedByMove(Id node) const;
    /// Collapses or expands a Parallel/Map container (view data: no ASL or FlowZap text).
    bool setNodeCollapsed(Id node, bool collapsed);
    bool setNodeFzId(Id node, const QString &fzId);

    // ---- Edges -------------------------------------------------------------------------------
    /// Connects two nodes of one machine. From an ASL state to an ASL state the edge gets an
    /// ASL meaning, `meaning` or else chosen: a Choice gets a new rule (placeholder condition
    /// `$.choice == "<target>"`), or its `Default` when it has rules but no Default; another
    /// state its `Next` (refused when it has one already); towards the end marker `End`; from
    /// the start marker of a machine whose StartAt names no state, `StartAt`. Choice/Catch
    /// with index -1 append a rule / a catcher of ["States.ALL"].
    Id addEdge(Id from, Side fromSide, Id to, Side toSide, const QString &label = {},
               bool hasLabel = false, std::optional<EdgeMeaning> meaning = std::nullopt);
    bool insertEdge(const Edge &edge, StatementPlace place = {});
    /// Removes an edge and the reference it drew (see the class comment).
    bool removeEdge(Id edge);
    bool setEdgeLabel(Id edge, const QString &label, bool hasLabel = true);
    /// Reconnects an edge: a new target retargets its reference; a new source moves the
    /// reference (removed from the old state, chosen on the new one as addEdge does).
    bool setEdgeEnds(Id edge, Id from, Side fromSide, Id to, Side toSide);
    /// Gives an edge from an ASL state another meaning (e.g. Next -> Catch).
    bool setEdgeMeaning(Id edge, EdgeMeaning meaning);

    // ---- Loops -------------------------------------------------------------------------------
    Id addLoop(const QString &condition, const QVector<Id> &nodes);
    bool insertLoop(const Loop &loop, StatementPlace place = {});
    bool removeLoop(Id loop);
    bool setLoopCondition(Id loop, const QString &condition);
    bool setLoopNodes(Id loop, const QVector<Id> &nodes);

    // ---- Machine-wide ------------------------------------------------------------------------
    /// A machine's top-level ASL fields; a new StartAt retargets the start marker's edge.
    bool setAslTop(const OrderedJson &top, MachineRef machine = {});
    void setSavedInputs(const OrderedJson &inputs);
    /// Run breakpoints as state paths (see WorkflowData::breakpoints).
    void setBreakpoints(const OrderedJson &paths);

    /// Where the statement of an entity stands now.
    StatementPlace placeOf(Statement::Kind kind, Id id) const;

    // ---- Undo --------------------------------------------------------------------------------
    /// What the last successful mutation (or revert/reapply) changed.
    const WorkflowChange &lastChange() const { return m_lastChange; }
    /// Undoes a change made last (or whose later changes were reverted already).
    void revert(const WorkflowChange &change);
    /// Redoes a change revert() undid.
    void reapply(const WorkflowChange &change);

signals:
    void aboutToReset();
    // (signal names differ from reset(WorkflowData) so connections need no qOverload)
    void documentReset();
    void laneAdded(stepwise::Id id);
    void laneRemoved(stepwise::Id id);
    void laneChanged(stepwise::Id id, stepwise::Workflow::Aspect what);
    void nodeAdded(stepwise::Id id);
    void nodeRemoved(stepwise::Id id);
    void nodeChanged(stepwise::Id id, stepwise::Workflow::Aspect what);
    void edgeAdded(stepwise::Id id);
    void edgeRemoved(stepwise::Id id);
    void edgeChanged(stepwise::Id id, stepwise::Workflow::Aspect what);
    void loopAdded(stepwise::Id id);
    void loopRemoved(stepwise::Id id);
    void loopChanged(stepwise::Id id, stepwise::Workflow::Aspect what);
    /// The root's top-level fields, saved inputs or breakpoints (AslTop, SavedInputs,
    /// Breakpoints).
    void documentChanged(stepwise::Workflow::Aspect what);
    /// A machine's top-level fields changed (container NoId: the root; also documentChanged).
    void machineChanged(stepwise::Id container, int branch, stepwise::Workflow::Aspect what);

private:
    using Step = WorkflowChange::Step;
    struct Where
    {
        Statement::Kind kind = Statement::Kind::Node;
        MachineRef machine;
    };
    class Transaction;

    bool fail(const QString &message);
    // Lookup
    WorkflowData *machineData(MachineRef ref);
    const WorkflowData *findWhere(Id id, Where *where) const;
    void rebuildIndex() const;
    void indexMachine(const WorkflowData &m, MachineRef ref) const;
    WorkflowData *machineOfEntity(Id id, MachineRef *ref = nullptr);
    Node *editableNode(Id id);
    Edge *editableEdge(Id id);
    Loop *editableLoop(Id id);
    // Statements
    static std::vector<Statement> *bodyOf(WorkflowData &m, Id lane);
    static void placeStatement(WorkflowData &m, Statement statement, StatementPlace place,
                               Id naturalLane);
    static void dropStatement(WorkflowData &m, Statement::Kind kind, Id id);
    static StatementPlace placeIn(const WorkflowData &m, Statement::Kind kind, Id id);
    // Primitive steps (workflowsteps.cpp): each applies, records and signals one change
    void apply(const Step &step, bool forward);
    void record(Step step);
    void putLane(MachineRef m, const Lane &lane, int index, int topIndex);
    void eraseLane(Id id);
    void putNode(MachineRef m, const Node &node, int index, StatementPlace place);
    void eraseNode(Id id);
    void changeNode(const Node &after, Aspect what, std::optional<StatementPlace> place = {});
    void putEdge(MachineRef m, const Edge &edge, int index, StatementPlace place);
    void eraseEdge(Id id);
    void changeEdge(const Edge &after, Aspect what, std::optional<StatementPlace> place = {});
    void putLoop(MachineRef m, const Loop &loop, int index, StatementPlace place);
    void eraseLoop(Id id);
    void changeLoop(const Loop &after, Aspect what);
    void changeLane(const Lane &after, Aspect what);
    void changeLaneOrder(MachineRef m, Id moved, std::vector<Id> order, std::vector<Statement> top);
    void changeTop(MachineRef m, OrderedJson top);
    void changeSubMachines(Id node, std::vector<WorkflowData> machines);
    // Helpers
    void forgetEdgeSourcesAround(Id node);
    void forgetLoopSourcesAround(Id node);
    bool validLoopNodes(const QVector<Id> &nodes, MachineRef *machine);
    bool nameFree(const QString &name, Id except);
    // Transitions (workflowtransitions.cpp)
    void syncEdges(Id state, const OrderedJson *oldFields = nullptr);
    void syncStart(MachineRef machine);
    void syncReferrers(MachineRef m, const QString &name);
    bool detach(Id edge, bool removeEdgeToo);
    bool attach(Edge edge, std::optional<EdgeMeaning> meaning, StatementPlace place);
    bool chooseMeaning(const Edge &edge, std::optional<EdgeMeaning> wanted, EdgeMeaning *out);
    bool removeStateSteps(Id node);
    /// Takes `node` out of the loops of its machine; a loop left with fewer than two goes.
    void dropFromLoops(MachineRef machine, Id node);
    bool nestContainerFields(Node &node);
    bool dropEdgesForMove(Id node);
    bool renameSteps(Id node, const QString &name);

    WorkflowData m_data;
    QString m_lastError;
    WorkflowChange m_pending, m_lastChange;
    bool m_recording = false;
    mutable QHash<Id, Where> m_where;
};

} // namespace stepwise
