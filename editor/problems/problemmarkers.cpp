#include "problemmarkers.h"

#include "problemspanel.h"
#include "scene/diagramscene.h"
#include "scene/nodeitem.h"
#include "scene/problembadge.h"

namespace stepwise {

ProblemMarkers::ProblemMarkers(ProblemsPanel *problems, DiagramScene *scene, QObject *parent)
    : QObject(parent), m_problems(problems), m_scene(scene)
{
    connect(problems, &ProblemsPanel::problemsChanged, this, &ProblemMarkers::refresh);
    // Items the scene made again (a state re-added by undo) need their marker again.
    connect(scene, &DiagramScene::synced, this, &ProblemMarkers::refresh);
    refresh();
}

void ProblemMarkers::refresh()
{
    if (!m_problems || !m_scene)
        return;
    const auto &severities = m_problems->severities();
    m_count = 0;
    if (severities.isEmpty() && !m_any)
        return; // nothing shown, nothing to show: no walk over a large diagram
    for (QGraphicsItem *item : m_scene->items()) {
        auto *node = qgraphicsitem_cast<NodeItem *>(item);
        if (!node)
            continue;
        ProblemBadge *badge = nullptr;
        for (QGraphicsItem *child : node->childItems())
            if (child->type() == ProblemBadge::Type)
                badge = static_cast<ProblemBadge *>(child);
        const auto it = severities.constFind(node->id());
        if (it == severities.constEnd()) {
            delete badge;
            continue;
        }
        QStringList lines;
        for (const Problem &p : m_problems->problemsOf(node->id()))
            lines << (p.diagnostic.code.isEmpty()
                          ? p.diagnostic.message
                          : QStringLiteral("%1: %2").arg(p.diagnostic.code, p.diagnostic.message));
        const QString tip = lines.join(QLatin1Char('\n'));
        if (!badge || badge->severity() != *it || badge->toolTip() != tip) {
            delete badge;
            badge = new ProblemBadge(*it, tip, node);
        }
        badge->setPos(node->boundingRect().topRight() + QPointF(-6, 6));
        ++m_count;
    }
    m_any = m_count > 0;
}

} // namespace stepwise
