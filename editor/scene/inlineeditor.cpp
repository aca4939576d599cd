#include "inlineeditor.h"

#include "diagramstyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace stepwise {

InlineEditor::InlineEditor(const QString &text, const QRectF &over)
{
    setPlainText(text);
    setFont(DiagramStyle::font(TextRole::NodeLabel));
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(100);
    setTextWidth(std::max<qreal>(over.width(), 120));
    document()->setDefaultTextOption(QTextOption(Qt::AlignCenter));
    const QRectF r = boundingRect();
    setPos(over.center().x() - r.width() / 2, over.center().y() - r.height() / 2);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all);
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        m_done = true;
        emit finished(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        m_done = true;
        emit finished(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    if (!m_done) {
        m_done = true;
        emit finished(true);
    }
}

void InlineEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->setPen(QPen(DiagramStyle::nodeBorder(Shape::Rectangle), 1.5));
    painter->setBrush(DiagramStyle::labelFill());
    painter->drawRoundedRect(boundingRect(), 4, 4);
    QGraphicsTextItem::paint(painter, option, widget);
}

} // namespace stepwise
