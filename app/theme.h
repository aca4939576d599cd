#pragma once

#include <QCoreApplication>
#include <QPalette>

namespace stepwise {

/// The look of the application: the system's palette, or a light or dark one chosen in
/// View > Theme. The diagram's colours follow whichever palette is in force.
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::Theme)
public:
    enum class Choice { System, Light, Dark };

    /// "system", "light", "dark" (as in settings and on the command line); nothing otherwise.
    static std::optional<Choice> fromName(const QString &name);
    static QString name(Choice choice);
    static QString displayName(Choice choice);

    /// The palette a choice stands for (System: the platform's, as it was at start-up).
    static QPalette palette(Choice choice);
    /// Sets the application palette (needs a QApplication) and the diagram's colours.
    static void apply(Choice choice);

private:
    static QPalette darkPalette();
    static QPalette lightPalette();
    static const QPalette &systemPalette();
};

} // namespace stepwise
