#pragma once

#include "layout/diagramlayout.h"
#include "layout/machinepath.h"

#include <QGraphicsItem>
#include <QHash>

namespace stepwise {

class Workflow;
class NodeItem;
class EdgeItem;

/// One nested machine inside a Parallel or Map container: the dashed sub-frame with its caption
/// (and, for a Map, the stacked cards that say "runs once per item"), and the nested nodes and
/// edges as child items. It sits at the nested layout's origin inside the container item, so
/// the nested geometry is used as computed. A new layout updates the nested items in place (by
/// id), so they keep their selection and run state; only ids that came or went gain or lose one.
class BranchItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    BranchItem(const Workflow &doc, const MachinePath &path, const SubLayout &layout,
               const QString &caption, bool map, QGraphicsItem *parent);

    const MachinePath &path() const { return m_path; }
    const SubLayout &layout() const { return m_layout; }
    void setLayout(const SubLayout &layout, const QString &caption, bool map);
    NodeItem *nodeItem(Id id) const { return m_nodes.value(id); }
    EdgeItem *edgeItem(Id id) const { return m_edges.value(id); }
    const QHash<Id, NodeItem *> &nodeItems() const { return m_nodes; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Workflow &m_doc;
    MachinePath m_path;
    SubLayout m_layout;
    QString m_caption;
    bool m_map;
    QHash<Id, NodeItem *> m_nodes; // child items, owned through the item tree
    QHash<Id, EdgeItem *> m_edges;
};

} // namespace stepwise
