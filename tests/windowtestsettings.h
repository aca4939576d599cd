#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// Window tests read and write settings (recent files, the recovery file, the theme). They must
// never touch the developer's own (a stale recent file there once opened a message box that
// waited for a click), nor another window test's running beside them under `ctest -j`: each
// process gets settings in a temporary folder of its own and Qt's test-mode standard paths.
// Call apply() from initTestCase().
class WindowTestSettings
{
public:
    bool apply(const char *testName)
    {
        if (!m_dir.isValid())
            return false;
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("StepwiseTests"));
        QCoreApplication::setApplicationName(QString::fromLatin1(testName));
        return true;
    }

private:
    QTemporaryDir m_dir;
};
