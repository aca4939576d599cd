#pragma once

#include "layout/diagramlayout.h"
#include "layout/machinepath.h"

#include <QGraphicsItem>

namespace stepwise {

class Workflow;

/// One nested machine inside a Parallel or Map container: the dashed sub-frame with its caption
/// (and, for a Map, the stacked cards that say "runs once per item"), and the nested nodes and
/// edges as child items. It sits at the nested layout's origin inside the container item, so
/// the nested geometry is used as computed, and it is rebuilt whenever the layout changes.
class BranchItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };

    BranchItem(const Workflow &doc, const MachinePath &path, const SubLayout &layout,
               const QString &caption, bool map, QGraphicsItem *parent);

    const MachinePath &path() const { return m_path; }
    const SubLayout &layout() const { return m_layout; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MachinePath m_path;
    SubLayout m_layout;
    QString m_caption;
    bool m_map;
};

} // namespace stepwise
