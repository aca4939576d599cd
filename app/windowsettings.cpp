#include "windowsettings.h"

#include <QSettings>

namespace stepwise {

namespace {
QString key(const char *name)
{
    return QStringLiteral("window/") + QLatin1String(name);
}
} // namespace

WindowSettings WindowSettings::load()
{
    const QSettings s;
    WindowSettings w;
    w.geometry = s.value(key("geometry")).toByteArray();
    if (s.value(key("layoutVersion")).toInt() == layoutVersion)
        w.layout = s.value(key("layout")).toByteArray();
    w.zoom = s.value(key("zoom"), 0.0).toReal();
    // A hand-edited or foreign value falls back to the default rather than failing.
    w.theme = Theme::fromName(s.value(key("theme")).toString()).value_or(Theme::Choice::System);
    w.miniMap = s.value(key("miniMap"), true).toBool();
    return w;
}

void WindowSettings::save() const
{
    QSettings s;
    s.setValue(key("geometry"), geometry);
    s.setValue(key("layout"), layout);
    s.setValue(key("layoutVersion"), layoutVersion);
    s.setValue(key("zoom"), zoom);
    s.setValue(key("theme"), Theme::name(theme));
    s.setValue(key("miniMap"), miniMap);
}

} // namespace stepwise
