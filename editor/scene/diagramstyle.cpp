#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <cmath>

namespace stepwise {

QFont DiagramStyle::font(TextRole role)
{
    QFont f = QGuiApplication::font();
    f.setStyleStrategy(QFont::PreferAntialias);
    switch (role) {
    case TextRole::NodeLabel:
        f.setPointSizeF(10);
        break;
    case TextRole::NodeTitle:
        f.setPointSizeF(10);
        f.setWeight(QFont::DemiBold);
        break;
    case TextRole::NodeDetail:
        f.setPointSizeF(9);
        break;
    case TextRole::EdgeLabel:
        f.setPointSizeF(9);
        break;
    case TextRole::LaneTitle:
        f.setPointSizeF(10.5);
        f.setWeight(QFont::DemiBold);
        break;
    case TextRole::LoopLabel:
        f.setPointSizeF(9);
        f.setItalic(true);
        break;
    }
    return f;
}

TextMeasure DiagramStyle::measure()
{
    return [](const QString &text, qreal maxWidth, TextRole role) -> QSizeF {
        if (text.isEmpty())
            return {0, 0};
        const QFont f = font(role);
        const QFontMetricsF fm(f);
        const QRectF r = fm.boundingRect(QRectF(0, 0, maxWidth, 1e6),
                                         Qt::AlignCenter | wrapFlags(f, text, maxWidth), text);
        // Rounded up with a pixel to spare: drawing in a box of exactly this width must wrap
        // the same way, or a last word would move to a line that was not measured.
        return {std::ceil(r.width()) + 2, std::ceil(r.height()) + 1};
    };
}

int DiagramStyle::wrapFlags(const QFont &font, const QString &text, qreal width)
{
    const QFontMetricsF fm(font);
    const QRectF words = fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
    return words.width() > width + 0.5 ? int(Qt::TextWrapAnywhere) : int(Qt::TextWordWrap);
}

void DiagramStyle::drawText(QPainter *painter, const QRectF &rect, TextRole role,
                            const QString &text, Qt::Alignment alignment)
{
    const QFont f = font(role);
    painter->setFont(f);
    painter->drawText(rect, int(alignment) | wrapFlags(f, text, rect.width()), text);
}

QColor DiagramStyle::background()
{
    return QColor(0xF4, 0xF6, 0xF9);
}

QColor DiagramStyle::laneFill(bool alternate)
{
    return alternate ? QColor(0xF5, 0xF7, 0xFB) : QColor(0xFF, 0xFF, 0xFF);
}

QColor DiagramStyle::headerFill(bool alternate)
{
    return alternate ? QColor(0xE6, 0xEB, 0xF3) : QColor(0xEC, 0xF0, 0xF6);
}

QColor DiagramStyle::laneBorder()
{
    return QColor(0xD9, 0xDF, 0xE8);
}
QColor DiagramStyle::laneTitle()
{
    return QColor(0x2B, 0x36, 0x4A);
}
QColor DiagramStyle::text()
{
    return QColor(0x1E, 0x29, 0x3B);
}
QColor DiagramStyle::mutedText()
{
    return QColor(0x55, 0x61, 0x75);
}

QColor DiagramStyle::nodeFill(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return QColor(0xE9, 0xF7, 0xEF);
    case Shape::Diamond:
        return QColor(0xFF, 0xF5, 0xE1);
    case Shape::Taskbox:
        return QColor(0xFF, 0xFF, 0xFF);
    case Shape::Rectangle:
        break;
    }
    return QColor(0xF7, 0xFA, 0xFF);
}

QColor DiagramStyle::nodeBorder(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return QColor(0x2F, 0x9E, 0x6A);
    case Shape::Diamond:
        return QColor(0xD9, 0x8E, 0x1C);
    case Shape::Taskbox:
        return QColor(0x7B, 0x61, 0xD1);
    case Shape::Rectangle:
        break;
    }
    return QColor(0x4A, 0x78, 0xC2);
}

QColor DiagramStyle::failFill()
{
    return QColor(0xFD, 0xEC, 0xEC);
}
QColor DiagramStyle::failBorder()
{
    return QColor(0xD0, 0x45, 0x45);
}
QColor DiagramStyle::startFill()
{
    return QColor(0x2F, 0x4B, 0x7C);
}
QColor DiagramStyle::containerFill(bool map)
{
    return map ? QColor(0xF2, 0xF8, 0xF6) : QColor(0xF3, 0xF4, 0xFC);
}
QColor DiagramStyle::containerBorder(bool map)
{
    return map ? QColor(0x5A, 0x9E, 0x8C) : QColor(0x6E, 0x78, 0xC8);
}
QColor DiagramStyle::badge()
{
    return QColor(0x7B, 0x61, 0xD1);
}

QColor DiagramStyle::edge()
{
    return QColor(0x6A, 0x77, 0x8C);
}
QColor DiagramStyle::loop()
{
    return QColor(0x8E, 0x5C, 0xC8);
}
QColor DiagramStyle::labelFill()
{
    return QColor(0xFF, 0xFF, 0xFF);
}
QColor DiagramStyle::labelBorder()
{
    return QColor(0xD5, 0xDB, 0xE5);
}

QColor DiagramStyle::runStateColor(RunState state)
{
    switch (state) {
    case RunState::Active:
        return QColor(0x1F, 0x7A, 0xEC);
    case RunState::Done:
        return QColor(0x23, 0x9B, 0x56);
    case RunState::Failed:
        return QColor(0xD6, 0x3B, 0x3B);
    case RunState::Waiting:
        return QColor(0xE0, 0x9A, 0x10);
    case RunState::Idle:
        break;
    }
    return {};
}

} // namespace stepwise
