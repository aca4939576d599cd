#include "sceneeditor.h"

#include "branchitem.h"
#include "commands/addlanecommand.h"
#include "commands/addstatecommand.h"
#include "commands/connectcommand.h"
#include "commands/deletecommand.h"
#include "commands/edgelabelcommand.h"
#include "commands/movelanecommand.h"
#include "commands/reconnectedgecommand.h"
#include "commands/renamelanecommand.h"
#include "commands/renamestatecommand.h"
#include "commands/tidyupcommand.h"
#include "diagramscene.h"
#include "diagramstyle.h"
#include "edgeitem.h"
#include "inlineeditor.h"
#include "laneitem.h"
#include "layout/edgerouter.h"
#include "layout/layoutengine.h"
#include "nodeitem.h"
#include "palette/statetemplates.h"

#include <QMimeData>
#include <QUndoStack>

#include <cmath>

namespace stepwise {

namespace {

constexpr qreal grid = 8;

QPointF snapped(QPointF p)
{
    return {std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid};
}

} // namespace

SceneEditor::SceneEditor(DiagramScene *scene)
    : QObject(scene), m_scene(scene), m_ownStack(new QUndoStack(this))
{
}

QUndoStack *SceneEditor::stack() const
{
    return m_scene->undoStack() ? m_scene->undoStack() : m_ownStack;
}

bool SceneEditor::push(QUndoCommand *command, const QString &refusal)
{
    if (command->isObsolete()) {
        emit refused(refusal.isEmpty() ? tr("\"%1\" cannot be done here.").arg(command->text())
                                       : refusal);
        delete command;
        return false;
    }
    const int before = stack()->index();
    const QString text = command->text();
    const bool checkable = command->id() == -1 && !m_inMacro;
    stack()->push(command);
    // A command found impossible while applying is dropped by the stack, never half-applied.
    if (checkable && stack()->index() == before) {
        // The stack deleted the command; the model still says why it refused.
        const QString why = m_scene->document()->lastError();
        emit refused(why.isEmpty() ? tr("\"%1\" could not be applied.").arg(text)
                                   : tr("\"%1\" could not be applied: %2").arg(text, why));
        return false;
    }
    m_scene->flush();
    return true;
}

void SceneEditor::selectNodes(const QVector<Id> &ids)
{
    m_scene->clearSelection();
    for (QGraphicsItem *item : m_scene->items())
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && ids.contains(n->id()))
            n->setSelected(true);
}

void SceneEditor::select(Id id)
{
    m_scene->clearSelection();
    if (NodeItem *item = m_scene->nodeItem(id)) {
        item->setSelected(true);
        m_scene->setFocusItem(item);
    }
}

// ---- states -------------------------------------------------------------------------------

bool SceneEditor::acceptsDrop(const QMimeData *mime) const
{
    return mime && StateTemplates::entry(
                       QString::fromUtf8(mime->data(StateTemplates::mimeType()))) != nullptr;
}

bool SceneEditor::drop(const QMimeData *mime, QPointF scenePos)
{
    if (!acceptsDrop(mime))
        return false;
    const QString key = QString::fromUtf8(mime->data(StateTemplates::mimeType()));
    if (StateTemplates::isLane(key))
        return addLane() != NoId;
    // Dropped on a Parallel branch or the Map processor: the state goes into that machine.
    for (QGraphicsItem *item : m_scene->items(scenePos))
        if (auto *branch = qgraphicsitem_cast<BranchItem *>(item)) {
            const WorkflowData *m = branch->path().resolve(m_scene->document()->data());
            if (m && !m->lanes.empty())
                return addState(key, scenePos, m->lanes.front().id) != NoId;
        }
    return addState(key, scenePos, m_scene->laneAt(scenePos)) != NoId;
}

Id SceneEditor::addState(const QString &key, QPointF scenePos, Id lane)
{
    Workflow *doc = m_scene->document();
    if (!StateTemplates::entry(key) || StateTemplates::isLane(key))
        return NoId;
    const bool newLane = lane == NoId;
    if (newLane) {
        // Dropped outside every lane: the state comes with a lane of its own, one step.
        stack()->beginMacro(tr("Add state in a new lane"));
        m_inMacro = true;
        lane = addLane();
        if (lane == NoId) {
            m_inMacro = false;
            stack()->endMacro();
            return NoId;
        }
    }
    Node node = StateTemplates::makeNode(doc->data(), key, lane);
    if (!node.asl.name.isEmpty() && doc->stateNamed(node.asl.name)) {
        // Names are unique across the whole definition, nested machines included.
        const QString name = doc->uniqueStateName(node.asl.name);
        if (node.label == node.asl.name)
            node.label = name;
        node.asl.name = name;
    }
    const QSizeF size = LayoutEngine::nodeSize(node, DiagramStyle::measure());
    QRectF rect(snapped(scenePos - QPointF(size.width() / 2, size.height() / 2)), size);
    if (newLane)
        rect.moveTop(m_scene->layout().lanes.value(lane).band.top() + 30);
    // A branch lays its states out itself; only root lanes keep hand-set places.
    if (doc->parentNode(lane) == NoId)
        node.position = m_scene->placeIn(lane, rect);
    else
        node.position.reset();
    auto *command = new AddStateCommand(doc, node);
    const Id id = command->nodeId();
    const bool ok = push(command);
    if (newLane) {
        m_inMacro = false;
        stack()->endMacro();
    }
    if (!ok)
        return NoId;
    select(id);
    return id;
}

Id SceneEditor::addStateAfterSelection(const QString &key)
{
    Workflow *doc = m_scene->document();
    if (StateTemplates::isLane(key))
        return addLane();
    if (!StateTemplates::entry(key) || doc->data().lanes.empty())
        return NoId;
    const QVector<Id> selected = m_scene->selectedNodes();
    const Id after = selected.isEmpty() ? NoId : selected.last();
    const Node *prev = doc->data().node(after);
    const Id lane = prev ? prev->lane : doc->data().lanes.front().id;
    Node node = StateTemplates::makeNode(doc->data(), key, lane);
    const QSizeF size = LayoutEngine::nodeSize(node, DiagramStyle::measure());
    const DiagramLayout &layout = m_scene->layout();
    QRectF rect;
    if (prev) {
        const QRectF p = layout.nodes.value(after).rect;
        rect = QRectF(QPointF(p.right() + 64, p.center().y() - size.height() / 2), size);
    } else {
        // At the end of the first lane.
        qreal right = layout.lanes.value(lane).header.right() + 36;
        for (const Id n : doc->data().nodesInLane(lane))
            right = std::max(right, layout.nodes.value(n).rect.right() + 64);
        rect = QRectF(QPointF(right, layout.lanes.value(lane).band.top() + 30), size);
    }
    rect.moveTopLeft(snapped(rect.topLeft()));
    node.position = m_scene->placeIn(lane, rect);
    auto *command = new AddStateCommand(doc, node, after);
    const Id id = command->nodeId();
    if (!push(command))
        return NoId;
    select(id);
    return id;
}

bool SceneEditor::moveStates(const QVector<StateMove> &moves, bool nudge)
{
    return push(new MoveStatesCommand(m_scene->document(), moves, nudge));
}

bool SceneEditor::nudgeSelection(QPointF delta)
{
    const WorkflowData &data = m_scene->document()->data();
    QVector<StateMove> moves;
    for (Id id : m_scene->selectedNodes()) {
        const Node *n = data.node(id);
        const QRectF rect = m_scene->layout().nodes.value(id).rect;
        if (!n)
            continue;
        moves.append(
            {id, n->lane, n->lane, n->position, m_scene->placeIn(n->lane, rect.translated(delta))});
    }
    return !moves.isEmpty() && moveStates(moves, true);
}

bool SceneEditor::renameState(Id node, const QString &name)
{
    auto *command = new RenameStateCommand(m_scene->document(), node, name);
    return push(command, command->refusal());
}

bool SceneEditor::deleteSelection()
{
    return push(new DeleteCommand(m_scene->document(), m_scene->selectedNodes(),
                                  m_scene->selectedEdges(), m_scene->selectedLanes()),
                tr("Nothing is selected."));
}

void SceneEditor::selectAll()
{
    for (QGraphicsItem *item : m_scene->items())
        if (auto *n = qgraphicsitem_cast<NodeItem *>(item); n && n->path().isRoot())
            n->setSelected(true);
}

void SceneEditor::tidyUp()
{
    push(new TidyUpCommand(m_scene, m_scene->selectedNodes()));
}

// ---- edges and lanes ----------------------------------------------------------------------

bool SceneEditor::connectStates(Id from, Side fromSide, Id to, Side toSide)
{
    return push(new ConnectCommand(m_scene->document(), from, fromSide, to, toSide),
                tr("A state cannot be connected to itself."));
}

bool SceneEditor::reconnectEdge(Id edge, Id from, Side fromSide, Id to, Side toSide)
{
    return push(new ReconnectEdgeCommand(m_scene->document(), edge, from, fromSide, to, toSide));
}

bool SceneEditor::setEdgeLabel(Id edge, const QString &label)
{
    return push(new EdgeLabelCommand(m_scene->document(), edge, label));
}

Id SceneEditor::addLane(const QString &title)
{
    const WorkflowData &data = m_scene->document()->data();
    QString name = title;
    for (int i = int(data.lanes.size()) + 1; name.isEmpty(); ++i) {
        const QString candidate = tr("Lane %1").arg(i);
        bool taken = false;
        for (const Lane &l : data.lanes)
            taken = taken || l.title == candidate;
        if (!taken)
            name = candidate;
    }
    auto *command =
        new AddLaneCommand(m_scene->document(), AddLaneCommand::uniqueKey(data, name), name);
    const Id id = command->laneId();
    return push(command) ? id : NoId;
}

bool SceneEditor::renameLane(Id lane, const QString &title)
{
    // In place, only the title changes; the identifier (which references spell) is the
    // inspector's to edit.
    const Lane *l = m_scene->document()->data().lane(lane);
    return l && push(new RenameLaneCommand(m_scene->document(), lane, title, l->key));
}

bool SceneEditor::moveLane(Id lane, int index)
{
    return push(new MoveLaneCommand(m_scene->document(), lane, index));
}

// ---- in-place editing ---------------------------------------------------------------------

void SceneEditor::renameSelected()
{
    const QVector<Id> nodes = m_scene->selectedNodes();
    if (!nodes.isEmpty())
        editInPlace(nodes.last());
    else if (!m_scene->selectedEdges().isEmpty())
        editInPlace(m_scene->selectedEdges().last());
    else if (!m_scene->selectedLanes().isEmpty())
        editInPlace(m_scene->selectedLanes().last());
}

void SceneEditor::editInPlace(Id id)
{
    closeEditor(true);
    const WorkflowData &data = m_scene->document()->data();
    QString text;
    QRectF over;
    if (const Node *n = data.node(id)) {
        text = n->asl.name.isEmpty() ? n->label : n->asl.name;
        over = m_scene->nodeItem(id)->sceneBoundingRect();
    } else if (const Edge *e = data.edge(id)) {
        text = e->label;
        const EdgeGeometry &g = m_scene->edgeItem(id)->geometry();
        over = g.labelRect.isEmpty()
                   ? QRectF(EdgeRouter::labelAnchor(g.points) - QPointF(60, 12), QSizeF(120, 24))
                   : g.labelRect;
    } else if (const Lane *l = data.lane(id)) {
        text = l->title.isEmpty() ? l->key : l->title;
        over = m_scene->laneItem(id)->geometry().header;
    } else {
        return;
    }
    m_editing = id;
    m_inline = new InlineEditor(text, over);
    m_scene->addItem(m_inline);
    connect(m_inline, &InlineEditor::finished, this, &SceneEditor::closeEditor);
    m_inline->setFocus();
}

void SceneEditor::closeEditor(bool commit)
{
    if (!m_inline)
        return;
    InlineEditor *editor = m_inline;
    const Id id = m_editing;
    m_inline = nullptr;
    m_editing = NoId;
    const QString text = editor->toPlainText().trimmed();
    editor->hide();
    editor->deleteLater(); // it may be in its own event handler
    if (!commit)
        return;
    const WorkflowData &data = m_scene->document()->data();
    if (data.node(id))
        renameState(id, text);
    else if (data.edge(id))
        setEdgeLabel(id, text);
    else if (data.lane(id))
        renameLane(id, text);
}

} // namespace stepwise
