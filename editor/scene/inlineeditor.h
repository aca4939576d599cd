#pragma once

#include <QGraphicsTextItem>

namespace stepwise {

/// The in-place text editor of the canvas (a state's name, an edge label, a lane title): a
/// plain-text item over what it edits, with everything selected. Enter commits, Esc cancels,
/// and clicking elsewhere commits.
class InlineEditor : public QGraphicsTextItem
{
    Q_OBJECT
public:
    InlineEditor(const QString &text, const QRectF &over);

signals:
    void finished(bool commit);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    bool m_done = false;
};

} // namespace stepwise
