#pragma once

#include "diagnostic.h"

#include <QGraphicsItem>

namespace stepwise {

/// The marker on a state that has problems: a small red (error) or amber (warning) disc with an
/// exclamation mark at the state's top-right corner, whose tooltip lists the problems. A child
/// of the state's item, so it moves with it.
class ProblemBadge : public QGraphicsItem
{
public:
    enum { Type = UserType + 20 };

    ProblemBadge(Diagnostic::Severity severity, const QString &tooltip, QGraphicsItem *parent);

    Diagnostic::Severity severity() const { return m_severity; }
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Diagnostic::Severity m_severity;
};

} // namespace stepwise
