#include "nodetext.h"

#include <QStringList>

namespace stepwise {

QString NodeText::title(const Node &node)
{
    if (node.shape != Shape::Taskbox)
        return node.label;
    // Without a label the description is what the task is, so it heads the card.
    if (!node.hasLabel || node.label.isEmpty())
        return node.description;
    return node.label.section(QLatin1Char('|'), 0, 0).trimmed();
}

QString NodeText::detail(const Node &node)
{
    if (node.shape != Shape::Taskbox)
        return {};
    QStringList lines;
    if (node.hasLabel && node.label.contains(QLatin1Char('|'))) {
        const QStringList parts = node.label.split(QLatin1Char('|'));
        for (int i = 1; i < parts.size(); ++i)
            lines << QStringLiteral("\u2022 ") + parts[i].trimmed();
    }
    if (!node.owner.isEmpty())
        lines << tr("Owner: %1").arg(node.owner);
    if (!node.description.isEmpty() && node.hasLabel && !node.label.isEmpty())
        lines << node.description;
    if (!node.system.isEmpty())
        lines << tr("System: %1").arg(node.system);
    return lines.join(QLatin1Char('\n'));
}

} // namespace stepwise
