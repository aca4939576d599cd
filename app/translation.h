#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace stepwise {

/// The user interface language: Stepwise's own translation, compiled from translations/*.ts and
/// embedded as ":/i18n/stepwise_<language>.qm", and Qt's (standard dialog buttons) when the
/// system has it. English is the source language and needs no translator.
class Translation
{
public:
    /// Makes every application object created from now on install the translation for the
    /// user's UI languages, so the window and the command-line commands speak the same language.
    static void installAtStartup();

    /// Installs on the application the translation for the first of languages that is English
    /// or has a translation ("zh_CN", "zh-Hans-CN", "zh" pick Simplified Chinese), after removing
    /// any installed before. Returns its name ("zh_CN"), or an empty string for English.
    static QString install(const QStringList &languages = QLocale::system().uiLanguages());

    /// The language names Stepwise has a translation for, such as "zh_CN".
    static QStringList available();

    /// Which of available() the user's languages ask for, in the same way as install().
    static QString choose(const QStringList &languages);

    /// The embedded translation file of a language from available().
    static QString resource(const QString &language);
};

} // namespace stepwise
