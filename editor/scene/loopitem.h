#pragma once

#include "layout/diagramlayout.h"

#include <QGraphicsItem>

namespace stepwise {

class Workflow;

/// A loop as a dashed return path from its last node back to its first, with the condition
/// on a plate on the way back.
class LoopItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    LoopItem(const Workflow &doc, Id id);

    Id id() const { return m_id; }
    void setGeometry(const LoopGeometry &geometry);
    const LoopGeometry &geometry() const { return m_geometry; }
    QString condition() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const Workflow &m_doc;
    Id m_id;
    LoopGeometry m_geometry;
};

} // namespace stepwise
