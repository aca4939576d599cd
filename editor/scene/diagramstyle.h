#pragma once

#include "layout/diagramlayout.h"
#include "runstate.h"

#include <QColor>
#include <QFont>

namespace stepwise {

/// Fonts and colours of the diagram, and the text measure the layout uses with those fonts.
/// Fonts derive from the application font (no family is named), so fontconfig can fall back to
/// a CJK face for Chinese labels.
class DiagramStyle
{
public:
    static QFont font(TextRole role);
    /// Flags used both to measure and to draw wrapped text, so the two always agree.
    static int textFlags();
    static TextMeasure measure();

    static QColor background();
    static QColor laneFill(bool alternate);
    static QColor headerFill(bool alternate);
    static QColor laneBorder();
    static QColor laneTitle();
    static QColor text();
    static QColor mutedText();
    static QColor nodeFill(Shape shape);
    static QColor nodeBorder(Shape shape);
    static QColor edge();
    static QColor loop();
    static QColor labelFill();
    static QColor labelBorder();
    static QColor runStateColor(RunState state);
};

} // namespace stepwise
