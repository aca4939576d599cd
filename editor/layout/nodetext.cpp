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
    if (isCallback(node))
        lines << tr("waits for callback");
    return lines.join(QLatin1Char('\n'));
}

bool NodeText::isCallback(const Node &node)
{
    if (node.asl.type != QLatin1String("Task") || !node.asl.fields.is_object())
        return false;
    const auto it = node.asl.fields.find("Resource");
    return it != node.asl.fields.end() && it->is_string() &&
           QString::fromStdString(it->get<std::string>())
               .endsWith(QLatin1String(".waitForTaskToken"));
}

} // namespace stepwise
