#include "containerlayout.h"

#include "layoutengine.h"

#include <algorithm>
#include <cmath>

namespace stepwise {

namespace {
constexpr qreal pad = 12;       // between the container's border and its sub-frames
constexpr qreal inner = 12;     // between a sub-frame and the diagram inside it
constexpr qreal frameGap = 12;  // between stacked sub-frames
constexpr qreal titleMax = 420; // the title wraps beyond this width
} // namespace

bool ContainerLayout::isContainer(const Node &node)
{
    return !node.subMachines.empty();
}

bool ContainerLayout::isMap(const Node &node)
{
    return node.asl.type == QLatin1String("Map");
}

QString ContainerLayout::title(const Node &node)
{
    const QString name = node.asl.name.isEmpty() ? node.label : node.asl.name;
    const QString head = node.asl.type.isEmpty() ? name : tr("%1: %2").arg(node.asl.type, name);
    // Collapsed, the header is the whole box: the count goes under the title.
    return node.collapsed ? head + QLatin1Char('\n') + summary(node) : head;
}

QString ContainerLayout::summary(const Node &node)
{
    if (!isMap(node)) {
        const int branches = int(node.subMachines.size());
        return branches == 1 ? tr("1 branch") : tr("%1 branches").arg(branches);
    }
    int states = 0;
    for (const WorkflowData &m : node.subMachines)
        for (const Node &n : m.nodes)
            states += n.asl.type.isEmpty() ? 0 : 1;
    return states == 1 ? tr("1 state") : tr("%1 states").arg(states);
}

QRectF ContainerLayout::chevron()
{
    return QRectF(pad, 12, chevronSize, chevronSize);
}

QString ContainerLayout::caption(const Node &node, int index)
{
    return isMap(node) ? tr("\u21BB for each item") : tr("Branch %1").arg(index + 1);
}

ContainerLayout::Result ContainerLayout::compute(const Node &node, const TextMeasure &measure,
                                                 const LayoutMetrics &m)
{
    Result r;
    LayoutMetrics nested = m;
    nested.laneHeaders = false;
    nested.margin = 0;
    nested.contentGapLeft = 16;
    nested.contentGapRight = 16;
    nested.lanePadding = 14;
    nested.minLaneHeight = 0;
    nested.circleMinDiameter = 52; // start and end markers of a branch stay small

    const QSizeF t = measure(title(node), titleMax, TextRole::NodeTitle);
    const qreal titleLeft = pad + chevronSize + 6; // the chevron comes first
    r.title = QRectF(titleLeft, 10, t.width(), t.height());
    qreal y = r.title.bottom() + 10;
    qreal widest = t.width() + titleLeft - pad;
    const qreal cards = isMap(node) ? cardOffset * 2 : 0;
    const int shown = node.collapsed ? 0 : int(node.subMachines.size());
    for (int i = 0; i < shown; ++i) {
        auto layout = std::make_shared<DiagramLayout>(
            LayoutEngine::compute(node.subMachines[size_t(i)], measure, nested));
        const QSizeF c = measure(caption(node, i), titleMax, TextRole::EdgeLabel);
        const QRectF b = layout->bounds;
        SubLayout s;
        s.caption = QRectF(pad + 10, y + 5, c.width(), c.height());
        const qreal top = s.caption.bottom() + 4;
        s.offset = QPointF(pad + inner - b.left(), top - b.top());
        s.frame = QRectF(pad, y, std::max(b.width(), c.width()) + 2 * inner,
                         top - y + b.height() + inner);
        s.layout = std::move(layout);
        widest = std::max(widest, s.frame.width() + cards);
        y = s.frame.bottom() + cards + frameGap;
        r.children.push_back(std::move(s));
    }
    // Every sub-frame takes the widest one's width and the diagrams stay left-aligned, so the
    // branches' start markers line up in one column.
    for (SubLayout &s : r.children)
        s.frame.setWidth(widest - cards);
    const qreal bottom = r.children.empty() ? r.title.bottom() + 10 : y - frameGap;
    r.size = QSizeF(std::ceil(widest + 2 * pad), std::ceil(bottom + pad));
    return r;
}

} // namespace stepwise
