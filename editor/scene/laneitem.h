#pragma once

#include "layout/diagramlayout.h"

#include <QGraphicsItem>

namespace stepwise {

class Workflow;

/// A lane drawn as a full-width band with its title in the header column. It keeps only its
/// id and geometry; the title is read from the document when painting.
class LaneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    LaneItem(const Workflow &doc, Id id);

    Id id() const { return m_id; }
    void setGeometry(const LaneGeometry &geometry);
    const LaneGeometry &geometry() const { return m_geometry; }
    QString title() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    /// Only the header picks the lane (a click, a rubber band): the band is the states' ground.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Workflow &m_doc;
    Id m_id;
    LaneGeometry m_geometry;
};

} // namespace stepwise
