// SceneEditor's clipboard entry points: cut, copy, paste, duplicate.
#include "sceneeditor.h"

#include "clipboard/stateclipboard.h"
#include "commands/deletecommand.h"
#include "commands/pastecommand.h"
#include "diagramscene.h"

#include <QClipboard>
#include <QCursor>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>

#include <limits>

namespace stepwise {

WorkflowData SceneEditor::selectionFragment()
{
    Workflow *doc = m_scene->document();
    const DiagramLayout &layout = m_scene->layout();
    return StateClipboard::fragment(
        *doc, m_scene->selectedNodes(), [&](Id id) -> std::optional<QPointF> {
            const Node *n = doc->node(id);
            if (n && layout.nodes.contains(id))
                return m_scene->placeIn(n->lane, layout.nodes.value(id).rect);
            return n ? n->position : std::nullopt;
        });
}

bool SceneEditor::copySelection()
{
    if (m_scene->selectedNodes().isEmpty()) {
        emit refused(tr("Select states to copy."));
        return false;
    }
    QGuiApplication::clipboard()->setMimeData(StateClipboard::toMime(selectionFragment()));
    m_pasteRepeat = 0;
    m_lastPaste = QPointF(-1e9, -1e9);
    return true;
}

bool SceneEditor::cutSelection()
{
    if (!copySelection())
        return false;
    auto *command = new DeleteCommand(m_scene->document(), m_scene->selectedNodes(), {});
    const int n = int(m_scene->selectedNodes().size());
    command->setText(n == 1 ? tr("Cut 1 state") : tr("Cut %1 states").arg(n));
    return push(command);
}

bool SceneEditor::paste()
{
    QPointF anchor = m_scene->itemsBoundingRect().bottomLeft() + QPointF(40, 40);
    if (QGraphicsView *view = m_scene->views().value(0)) {
        QWidget *vp = view->viewport();
        const QPoint mouse = vp->mapFromGlobal(QCursor::pos());
        anchor = view->mapToScene(vp->rect().contains(mouse) ? mouse : vp->rect().center());
    }
    return pasteAt(anchor);
}

bool SceneEditor::pasteAt(QPointF scenePos)
{
    QString why;
    const auto contents = StateClipboard::fromMime(QGuiApplication::clipboard()->mimeData(), &why);
    if (!contents) {
        emit refused(why);
        return false;
    }
    // Pasting again at the same place steps each copy down and right.
    if (QLineF(scenePos, m_lastPaste).length() < 2)
        ++m_pasteRepeat;
    else
        m_pasteRepeat = 0;
    m_lastPaste = scenePos;
    return pasteFragment(contents->fragment, contents->nodes, scenePos, false);
}

bool SceneEditor::duplicateSelection()
{
    const QVector<Id> selected = m_scene->selectedNodes();
    if (selected.isEmpty()) {
        emit refused(tr("Select states to duplicate."));
        return false;
    }
    const WorkflowData fragment = selectionFragment();
    QVector<Id> nodes;
    for (const Node &n : fragment.nodes)
        nodes.append(n.id);
    const Node *first = m_scene->document()->node(selected.first());
    auto *command = new PasteCommand(m_scene->document(), fragment, nodes, first->lane,
                                     QPointF(24, 24), PasteCommand::Verb::Duplicate);
    if (!push(command, tr("The states cannot be duplicated here.")))
        return false;
    selectNodes(command->pastedNodes());
    return true;
}

bool SceneEditor::pasteFragment(const WorkflowData &fragment, const QVector<Id> &nodes,
                                QPointF anchor, bool duplicate)
{
    Workflow *doc = m_scene->document();
    Id lane = m_scene->laneAt(anchor);
    if (lane == NoId && !doc->data().lanes.empty())
        lane = doc->data().lanes.front().id;
    if (lane == NoId) {
        emit refused(tr("Add a lane before pasting states."));
        return false;
    }
    // The copied group's top-left goes a little left of and above the anchor.
    qreal minX = std::numeric_limits<qreal>::max(), minY = minX;
    for (Id id : nodes)
        if (const Node *n = fragment.node(id); n && n->position) {
            minX = std::min(minX, n->position->x());
            minY = std::min(minY, n->position->y());
        }
    if (minX == std::numeric_limits<qreal>::max())
        minX = minY = 0;
    const qreal step = 24 * m_pasteRepeat;
    const qreal bandTop = m_scene->layout().lanes.value(lane).band.top();
    QPointF shift(anchor.x() - 40 - minX + step, step);
    if (fragment.lanes.size() <= 1)
        shift.setY(anchor.y() - bandTop - 24 - minY + step);
    auto *command =
        new PasteCommand(doc, fragment, nodes, lane, shift,
                         duplicate ? PasteCommand::Verb::Duplicate : PasteCommand::Verb::Paste);
    if (!push(command, tr("There is nothing to paste here.")))
        return false;
    selectNodes(command->pastedNodes());
    return true;
}

} // namespace stepwise
