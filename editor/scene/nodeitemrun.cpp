// NodeItem's execution view: the colours of a run state, a container's branch or iteration
// counts and the breakpoint marker. Kept apart from the shape drawing in nodeitem.cpp.

#include "nodeitem.h"

#include "diagramstyle.h"
#include "layout/containerlayout.h"
#include "run/breakpointpaths.h"
#include "workflow.h"

#include <QPainter>

namespace stepwise {

namespace {
constexpr qreal kMarkerRadius = 6;
constexpr qreal kCornerHit = 11; // half the side of the clickable corner square
} // namespace

void NodeItem::runColours(QColor &border, QColor &fill, qreal &width) const
{
    if (m_runState == RunState::Idle)
        return;
    border = DiagramStyle::runStateColor(m_runState);
    // A tint of the theme's own fill: light on a light canvas, dark on a dark one, so the
    // label's theme colour stays readable on it.
    const QColor base = DiagramStyle::nodeFill(Shape::Rectangle);
    const qreal a = DiagramStyle::isDark() ? 0.30 : 0.18;
    fill = QColor::fromRgbF(base.redF() * (1 - a) + border.redF() * a,
                            base.greenF() * (1 - a) + border.greenF() * a,
                            base.blueF() * (1 - a) + border.blueF() * a);
    width = 2.6;
}

Qt::PenStyle NodeItem::runPenStyle() const
{
    // The line style tells the states apart without colour too.
    switch (m_runState) {
    case RunState::Waiting:
        return Qt::DashLine;
    case RunState::Retrying:
        return Qt::DashDotLine;
    case RunState::Cancelled:
        return Qt::DotLine;
    default:
        break;
    }
    return Qt::SolidLine;
}

void NodeItem::setRunCounts(int running, int done, int failed)
{
    if (m_runCounts[0] == running && m_runCounts[1] == done && m_runCounts[2] == failed)
        return;
    m_runCounts[0] = running;
    m_runCounts[1] = done;
    m_runCounts[2] = failed;
    update();
}

void NodeItem::paintRunCounts(QPainter *painter) const
{
    if (m_geometry.children.empty() || m_runCounts[0] + m_runCounts[1] + m_runCounts[2] == 0)
        return;
    // Three pills in the title strip right after the title (the top-right corner of the
    // canvas is where the run overlay sits): running, done, failed.
    const bool dark = DiagramStyle::isDark();
    const RunState states[3] = {RunState::Active, RunState::Done, RunState::Failed};
    const QString marks[3] = {QStringLiteral("▶ %1"), QStringLiteral("✓ %1"),
                              QStringLiteral("✗ %1")};
    QFont font = DiagramStyle::font(TextRole::EdgeLabel);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const Node *n = node();
    const QFontMetricsF titleMetrics(DiagramStyle::font(TextRole::NodeTitle));
    qreal left = m_geometry.titleRect.left() +
                 (n ? titleMetrics.horizontalAdvance(ContainerLayout::title(*n)) : 0) + 12;
    const qreal top = m_geometry.titleRect.top() - 1, height = fm.height() + 2;
    for (int i = 0; i < 3; ++i) {
        const QString text = marks[i].arg(m_runCounts[i]);
        const qreal w = fm.horizontalAdvance(text) + 10;
        const QRectF pill(left, top, w, height);
        const QColor c = runStateColor(states[i], dark);
        painter->setPen(QPen(c, 1.2));
        QColor back = DiagramStyle::background();
        painter->setBrush(back);
        painter->drawRoundedRect(pill, height / 2, height / 2);
        painter->setPen(c);
        painter->drawText(pill, Qt::AlignCenter, text);
        left += w + 4;
    }
}

QPointF NodeItem::breakpointCentre() const
{
    // The top-left corner, inset so the marker sits on the border of any shape's box.
    return localRect().topLeft() + QPointF(2, 2);
}

bool NodeItem::inBreakpointCorner(QPointF scenePos) const
{
    const QPointF d = mapFromScene(scenePos) - breakpointCentre();
    return qAbs(d.x()) <= kCornerHit && qAbs(d.y()) <= kCornerHit;
}

bool NodeItem::hasBreakpoint() const
{
    const WorkflowData &root = m_doc.data();
    if (root.breakpoints.empty())
        return false;
    return BreakpointPaths::contains(root.breakpoints, BreakpointPaths::pathOf(root, m_path, m_id));
}

void NodeItem::paintBreakpoint(QPainter *painter) const
{
    const bool on = hasBreakpoint();
    if (!on && !m_hovered)
        return;
    const QColor red = DiagramStyle::isDark() ? QColor(0xFF, 0x5C, 0x5C) : QColor(0xD0, 0x1F, 0x1F);
    const QPointF c = breakpointCentre();
    painter->setRenderHint(QPainter::Antialiasing);
    if (on) {
        // A red disc with a ring of the canvas colour, as debuggers mark a line.
        painter->setPen(QPen(DiagramStyle::background(), 2));
        painter->setBrush(red);
    } else {
        // Hovered: a faint ring shows where a click sets one.
        QColor faint = red;
        faint.setAlpha(110);
        painter->setPen(QPen(faint, 1.2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawEllipse(c, kMarkerRadius, kMarkerRadius);
}

} // namespace stepwise
