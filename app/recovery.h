#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;
class QMainWindow;
class QTimer;

namespace stepwise {

class MainWindow;
struct WorkflowData;

/// Keeps a window's unsaved work in a recovery file, so that a crash or a kill loses at most
/// the last couple of seconds. Attached to a window, it autosaves a few seconds after each edit
/// (as a .stepwise project, written atomically) while the window has unsaved changes, removes
/// the file when the work is saved or the window closes normally, and holds a lock file while
/// the window lives. A recovery file whose lock is stale was left by a session that did not end:
/// the next start offers it back.
/// The folder is the setting `recovery/folder`, else AppDataLocation/recovery.
class Recovery : public QObject
{
    Q_OBJECT
public:
    struct Leftover
    {
        QString file;     // the recovery project
        QString original; // the file the work belonged to; empty when untitled
        QDateTime savedAt;
    };
    /// Answers the offer; the default asks with a message box. Tests install their own.
    using AskHook = std::function<bool(const Leftover &)>;

    /// Gives `window` its recovery, and offers leftovers of a dead session once it is shown.
    static Recovery *attach(MainWindow *window);

    static QString folder();
    /// Recovery files of sessions that did not end, newest first (live windows' are skipped).
    static QList<Leftover> leftovers();
    static void setAskHook(AskHook hook);

    /// Writes the recovery file now; false (and the reason) when it cannot be written.
    bool saveNow(QString *error = nullptr);
    /// Removes this window's recovery file (the work is saved or thrown away).
    void clear();
    QString file() const { return m_base + QStringLiteral(".stepwise"); }
    /// Offers each leftover to the window: accepted work is loaded into it, unsaved.
    int offerLeftovers();

    static constexpr int autosaveDelayMs = 3000;

private:
    explicit Recovery(MainWindow *window);
    ~Recovery() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void scheduleSave();
    static void removeLeftover(const Leftover &leftover);

    MainWindow *m_window;
    QTimer *m_timer;
    QString m_base; // folder/recovery-<uuid>, without extension
    std::unique_ptr<QLockFile> m_lock;
    bool m_offered = false;
};

} // namespace stepwise
