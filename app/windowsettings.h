#pragma once

#include "theme.h"

#include <QByteArray>

namespace stepwise {

/// What the window remembers between sessions (QSettings group "window"): its geometry, the
/// dock layout, the last zoom, the theme and whether the minimap shows.
struct WindowSettings
{
    /// Bumped when the docks change, so an old saved layout is not applied to new docks.
    static constexpr int layoutVersion = 1;

    QByteArray geometry;
    QByteArray layout;
    qreal zoom = 0; // 0: never saved
    Theme::Choice theme = Theme::Choice::System;
    bool miniMap = true;

    static WindowSettings load();
    void save() const;
};

} // namespace stepwise
