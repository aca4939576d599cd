#pragma once

#include "diagramlayout.h"

#include <QCoreApplication>

namespace stepwise {

/// Geometry of a Parallel or Map state drawn as a container: a title strip on top and one
/// dashed sub-frame per nested machine below it (Parallel branches stacked, each a full
/// diagram; the Map processor once, as a small stack of cards since it runs per item). Each
/// nested machine is laid out by LayoutEngine itself, so containers nest to any depth and the
/// whole layout stays a pure function of the document.
class ContainerLayout
{
    Q_DECLARE_TR_FUNCTIONS(ContainerLayout)
public:
    struct Result
    {
        QSizeF size;
        QRectF title; // relative to the container's top-left
        std::vector<SubLayout> children;
    };

    static bool isContainer(const Node &node);
    static bool isMap(const Node &node);
    /// "Parallel: Name" / "Map: Name".
    static QString title(const Node &node);
    /// A collapsed container's count: "3 branches" (Parallel), "5 states" (Map processor).
    static QString summary(const Node &node);
    /// The collapse/expand chevron in the header, relative to the container's top-left.
    static QRectF chevron();
    /// "Branch 2" for a Parallel branch, "for each item" for a Map processor.
    static QString caption(const Node &node, int index);
    static Result compute(const Node &node, const TextMeasure &measure,
                          const LayoutMetrics &metrics);

    /// Room the card stack of a Map processor takes right of and under its frame.
    static constexpr qreal cardOffset = 5;
    static constexpr qreal chevronSize = 12;
};

} // namespace stepwise
