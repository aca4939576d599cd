// SceneEditor's arrange entry points: align, distribute, and an edge's ASL meaning.
#include "sceneeditor.h"

#include "commands/edgemeaningcommand.h"
#include "commands/movestatescommand.h"
#include "diagramscene.h"

#include <QUndoStack>

#include <algorithm>

namespace stepwise {

namespace {

struct Placed
{
    Id id;
    Id lane;
    std::optional<QPointF> position;
    QRectF rect;
};

} // namespace

// The selected states the layout drew, with their rectangles in the scene.
static QVector<Placed> placedSelection(DiagramScene *scene)
{
    QVector<Placed> out;
    const DiagramLayout &layout = scene->layout();
    for (Id id : scene->selectedNodes()) {
        const Node *n = scene->document()->node(id);
        if (n && layout.nodes.contains(id))
            out.append({id, n->lane, n->position, layout.nodes.value(id).rect});
    }
    return out;
}

bool SceneEditor::align(Qt::Alignment edge)
{
    const QVector<Placed> states = placedSelection(m_scene);
    if (states.size() < 2) {
        emit refused(tr("Select at least two states to align."));
        return false;
    }
    QRectF bounds;
    for (const Placed &p : states)
        bounds = bounds.united(p.rect);
    QVector<StateMove> moves;
    for (const Placed &p : states) {
        QRectF r = p.rect;
        if (edge & Qt::AlignLeft)
            r.moveLeft(bounds.left());
        else if (edge & Qt::AlignRight)
            r.moveRight(bounds.right());
        else if (edge & Qt::AlignHCenter)
            r.moveCenter({bounds.center().x(), r.center().y()});
        else if (edge & Qt::AlignTop)
            r.moveTop(bounds.top());
        else if (edge & Qt::AlignBottom)
            r.moveBottom(bounds.bottom());
        else if (edge & Qt::AlignVCenter)
            r.moveCenter({r.center().x(), bounds.center().y()});
        // Lining up across lanes keeps each state in its own lane.
        const QRectF band = m_scene->layout().lanes.value(p.lane).band;
        if (!band.isEmpty() && (r.top() < band.top() || r.bottom() > band.bottom()))
            r.moveTop(std::clamp(r.top(), band.top() + 4,
                                 std::max(band.top() + 4, band.bottom() - r.height() - 4)));
        moves.append({p.id, p.lane, p.lane, p.position, m_scene->placeIn(p.lane, r)});
    }
    auto *command = new MoveStatesCommand(m_scene->document(), moves);
    const QString what = edge & Qt::AlignLeft      ? tr("left")
                         : edge & Qt::AlignRight   ? tr("right")
                         : edge & Qt::AlignHCenter ? tr("centre")
                         : edge & Qt::AlignTop     ? tr("top")
                         : edge & Qt::AlignBottom  ? tr("bottom")
                                                   : tr("middle");
    command->setText(tr("Align %1 states %2").arg(states.size()).arg(what));
    return push(command);
}

bool SceneEditor::distribute(Qt::Orientation orientation)
{
    QVector<Placed> states = placedSelection(m_scene);
    if (states.size() < 3) {
        emit refused(tr("Select at least three states to distribute."));
        return false;
    }
    const bool across = orientation == Qt::Horizontal;
    auto lead = [across](const QRectF &r) { return across ? r.left() : r.top(); };
    auto extent = [across](const QRectF &r) { return across ? r.width() : r.height(); };
    std::sort(states.begin(), states.end(),
              [&](const Placed &a, const Placed &b) { return lead(a.rect) < lead(b.rect); });
    qreal used = 0;
    for (const Placed &p : states)
        used += extent(p.rect);
    const QRectF &first = states.first().rect;
    qreal end = lead(first);
    for (const Placed &p : states)
        end = std::max(end, lead(p.rect) + extent(p.rect));
    const qreal gap = (end - lead(first) - used) / (states.size() - 1);
    QVector<StateMove> moves;
    qreal at = lead(first);
    for (const Placed &p : states) {
        QRectF r = p.rect;
        if (across)
            r.moveLeft(at);
        else
            r.moveTop(at);
        at += extent(r) + gap;
        if (r != p.rect) {
            // Spread down the page, a state may cross into the lane it now stands in.
            Id lane = p.lane;
            if (!across) {
                const Id under = m_scene->laneAt(r.center());
                if (under != NoId &&
                    m_scene->document()->machineOf(under) == m_scene->document()->machineOf(p.lane))
                    lane = under;
            }
            moves.append({p.id, p.lane, lane, p.position, m_scene->placeIn(lane, r)});
        }
    }
    if (moves.isEmpty()) {
        emit refused(tr("The states are evenly spaced already."));
        return false;
    }
    auto *command = new MoveStatesCommand(m_scene->document(), moves);
    command->setText(across ? tr("Distribute %1 states horizontally").arg(states.size())
                            : tr("Distribute %1 states vertically").arg(states.size()));
    return push(command);
}

bool SceneEditor::setEdgeMeaning(Id edge, EdgeMeaning meaning)
{
    auto *command = new EdgeMeaningCommand(m_scene->document(), edge, meaning);
    return push(command, tr("The edge cannot mean that."));
}

bool SceneEditor::setCatchErrors(Id edge, const QStringList &errors)
{
    return push(new EdgeMeaningCommand(m_scene->document(), edge, errors),
                tr("A catcher needs at least one error name."));
}

} // namespace stepwise
