#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>

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

namespace {

// What a text measures (or how it wraps) in the font of a role at a width. The layout measures
// every text on every edit and every paint wraps its text: an unchanged text in the same font
// gives the same answer, so answers are kept, per thread (headless renders measure too) and
// for as long as the application font stays the same.
struct TextKey
{
    QString text;
    qreal width;
    int role;
    bool operator==(const TextKey &o) const
    {
        return width == o.width && role == o.role && text == o.text;
    }
};

size_t qHash(const TextKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.text, k.width, k.role);
}

template <typename Value> class TextCache
{
public:
    const Value *find(const TextKey &key)
    {
        const QFont app = QGuiApplication::font();
        if (!(app == m_font)) { // another font measures differently
            m_font = app;
            m_known.clear();
        }
        const auto it = m_known.constFind(key);
        return it == m_known.constEnd() ? nullptr : &*it;
    }
    void insert(const TextKey &key, const Value &value)
    {
        if (m_known.size() > 100000)
            m_known.clear();
        m_known.insert(key, value);
    }

private:
    QFont m_font;
    QHash<TextKey, Value> m_known;
};

} // namespace

TextMeasure DiagramStyle::measure()
{
    return [](const QString &text, qreal maxWidth, TextRole role) -> QSizeF {
        if (text.isEmpty())
            return {0, 0};
        thread_local TextCache<QSizeF> known;
        const TextKey key{text, maxWidth, int(role)};
        if (const QSizeF *size = known.find(key))
            return *size;
        const QFont f = font(role);
        const QFontMetricsF fm(f);
        const QRectF r = fm.boundingRect(QRectF(0, 0, maxWidth, 1e6),
                                         Qt::AlignCenter | wrapFlags(f, text, maxWidth), text);
        // Rounded up with a pixel to spare: drawing in a box of exactly this width must wrap
        // the same way, or a last word would move to a line that was not measured.
        const QSizeF size(std::ceil(r.width()) + 2, std::ceil(r.height()) + 1);
        known.insert(key, size);
        return size;
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
    thread_local TextCache<int> wraps;
    const TextKey key{text, rect.width(), int(role)};
    const int *known = wraps.find(key);
    const int wrap = known ? *known : wrapFlags(f, text, rect.width());
    if (!known)
        wraps.insert(key, wrap);
    painter->drawText(rect, int(alignment) | wrap, text);
}

namespace {

// One colour per role; the light table is the original design, the dark one keeps its hues
// with the lightness inverted so that states stay recognisable across themes.
struct Colours
{
    QColor background, lane, laneAlt, header, headerAlt, laneBorder, laneTitle, text, muted;
    QColor fillRect, fillCircle, fillDiamond, fillTaskbox;
    QColor borderRect, borderCircle, borderDiamond, borderTaskbox;
    QColor failFill, failBorder, start, mapFill, parallelFill, mapBorder, parallelBorder, badge;
    QColor edge, loop, labelFill, labelBorder, loopLabelFill, branchFill;
};

const Colours &lightColours()
{
    static const Colours c{
        {0xF4, 0xF6, 0xF9}, {0xFF, 0xFF, 0xFF}, {0xF5, 0xF7, 0xFB}, {0xEC, 0xF0, 0xF6},
        {0xE6, 0xEB, 0xF3}, {0xD9, 0xDF, 0xE8}, {0x2B, 0x36, 0x4A}, {0x1E, 0x29, 0x3B},
        {0x55, 0x61, 0x75}, {0xF7, 0xFA, 0xFF}, {0xE9, 0xF7, 0xEF}, {0xFF, 0xF5, 0xE1},
        {0xFF, 0xFF, 0xFF}, {0x4A, 0x78, 0xC2}, {0x2F, 0x9E, 0x6A}, {0xD9, 0x8E, 0x1C},
        {0x7B, 0x61, 0xD1}, {0xFD, 0xEC, 0xEC}, {0xD0, 0x45, 0x45}, {0x2F, 0x4B, 0x7C},
        {0xF2, 0xF8, 0xF6}, {0xF3, 0xF4, 0xFC}, {0x5A, 0x9E, 0x8C}, {0x6E, 0x78, 0xC8},
        {0x7B, 0x61, 0xD1}, {0x6A, 0x77, 0x8C}, {0x8E, 0x5C, 0xC8}, {0xFF, 0xFF, 0xFF},
        {0xD5, 0xDB, 0xE5}, {0xF6, 0xF0, 0xFD}, {0xFF, 0xFF, 0xFF}};
    return c;
}

const Colours &darkColours()
{
    static const Colours c{
        {0x16, 0x19, 0x1F}, {0x1E, 0x22, 0x2A}, {0x23, 0x28, 0x31}, {0x2A, 0x30, 0x3B},
        {0x2F, 0x36, 0x42}, {0x3A, 0x42, 0x50}, {0xD5, 0xDD, 0xEA}, {0xE6, 0xEB, 0xF2},
        {0xA4, 0xAE, 0xBE}, {0x22, 0x2E, 0x42}, {0x1C, 0x33, 0x29}, {0x3A, 0x30, 0x1A},
        {0x26, 0x2A, 0x33}, {0x6E, 0x9B, 0xE6}, {0x4F, 0xC2, 0x8A}, {0xF0, 0xA8, 0x3A},
        {0xA0, 0x8A, 0xF0}, {0x42, 0x22, 0x24}, {0xF0, 0x6A, 0x6A}, {0x3E, 0x63, 0xA8},
        {0x1E, 0x2E, 0x2A}, {0x24, 0x26, 0x3A}, {0x6F, 0xBF, 0xA9}, {0x8E, 0x98, 0xE8},
        {0xA0, 0x8A, 0xF0}, {0x93, 0x9F, 0xB3}, {0xB3, 0x8A, 0xE8}, {0x26, 0x2B, 0x35},
        {0x45, 0x4D, 0x5C}, {0x2E, 0x26, 0x3D}, {0x1B, 0x1F, 0x26}};
    return c;
}

bool s_dark = false;
int s_generation = 0;

const Colours &colours()
{
    return s_dark ? darkColours() : lightColours();
}

} // namespace

void DiagramStyle::setPalette(const QPalette &palette)
{
    // A window darker than mid-grey means the user (or the system) asked for a dark look.
    s_dark = palette.color(QPalette::Window).lightness() < 128;
    ++s_generation;
}

int DiagramStyle::generation()
{
    return s_generation;
}

bool DiagramStyle::isDark()
{
    return s_dark;
}

QColor DiagramStyle::background()
{
    return colours().background;
}

QColor DiagramStyle::laneFill(bool alternate)
{
    return alternate ? colours().laneAlt : colours().lane;
}

QColor DiagramStyle::headerFill(bool alternate)
{
    return alternate ? colours().headerAlt : colours().header;
}

QColor DiagramStyle::laneBorder()
{
    return colours().laneBorder;
}
QColor DiagramStyle::laneTitle()
{
    return colours().laneTitle;
}
QColor DiagramStyle::text()
{
    return colours().text;
}
QColor DiagramStyle::mutedText()
{
    return colours().muted;
}

QColor DiagramStyle::nodeFill(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return colours().fillCircle;
    case Shape::Diamond:
        return colours().fillDiamond;
    case Shape::Taskbox:
        return colours().fillTaskbox;
    case Shape::Rectangle:
        break;
    }
    return colours().fillRect;
}

QColor DiagramStyle::nodeBorder(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return colours().borderCircle;
    case Shape::Diamond:
        return colours().borderDiamond;
    case Shape::Taskbox:
        return colours().borderTaskbox;
    case Shape::Rectangle:
        break;
    }
    return colours().borderRect;
}

QColor DiagramStyle::failFill()
{
    return colours().failFill;
}
QColor DiagramStyle::failBorder()
{
    return colours().failBorder;
}
QColor DiagramStyle::startFill()
{
    return colours().start;
}
QColor DiagramStyle::containerFill(bool map)
{
    return map ? colours().mapFill : colours().parallelFill;
}
QColor DiagramStyle::containerBorder(bool map)
{
    return map ? colours().mapBorder : colours().parallelBorder;
}
QColor DiagramStyle::badge()
{
    return colours().badge;
}

QColor DiagramStyle::edge()
{
    return colours().edge;
}
QColor DiagramStyle::loop()
{
    return colours().loop;
}
QColor DiagramStyle::labelFill()
{
    return colours().labelFill;
}
QColor DiagramStyle::labelBorder()
{
    return colours().labelBorder;
}

QColor DiagramStyle::loopLabelFill()
{
    return colours().loopLabelFill;
}
QColor DiagramStyle::branchFill()
{
    return colours().branchFill;
}

QColor DiagramStyle::shadow(bool near)
{
    // Dark bands need a deeper shadow to show at all.
    if (s_dark)
        return QColor(0, 0, 0, near ? 60 : 80);
    return QColor(20, 30, 50, near ? 10 : 14);
}
QColor DiagramStyle::guide()
{
    return s_dark ? QColor(0xF0, 0x7A, 0xB8) : QColor(0xE0, 0x4F, 0x9A);
}
QColor DiagramStyle::catchEdge()
{
    return s_dark ? QColor(0xF0, 0x7A, 0x6A) : QColor(0xC2, 0x4A, 0x3A);
}
QColor DiagramStyle::defaultEdge()
{
    return colours().muted;
}
QColor DiagramStyle::errorMarker()
{
    return s_dark ? QColor(0xF0, 0x5A, 0x5A) : QColor(0xD0, 0x30, 0x30);
}
QColor DiagramStyle::warningMarker()
{
    return s_dark ? QColor(0xF0, 0xB0, 0x40) : QColor(0xD9, 0x8A, 0x10);
}

QColor DiagramStyle::runStateColor(RunState state)
{
    return stepwise::runStateColor(state, isDark()); // one table, shared with the run legend
}

} // namespace stepwise
