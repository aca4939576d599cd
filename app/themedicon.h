#pragma once

#include <QColor>
#include <QIcon>

namespace stepwise {

/// The toolbar icons are one-colour SVGs drawn in a fixed ink; this draws them in the ink of
/// the current palette, so they stay visible on a dark tool bar.
class ThemedIcon
{
public:
    /// `name` is a file under :/icons/ without ".svg".
    static QIcon make(const QString &name, const QColor &ink);
};

} // namespace stepwise
