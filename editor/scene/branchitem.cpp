#include "branchitem.h"

#include "diagramstyle.h"
#include "edgeitem.h"
#include "layout/containerlayout.h"
#include "nodeitem.h"

#include <QPainter>

#include <algorithm>

namespace stepwise {

BranchItem::BranchItem(const Workflow &doc, const MachinePath &path, const SubLayout &layout,
                       const QString &caption, bool map, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_doc(doc), m_path(path), m_map(map)
{
    setLayout(layout, caption, map);
}

namespace {

template <typename Item, typename Geometry>
void syncChildren(const Workflow &doc, const MachinePath &path, QGraphicsItem *parent,
                  QHash<Id, Item *> &items, const QHash<Id, Geometry> *geometries)
{
    for (auto it = items.begin(); it != items.end();) {
        if (!geometries || !geometries->contains(it.key())) {
            delete it.value();
            it = items.erase(it);
        } else {
            ++it;
        }
    }
    if (!geometries)
        return;
    // In id order: siblings of equal z paint in the order they were added, and a hash's order
    // changes from one process to the next (which edge crossed which label did too).
    QList<Id> ids = geometries->keys();
    std::sort(ids.begin(), ids.end());
    for (const Id id : ids) {
        Item *item = items.value(id);
        if (!item) {
            item = new Item(doc, id, path);
            item->setParentItem(parent);
            items.insert(id, item);
        }
        item->setGeometry(geometries->value(id));
    }
}

} // namespace

void BranchItem::setLayout(const SubLayout &layout, const QString &caption, bool map)
{
    prepareGeometryChange();
    m_layout = layout;
    m_caption = caption;
    m_map = map;
    setPos(layout.offset);
    // Lanes of a nested machine are not drawn: the sub-frame is its lane.
    const DiagramLayout *l = layout.layout.get();
    syncChildren(m_doc, m_path, this, m_edges, l ? &l->edges : nullptr);
    syncChildren(m_doc, m_path, this, m_nodes, l ? &l->nodes : nullptr);
    update();
}

QRectF BranchItem::boundingRect() const
{
    const qreal cards = m_map ? 2 * ContainerLayout::cardOffset : 0;
    return m_layout.frame.translated(-m_layout.offset).adjusted(-2, -2, cards + 2, cards + 2);
}

void BranchItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF frame = m_layout.frame.translated(-m_layout.offset);
    const QColor border = DiagramStyle::containerBorder(m_map);
    if (m_map) {
        // Two cards peeking out behind the frame: the processor runs once per item.
        for (int i = 2; i >= 1; --i) {
            const qreal d = i * ContainerLayout::cardOffset;
            QColor c = border;
            c.setAlpha(90);
            painter->setPen(QPen(c, 1));
            painter->setBrush(DiagramStyle::branchFill());
            painter->drawRoundedRect(frame.translated(d, d), 8, 8);
        }
    }
    QPen pen(border, 1.2, m_map ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(DiagramStyle::branchFill());
    painter->drawRoundedRect(frame, 8, 8);
    painter->setPen(DiagramStyle::isDark() ? border.lighter(130) : border.darker(130));
    DiagramStyle::drawText(painter, m_layout.caption.translated(-m_layout.offset),
                           TextRole::EdgeLabel, m_caption, Qt::AlignLeft | Qt::AlignTop);
}

} // namespace stepwise
