#pragma once

#include "layout/diagramlayout.h"
#include "runstate.h"

#include <QGraphicsItem>

namespace stepwise {

class Workflow;

/// A node in its FlowZap shape. It keeps its id, the geometry the layout gave it and a run
/// state; label, shape and taskbox fields are read from the document when painting.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    NodeItem(const Workflow &doc, Id id);

    Id id() const { return m_id; }
    void setGeometry(const NodeGeometry &geometry);
    const NodeGeometry &geometry() const { return m_geometry; }
    /// Execution view hook: tints the node and its border by how far a run got with it.
    void setRunState(RunState state);
    RunState runState() const { return m_runState; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath outline(Shape shape, const QRectF &rect) const;
    QRectF localRect() const;

    const Workflow &m_doc;
    Id m_id;
    NodeGeometry m_geometry;
    RunState m_runState = RunState::Idle;
};

} // namespace stepwise
