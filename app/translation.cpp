#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace stepwise {

namespace {

const QLatin1String prefix("stepwise_");
const QLatin1String suffix(".qm");
const QLatin1String directory(":/i18n");

// Tags our translators, so that a second install() replaces them instead of stacking up.
const char *const ownerProperty = "stepwiseTranslation";

void installForSystem()
{
    Translation::install();
}

void removeInstalled(QCoreApplication *app)
{
    const QList<QTranslator *> translators = app->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        if (t->property(ownerProperty).toBool()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
}

bool installFile(QCoreApplication *app, const QString &file, const QString &dir = {})
{
    auto *translator = new QTranslator(app);
    translator->setProperty(ownerProperty, true);
    if (translator->load(file, dir) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

void Translation::installAtStartup()
{
    // Runs in the constructor of the QCoreApplication or QApplication that main() makes (or at
    // once, if one exists already): before any command is parsed or any widget is built.
    qAddPreRoutine(installForSystem);
}

QStringList Translation::available()
{
    QStringList names;
    const QStringList files =
        QDir(directory).entryList({prefix + QLatin1Char('*') + suffix}, QDir::Files);
    for (const QString &file : files)
        names << file.mid(prefix.size(), file.size() - prefix.size() - suffix.size());
    return names;
}

QString Translation::choose(const QStringList &languages)
{
    const QStringList names = available();
    for (const QString &language : languages) {
        const QLocale wanted(language);
        // The source language comes first if the user puts it first ("C" is English too).
        if (wanted.language() == QLocale::English || wanted.language() == QLocale::C)
            return {};
        for (const QString &name : names) {
            const QLocale have(name);
            // Same language and script: "zh", "zh-CN", "zh-Hans-SG" take zh_CN; "zh-TW"
            // (Traditional) does not.
            if (have.language() == wanted.language() && have.script() == wanted.script())
                return name;
        }
    }
    return {};
}

QString Translation::resource(const QString &language)
{
    return directory + QLatin1Char('/') + prefix + language + suffix;
}

QString Translation::install(const QStringList &languages)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return {};
    removeInstalled(app);
    const QString language = choose(languages);
    if (language.isEmpty() || !installFile(app, resource(language)))
        return {};
    // Qt's own strings (standard buttons, file dialogs) come with Qt's translations, if installed.
    installFile(app, QStringLiteral("qtbase_") + language,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return language;
}

} // namespace stepwise
