#pragma once

#include <QStringList>

namespace stepwise {

/// The Open Recent list, kept in QSettings: newest first, at most ten, no duplicates, absolute
/// paths. Files that vanished from disk are pruned when the list is shown or used.
class RecentFiles
{
public:
    static constexpr int maxCount = 10;

    explicit RecentFiles(QString settingsKey = QStringLiteral("recentFiles"));

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// Removes the entries whose file no longer exists and returns them.
    QStringList pruneMissing();

private:
    void store(const QStringList &files);

    QString m_key;
};

} // namespace stepwise
