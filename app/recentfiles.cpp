#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace stepwise {

RecentFiles::RecentFiles(QString settingsKey) : m_key(std::move(settingsKey)) {}

QStringList RecentFiles::files() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    settings.setValue(m_key, files);
    settings.sync();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxCount)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    list.removeAll(path);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::pruneMissing()
{
    QStringList kept, gone;
    for (const QString &f : files())
        (QFileInfo::exists(f) ? kept : gone).append(f);
    if (!gone.isEmpty())
        store(kept);
    return gone;
}

} // namespace stepwise
