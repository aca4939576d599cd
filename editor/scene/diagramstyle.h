#pragma once

#include "layout/diagramlayout.h"
#include "runstate.h"

#include <QColor>
#include <QFont>

class QPainter;
class QPalette;

namespace stepwise {

/// Fonts and colours of the diagram, and the text measure the layout uses with those fonts.
/// Fonts derive from the application font (no family is named), so fontconfig can fall back to
/// a CJK face for Chinese labels. Colours follow a palette: a dark window palette gives the dark
/// table (dark lane bands, light text), anything else the light one.
class DiagramStyle
{
public:
    /// Chooses the colour table from `palette` (the application's, or a theme's for export).
    static void setPalette(const QPalette &palette);
    static bool isDark();
    /// Counts setPalette calls: whoever keeps pictures of items (the scene's item caches)
    /// knows when they are out of date.
    static int generation();

    static QFont font(TextRole role);
    static TextMeasure measure();
    /// Wrap flags for `text` in a box `width` wide: at word boundaries, or anywhere when a single
    /// word (an identifier such as States.TaskFailed) is wider than the box.
    static int wrapFlags(const QFont &font, const QString &text, qreal width);
    /// Draws wrapped text the way measure() sized it.
    static void drawText(QPainter *painter, const QRectF &rect, TextRole role, const QString &text,
                         Qt::Alignment alignment = Qt::AlignCenter);

    static QColor background();
    static QColor laneFill(bool alternate);
    static QColor headerFill(bool alternate);
    static QColor laneBorder();
    static QColor laneTitle();
    static QColor text();
    static QColor mutedText();
    static QColor nodeFill(Shape shape);
    static QColor nodeBorder(Shape shape);
    /// ASL accents: a Fail end is red where Succeed/End are green, the start marker is solid,
    /// Parallel/Map containers get a faint tint, callback tasks an envelope badge.
    static QColor failFill();
    static QColor failBorder();
    static QColor startFill();
    static QColor containerFill(bool map);
    static QColor containerBorder(bool map);
    static QColor badge();
    static QColor edge();
    static QColor loop();
    static QColor labelFill();
    static QColor labelBorder();
    /// The pill behind a loop's condition, and the inside of a Parallel branch or Map processor.
    static QColor loopLabelFill();
    static QColor branchFill();
    static QColor runStateColor(RunState state);
    /// The soft shadow under a node (two steps: far, near).
    static QColor shadow(bool near);
    /// Alignment guides while dragging.
    static QColor guide();
    /// Edges by ASL meaning: a Catch is drawn in the failure colour, a Choice's Default dashed
    /// in the muted edge colour.
    static QColor catchEdge();
    static QColor defaultEdge();
    /// Problem markers on states.
    static QColor errorMarker();
    static QColor warningMarker();
};

} // namespace stepwise
