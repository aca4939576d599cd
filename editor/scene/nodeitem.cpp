#include "nodeitem.h"

#include "branchitem.h"
#include "diagramstyle.h"
#include "layout/containerlayout.h"
#include "layout/nodetext.h"
#include "workflow.h"

#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace stepwise {

NodeItem::NodeItem(const Workflow &doc, Id id, MachinePath path)
    : m_doc(doc), m_id(id), m_path(std::move(path))
{
    setZValue(3);
    setFlag(ItemIsSelectable);
    setFlag(ItemIsFocusable);
    setAcceptHoverEvents(true);
}

QPointF NodeItem::handlePos(Side side) const
{
    const QRectF r = mapRectToScene(localRect());
    switch (side) {
    case Side::Left:
        return {r.left(), r.center().y()};
    case Side::Right:
        return {r.right(), r.center().y()};
    case Side::Top:
        return {r.center().x(), r.top()};
    case Side::Bottom:
        break;
    }
    return {r.center().x(), r.bottom()};
}

std::optional<Side> NodeItem::handleAt(QPointF scenePos) const
{
    for (Side side : {Side::Right, Side::Bottom, Side::Left, Side::Top})
        if (QLineF(handlePos(side), scenePos).length() <= handleRadius + 3)
            return side;
    return std::nullopt;
}

Side NodeItem::nearestSide(QPointF scenePos) const
{
    Side best = Side::Left;
    qreal bestDistance = 1e12;
    for (Side side : {Side::Left, Side::Top, Side::Right, Side::Bottom}) {
        const qreal d = QLineF(handlePos(side), scenePos).length();
        if (d < bestDistance) {
            bestDistance = d;
            best = side;
        }
    }
    return best;
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

void NodeItem::paintHandles(QPainter *painter)
{
    if (!m_hovered || !m_path.isRoot())
        return;
    painter->setPen(QPen(DiagramStyle::nodeBorder(Shape::Rectangle), 1.4));
    painter->setBrush(DiagramStyle::background());
    for (Side side : {Side::Left, Side::Top, Side::Right, Side::Bottom})
        painter->drawEllipse(mapFromScene(handlePos(side)), handleRadius, handleRadius);
}

void NodeItem::setGeometry(const NodeGeometry &geometry)
{
    // A move alone keeps the picture the view holds of the state (see DiagramScene): a lane
    // that grows shifts every state under it. Whoever changes what a state shows calls
    // update() (the scene does for every state a document signal names).
    const QPointF shift = geometry.rect.topLeft() - m_geometry.rect.topLeft();
    if (geometry.children.empty() && m_geometry.children.empty() &&
        geometry.rect.size() == m_geometry.rect.size() &&
        geometry.labelRect == m_geometry.labelRect.translated(shift) &&
        geometry.detailRect == m_geometry.detailRect.translated(shift) &&
        geometry.titleRect == m_geometry.titleRect) {
        m_geometry = geometry;
        setPos(geometry.rect.topLeft());
        return;
    }
    prepareGeometryChange();
    m_geometry = geometry;
    setPos(geometry.rect.topLeft());
    // A container's branches follow the new layout in place; the nested items keep their state.
    const Node *n = node();
    const int count = n ? int(geometry.children.size()) : 0;
    while (m_branches.size() > count)
        delete m_branches.takeLast();
    for (int i = 0; i < count; ++i) {
        const SubLayout &sub = geometry.children[size_t(i)];
        const QString caption = ContainerLayout::caption(*n, i);
        if (i < m_branches.size())
            m_branches[i]->setLayout(sub, caption, ContainerLayout::isMap(*n));
        else
            m_branches.append(new BranchItem(m_doc, m_path.child(m_id, i), sub, caption,
                                             ContainerLayout::isMap(*n), this));
    }
    update();
}

const Node *NodeItem::node() const
{
    const WorkflowData *machine = m_path.resolve(m_doc.data());
    return machine ? machine->node(m_id) : nullptr;
}

void NodeItem::setRunState(RunState state)
{
    if (m_runState == state)
        return;
    m_runState = state;
    update();
}

QRectF NodeItem::localRect() const
{
    return QRectF(QPointF(0, 0), m_geometry.rect.size());
}

QRectF NodeItem::boundingRect() const
{
    // Room for the border, the selection ring and the drop shadow.
    return localRect().adjusted(-7, -7, 7, 8);
}

QPainterPath NodeItem::outline(Shape shape, const QRectF &r) const
{
    QPainterPath path;
    switch (shape) {
    case Shape::Circle:
        path.addEllipse(r);
        break;
    case Shape::Diamond:
        path.moveTo(r.center().x(), r.top());
        path.lineTo(r.right(), r.center().y());
        path.lineTo(r.center().x(), r.bottom());
        path.lineTo(r.left(), r.center().y());
        path.closeSubpath();
        break;
    case Shape::Taskbox:
        path.addRoundedRect(r, 8, 8);
        break;
    case Shape::Rectangle:
        path.addRoundedRect(r, 10, 10);
        break;
    }
    return path;
}

QPainterPath NodeItem::shape() const
{
    const Node *node = this->node();
    return outline(node ? node->shape : Shape::Rectangle, localRect());
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    paintBody(painter, option, widget);
    paintHandles(painter);
    paintRunCounts(painter);
    paintBreakpoint(painter);
}

void NodeItem::paintBody(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Node *node = this->node();
    if (!node)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = localRect();
    const QPainterPath path = outline(node->shape, r);

    // A soft two-step shadow: enough depth to lift the node off the band without blur.
    painter->setPen(Qt::NoPen);
    painter->setBrush(DiagramStyle::shadow(false));
    painter->drawPath(path.translated(0, 3));
    painter->setBrush(DiagramStyle::shadow(true));
    painter->drawPath(path.translated(0, 1.5));

    // A collapsed container has no branches drawn but keeps its container look.
    const bool container =
        !m_geometry.children.empty() || (node->collapsed && ContainerLayout::isContainer(*node));
    const bool fail = node->asl.type == QLatin1String("Fail");
    // The start marker is the one circle without a state that nothing leads to.
    const WorkflowData *machine = m_path.resolve(m_doc.data());
    const bool start = node->shape == Shape::Circle && node->asl.isEmpty() && machine &&
                       machine->edgesTo(m_id).isEmpty() && !machine->edgesFrom(m_id).isEmpty();
    QColor border = DiagramStyle::nodeBorder(node->shape);
    QColor fill = DiagramStyle::nodeFill(node->shape);
    if (container) {
        border = DiagramStyle::containerBorder(ContainerLayout::isMap(*node));
        fill = DiagramStyle::containerFill(ContainerLayout::isMap(*node));
    } else if (fail) {
        border = DiagramStyle::failBorder();
        fill = DiagramStyle::failFill();
    } else if (start) {
        border = DiagramStyle::startFill();
        fill = DiagramStyle::startFill();
    }
    qreal width = 1.6;
    runColours(border, fill, width);
    if (option->state & QStyle::State_Selected)
        width += 1;
    QPen pen(border, width);
    pen.setStyle(runPenStyle());
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPath(path);

    const QPointF origin = m_geometry.rect.topLeft();
    if (container) {
        paintContainer(painter, *node, r, border);
        return;
    }
    if (node->shape == Shape::Taskbox) {
        // The accent strip on top marks a task assigned to someone.
        painter->save();
        painter->setClipPath(path);
        painter->setPen(Qt::NoPen);
        painter->setBrush(border);
        painter->drawRect(QRectF(r.left(), r.top(), r.width(), 6));
        painter->restore();
        painter->setPen(DiagramStyle::text());
        DiagramStyle::drawText(painter, m_geometry.labelRect.translated(-origin),
                               TextRole::NodeTitle, NodeText::title(*node),
                               Qt::AlignLeft | Qt::AlignTop);
        painter->setPen(DiagramStyle::mutedText());
        DiagramStyle::drawText(painter, m_geometry.detailRect.translated(-origin),
                               TextRole::NodeDetail, NodeText::detail(*node),
                               Qt::AlignLeft | Qt::AlignTop);
        if (NodeText::isCallback(*node))
            paintCallbackBadge(painter, r, border);
        return;
    }
    painter->setPen(start && m_runState == RunState::Idle ? QColor(Qt::white)
                                                          : DiagramStyle::text());
    DiagramStyle::drawText(painter, m_geometry.labelRect.translated(-origin), TextRole::NodeLabel,
                           node->label);
}

void NodeItem::paintContainer(QPainter *painter, const Node &node, const QRectF &r, QColor border)
{
    // A faint strip under the title separates it from the branches.
    const QRectF title = m_geometry.titleRect;
    painter->save();
    painter->setClipPath(outline(Shape::Rectangle, r));
    QColor strip = border;
    strip.setAlpha(28);
    painter->setPen(Qt::NoPen);
    painter->setBrush(strip);
    painter->drawRect(QRectF(r.left(), r.top(), r.width(), title.bottom() + 6));
    painter->restore();
    // A run colour on a dark canvas is a light shade: its title reads lighter, not darker.
    const bool runDark = m_runState != RunState::Idle && DiagramStyle::isDark();
    painter->setPen(runDark ? border.lighter(130) : border.darker(150));
    DiagramStyle::drawText(painter, title, TextRole::NodeTitle, ContainerLayout::title(node),
                           Qt::AlignLeft | Qt::AlignTop);
    // The chevron: pointing down while the branches show, right when collapsed.
    const QRectF c = ContainerLayout::chevron();
    QPolygonF arrow;
    if (node.collapsed)
        arrow << QPointF(c.left() + 3, c.top() + 1) << QPointF(c.right() - 2, c.center().y())
              << QPointF(c.left() + 3, c.bottom() - 1);
    else
        arrow << QPointF(c.left() + 1, c.top() + 3) << QPointF(c.right() - 1, c.top() + 3)
              << QPointF(c.center().x(), c.bottom() - 2);
    painter->setPen(QPen(border.darker(150), 1.2));
    painter->setBrush(border.darker(150));
    painter->drawPolygon(arrow);
}

void NodeItem::paintCallbackBadge(QPainter *painter, const QRectF &r, const QColor &border)
{
    // An envelope in the free corner right of the title: this task waits for a token.
    const QRectF env(r.right() - 12 - 20, m_geometry.labelRect.top() - m_geometry.rect.top() + 2,
                     20, 14);
    painter->setPen(QPen(border, 1.4));
    painter->setBrush(border.lighter(190));
    painter->drawRoundedRect(env, 2, 2);
    QPainterPath flap;
    flap.moveTo(env.topLeft() + QPointF(1, 1));
    flap.lineTo(env.center().x(), env.top() + env.height() * 0.6);
    flap.lineTo(env.topRight() + QPointF(-1, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(flap);
}

} // namespace stepwise
