#include "runcanvas.h"

#include "breakpointpaths.h"
#include "runcontroller.h"
#include "runstatus.h"
#include "togglebreakpointcommand.h"

#include "scene/branchitem.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/edgeitem.h"
#include "scene/nodeitem.h"
#include "workflow.h"

#include <QGraphicsObject>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QPainterPath>
#include <QUndoStack>

namespace stepwise {

namespace {

// The token: a disc in the running colour with a ring of the canvas colour.
class TokenItem : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return {-7, -7, 14, 14}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(DiagramStyle::background(), 2));
        painter->setBrush(runStateColor(RunState::Active, DiagramStyle::isDark()));
        painter->drawEllipse(QPointF(0, 0), 6, 6);
    }
};

} // namespace

RunCanvas::RunCanvas(RunController *run, DiagramScene *scene, Workflow *doc, QUndoStack *stack,
                     QObject *parent)
    : QObject(parent), m_run(run), m_scene(scene), m_doc(doc), m_stack(stack)
{
    setObjectName(QStringLiteral("runCanvas"));
    m_tokenTimer.setInterval(kFrameMs);
    connect(&m_tokenTimer, &QTimer::timeout, this, &RunCanvas::moveToken);
    connect(run, &RunController::nodeStatusChanged, this,
            [this](const RunEntity &entity, RunStatus status) {
                if (NodeItem *item = nodeItem(entity))
                    item->setRunState(toSceneState(status));
                if (status == RunStatus::Running || status == RunStatus::Retrying ||
                    status == RunStatus::Waiting)
                    m_current.insert(entity);
                else
                    m_current.remove(entity);
            });
    connect(run, &RunController::countsChanged, this, [this](const RunEntity &container) {
        if (NodeItem *item = nodeItem(container)) {
            const RunCounts c = m_run->counts(container);
            item->setRunCounts(c.running, c.done, c.failed);
        }
    });
    connect(run, &RunController::edgeTakenChanged, this, [this](const RunEntity &e, bool taken) {
        if (EdgeItem *item = edgeItem(e))
            if (!m_candidates.contains(e))
                item->setRunMark(taken ? EdgeItem::RunMark::Taken : EdgeItem::RunMark::None);
    });
    connect(run, &RunController::tokenMoved, this, &RunCanvas::startToken);
    connect(run, &RunController::pendingChanged, this, &RunCanvas::updateCandidates);
    // The token does not go on travelling on a run the user paused or stopped.
    connect(run, &RunController::paused, this, &RunCanvas::stopToken);
    // After the statuses of the new moment have arrived (they are coalesced): show where the
    // run stands when it stops there, or when the user steps.
    connect(run, &RunController::paused, this,
            [this] { QTimer::singleShot(0, this, &RunCanvas::revealCurrent); });
    connect(run, &RunController::eventIndexChanged, this, [this] {
        if (!m_run->isContinuing())
            QTimer::singleShot(0, this, &RunCanvas::revealCurrent);
    });
    // When the execution ends, show where: its last state (an end, or the state that failed).
    connect(run, &RunController::statusChanged, this, [this] {
        if (m_run->isOpen() && !m_run->isActive())
            QTimer::singleShot(0, this, &RunCanvas::revealCurrent);
    });
    auto clearCounts = [this] {
        if (m_scene)
            for (QGraphicsItem *i : m_scene->items())
                if (i->type() == NodeItem::Type)
                    static_cast<NodeItem *>(i)->setRunCounts(0, 0, 0);
    };
    connect(run, &RunController::stopped, this, [this, clearCounts] {
        stopToken();
        if (!m_run->isOpen())
            clearCounts();
    });
    connect(run, &RunController::started, this, [this, clearCounts] {
        m_current.clear();
        clearCounts();
    });
    // The markers are drawn from the document: repaint when its breakpoints change.
    connect(doc, &Workflow::documentChanged, this, [this](Workflow::Aspect what) {
        if (what == Workflow::Aspect::Breakpoints && m_scene)
            m_scene->update();
    });
    scene->installEventFilter(this);
    connect(scene, &QObject::destroyed, this, [this] { m_tokenTimer.stop(); });
}

void RunCanvas::revealCurrent()
{
    if (!m_scene || m_scene->views().isEmpty() || m_run->isContinuing())
        return;
    QRectF where;
    for (const RunEntity &entity : std::as_const(m_current))
        if (NodeItem *item = nodeItem(entity))
            where |= item->sceneBoundingRect();
    if (where.isNull() && !m_run->isActive()) {
        // Nothing runs any more: the last state entered up to the moment shown.
        const runtime::HistoryEvent *last = nullptr;
        int seen = 0;
        for (const runtime::HistoryEvent &e : m_run->history()) {
            if (seen++ >= m_run->eventIndex())
                break;
            if ((e.type == runtime::HistoryEvent::Type::StateEntered ||
                 e.type == runtime::HistoryEvent::Type::FailStateEntered) &&
                e.state)
                last = &e;
        }
        if (last)
            if (NodeItem *item =
                    nodeItem(m_run->entityOfState(QString::fromStdString(last->state->name))))
                where = item->sceneBoundingRect();
    }
    if (where.isNull())
        return;
    QGraphicsView *view = m_scene->views().first();
    const QRectF seen = view->mapToScene(view->viewport()->rect()).boundingRect();
    if (!seen.contains(where))
        view->ensureVisible(where, 60, 60);
}

RunCanvas::~RunCanvas()
{
    delete m_token.data(); // if the scene has not deleted it already
}

NodeItem *RunCanvas::nodeItem(const RunEntity &node) const
{
    return node.isValid() && m_scene ? m_scene->nestedNodeItem(node.machine(), node.id) : nullptr;
}

EdgeItem *RunCanvas::edgeItem(const RunEntity &edge) const
{
    if (!edge.isValid() || !m_scene)
        return nullptr;
    if (edge.container.isEmpty())
        return m_scene->edgeItem(edge.id);
    // The edge lives in a branch item of its container.
    RunEntity container;
    container.container = edge.container.mid(0, edge.container.size() - 1);
    container.id = edge.container.last().first;
    NodeItem *c = nodeItem(container);
    const int branch = edge.container.last().second;
    if (!c || branch < 0 || branch >= c->branches().size())
        return nullptr;
    return c->branches()[branch]->edgeItem(edge.id);
}

void RunCanvas::updateCandidates()
{
    for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it)
        if (EdgeItem *item = edgeItem(it.key()))
            item->setRunMark(m_run->edgeTaken(it.key()) ? EdgeItem::RunMark::Taken
                                                        : EdgeItem::RunMark::None);
    m_candidates.clear();
    const Workflow *doc = m_run->document();
    if (!doc)
        return;
    for (const runtime::PendingChoice &c : m_run->pendingChoices()) {
        const QString state = QString::fromStdString(c.state->name);
        const RunEntity node = m_run->entityOfState(state);
        const WorkflowData *machine = node.machine().resolve(doc->data());
        if (!node.isValid() || !machine)
            continue;
        // The runtime names an option by the edge's label, or the target's for an unlabelled
        // edge (as the callbacks panel lists them).
        for (Id e : machine->edgesFrom(node.id)) {
            const Edge *edge = machine->edge(e);
            const Node *to = edge ? machine->node(edge->to) : nullptr;
            if (!edge || !to)
                continue;
            const QString option =
                edge->hasLabel && !edge->label.isEmpty() ? edge->label : to->label;
            bool offered = false;
            for (const std::string &o : c.options)
                offered = offered || QString::fromStdString(o) == option;
            if (!offered)
                continue;
            RunEntity candidate;
            candidate.container = node.container;
            candidate.id = e;
            m_candidates.insert(candidate, {state, option});
            if (EdgeItem *item = edgeItem(candidate))
                item->setRunMark(EdgeItem::RunMark::Candidate);
        }
    }
}

void RunCanvas::startToken(const RunEntity &edge)
{
    EdgeItem *item = edgeItem(edge);
    if (!item || item->points().size() < 2 || !m_scene)
        return;
    if (!m_token) {
        m_token = new TokenItem;
        m_token->setZValue(20);
        m_token->setAcceptedMouseButtons(Qt::NoButton);
        m_scene->addItem(m_token);
    }
    m_tokenEdge = edge;
    m_frames = 0;
    m_tokenClock.start();
    m_token->show();
    moveToken();
    m_tokenTimer.start();
}

void RunCanvas::moveToken()
{
    EdgeItem *item = edgeItem(m_tokenEdge);
    if (!item || !m_token)
        return stopToken();
    const qreal t = std::min<qreal>(1, qreal(m_tokenClock.elapsed()) / kTravelMs);
    QPainterPath path;
    path.addPolygon(item->points());
    m_token->setPos(item->mapToScene(path.pointAtPercent(t)));
    ++m_frames;
    if (t >= 1) {
        m_tokenTimer.stop();
        m_token->hide();
    }
}

void RunCanvas::stopToken()
{
    m_tokenTimer.stop();
    if (m_token)
        m_token->hide();
}

void RunCanvas::toggleSelectedBreakpoint(Id node)
{
    const OrderedJson path = BreakpointPaths::pathOf(*m_doc, node);
    if (!path.is_null() && m_stack)
        m_stack->push(new ToggleBreakpointCommand(m_doc, path));
}

bool RunCanvas::clickAt(QPointF scenePos)
{
    // A breakpoint corner first: it lies on the state's own border.
    const QRectF probe(scenePos - QPointF(12, 12), QSizeF(24, 24));
    for (QGraphicsItem *i : m_scene->items(probe, Qt::IntersectsItemBoundingRect)) {
        if (i->type() != NodeItem::Type)
            continue;
        auto *node = static_cast<NodeItem *>(i);
        if (!node->inBreakpointCorner(scenePos))
            continue;
        const OrderedJson path = BreakpointPaths::pathOf(m_doc->data(), node->path(), node->id());
        if (path.is_null() || !m_stack)
            return false;
        m_stack->push(new ToggleBreakpointCommand(m_doc, path));
        return true;
    }
    if (m_candidates.isEmpty())
        return false;
    for (QGraphicsItem *i : m_scene->items(scenePos)) {
        if (i->type() != EdgeItem::Type)
            continue;
        for (auto it = m_candidates.cbegin(); it != m_candidates.cend(); ++it) {
            if (edgeItem(it.key()) != i)
                continue;
            const auto [state, option] = it.value();
            m_run->choose(state, option);
            return true;
        }
    }
    return false;
}

bool RunCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scene && event->type() == QEvent::GraphicsSceneMousePress) {
        auto *e = static_cast<QGraphicsSceneMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && e->modifiers() == Qt::NoModifier &&
            clickAt(e->scenePos())) {
            e->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace stepwise
