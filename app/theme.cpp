#include "theme.h"

#include "scene/diagramstyle.h"

#include <QApplication>
#include <QStyle>

namespace stepwise {

std::optional<Theme::Choice> Theme::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("system"))
        return Choice::System;
    if (n == QLatin1String("light"))
        return Choice::Light;
    if (n == QLatin1String("dark"))
        return Choice::Dark;
    return std::nullopt;
}

QString Theme::name(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return tr("&Light");
    case Choice::Dark:
        return tr("&Dark");
    case Choice::System:
        break;
    }
    return tr("&System");
}

const QPalette &Theme::systemPalette()
{
    // Captured before the first override, so going back to System restores what the platform
    // gave; until the user picks Light or Dark the application palette is never set at all.
    static const QPalette system = QGuiApplication::palette();
    return system;
}

QPalette Theme::lightPalette()
{
    const QPalette &system = systemPalette();
    if (system.color(QPalette::Window).lightness() >= 128)
        return system;
    if (QApplication::style())
        return QApplication::style()->standardPalette();
    return QPalette(QColor(0xEF, 0xF0, 0xF1));
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2B, 0x2F, 0x36), base(0x1F, 0x23, 0x29), text(0xE6, 0xE9, 0xEF);
    const QColor button(0x33, 0x38, 0x41), highlight(0x3D, 0x7B, 0xE0), muted(0x8A, 0x93, 0xA2);
    QPalette p(window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2A, 0x31));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Light, QColor(0x45, 0x4B, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x3A, 0x40, 0x4A));
    p.setColor(QPalette::Mid, QColor(0x4A, 0x50, 0x5C));
    p.setColor(QPalette::Dark, QColor(0x1A, 0x1D, 0x22));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x12, 0x15));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x38, 0x3D, 0x47));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Link, QColor(0x7A, 0xB0, 0xFF));
    p.setColor(QPalette::LinkVisited, QColor(0xB3, 0x8A, 0xE8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}

QPalette Theme::palette(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return lightPalette();
    case Choice::Dark:
        return darkPalette();
    case Choice::System:
        break;
    }
    return systemPalette();
}

void Theme::apply(Choice choice)
{
    const QPalette p = palette(choice);
    // Setting the platform's own palette back would pin it: the application would stop
    // following the desktop when it switches between light and dark.
    const bool pinned = !(QGuiApplication::palette() == systemPalette());
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) &&
        (choice != Choice::System || pinned))
        QApplication::setPalette(p);
    DiagramStyle::setPalette(p);
}

} // namespace stepwise
