#pragma once

#include "workflowdata.h"

#include <QObject>

namespace stepwise {

/// Where a statement stands in the FlowZap text: in a lane's body (lane != NoId) or at top
/// level, at an index. Undo uses it to put a removed statement back where it was.
struct StatementPlace
{
    Id lane = NoId;
    int index = -1; // -1: the natural place (after the last statement of its kind)
};

/// The workflow document. It owns the data and is its only mutation path: every edit, from a
/// reader's reset to an undo command, goes through a method here, which checks it, applies it,
/// forgets the stale source text of what it touched and emits a signal carrying the id.
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
        SavedInputs
    };
    Q_ENUM(Aspect)

    explicit Workflow(QObject *parent = nullptr);
    explicit Workflow(WorkflowData data, QObject *parent = nullptr);

    const WorkflowData &data() const { return m_data; }
    /// Why the last mutation that returned false or NoId was refused (translated).
    QString lastError() const { return m_lastError; }

    void reset(WorkflowData data);

    // Lanes
    Id addLane(const QString &key, const QString &title, int index = -1);
    bool insertLane(const Lane &lane, int index); // restore with the lane's own id
    bool removeLane(Id lane);                     // only an empty lane
    bool setLaneTitle(Id lane, const QString &title);
    bool setLaneKey(Id lane, const QString &key);
    bool moveLane(Id lane, int index);

    // Nodes
    Id addNode(Id lane, Shape shape, const QString &label);
    bool insertNode(const Node &node, StatementPlace place = {});
    bool removeNode(Id node); // only a node no edge or loop refers to
    bool setNodeLabel(Id node, const QString &label);
    bool setNodeShape(Id node, Shape shape);
    bool setNodeTaskbox(Id node, const QString &owner, const QString &description,
                        const QString &system);
    bool setNodeLane(Id node, Id lane);
    bool setNodePosition(Id node, std::optional<QPointF> position);
    bool setNodeAsl(Id node, const AslState &asl);
    bool setNodeSubMachines(Id node, std::vector<WorkflowData> machines);
    bool setNodeFzId(Id node, const QString &fzId);

    // Edges
    Id addEdge(Id from, Side fromSide, Id to, Side toSide, const QString &label = {},
               bool hasLabel = false);
    bool insertEdge(const Edge &edge, StatementPlace place = {});
    bool removeEdge(Id edge);
    bool setEdgeLabel(Id edge, const QString &label, bool hasLabel = true);
    bool setEdgeEnds(Id edge, Id from, Side fromSide, Id to, Side toSide);

    // Loops
    Id addLoop(const QString &condition, const QVector<Id> &nodes);
    bool insertLoop(const Loop &loop, StatementPlace place = {});
    bool removeLoop(Id loop);
    bool setLoopCondition(Id loop, const QString &condition);
    bool setLoopNodes(Id loop, const QVector<Id> &nodes);

    // Document-wide
    void setAslTop(const OrderedJson &top);
    void setSavedInputs(const OrderedJson &inputs);

    /// Where the statement of an entity stands now (for undo of a removal).
    StatementPlace placeOf(Statement::Kind kind, Id id) const;

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
    void documentChanged(stepwise::Workflow::Aspect what);

private:
    bool fail(const QString &message);
    Node *editableNode(Id id);
    Edge *editableEdge(Id id);
    Loop *editableLoop(Id id);
    std::vector<Statement> *bodyOf(Id lane);
    void placeStatement(Statement statement, StatementPlace place, Id naturalLane);
    void dropStatement(Statement::Kind kind, Id id);
    void forgetEdgeSourcesAround(Id node);
    void forgetLoopSourcesAround(Id node);
    bool validLoopNodes(const QVector<Id> &nodes);

    WorkflowData m_data;
    QString m_lastError;
};

} // namespace stepwise
