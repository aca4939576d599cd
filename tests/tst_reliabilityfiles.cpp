// Nothing lost: opening a broken file leaves the open document untouched; a failed save (a full
// disk, the file replaced by a folder, a read-only folder) keeps the old file and the unsaved
// work; the window autosaves to a recovery file and, after a kill, the next window offers the
// work back. Safe files: opening never writes anything but the recovery.

#include "documentio.h"
#include "mainwindow.h"
#include "project/projectwriter.h"
#include "recovery.h"
#include "scene/diagramscene.h"
#include "scene/sceneeditor.h"
#include "windowtestsettings.h"
#include "workflow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/fsuid.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace stepwise;

class TstReliabilityFiles : public QObject
{
    Q_OBJECT

    WindowTestSettings m_settings;

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openingBrokenFilesKeepsDocument_data();
    void openingBrokenFilesKeepsDocument();
    void failedSaveOnFullDiskKeepsOldFileAndWork();
    void failedSaveOverReplacedFileKeepsWork();
    void failedSaveInReadOnlyFolderKeepsOldFile();
    void openingWritesNothing();
    void autosaveWritesRecoveryAndSaveClearsIt();
    void nextStartOffersKilledSessionsWork();
    void declinedOfferIsDiscarded();
    void liveWindowsRecoveryIsNotOffered();

private:
    QByteArray snapshot(const MainWindow &w) const
    {
        return ProjectWriter::write(w.document()->data());
    }
    static void edit(MainWindow &w)
    {
        const auto &nodes = w.document()->data().nodes;
        QVERIFY(!nodes.empty());
        // Through the window's undo stack, as a user's edit goes (the modified mark follows it).
        QVERIFY(w.scene()->editor()->renameState(nodes.front().id, QStringLiteral("Edited label")));
    }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }

    std::unique_ptr<QTemporaryDir> m_dir, m_recovery;
    QStringList m_messages;
};

namespace {

// The "nobody" user of Debian and most Linux systems.
constexpr uid_t kNobody = 65534;
const QString kFz = QStringLiteral(STEPWISE_TEST_DATA "/fz/comments.fz");
const QString kData = QStringLiteral(STEPWISE_TEST_DATA "/reliability/");
} // namespace

void TstReliabilityFiles::initTestCase()
{
    QVERIFY(m_settings.apply("tst_reliabilityfiles"));
    std::signal(SIGXFSZ, SIG_IGN); // a write beyond RLIMIT_FSIZE fails instead of killing us
}

void TstReliabilityFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_recovery = std::make_unique<QTemporaryDir>();
    // Test-mode settings only: recent files of a previous test's deleted folder would make the
    // next window ask about them before a message hook is installed.
    QSettings().clear();
    QSettings().setValue(QStringLiteral("recovery/folder"), m_recovery->path());
    m_messages.clear();
    Recovery::setAskHook({});
}

void TstReliabilityFiles::cleanup()
{
    Recovery::setAskHook({});
    QSettings().remove(QStringLiteral("recovery/folder"));
}

void TstReliabilityFiles::openingBrokenFilesKeepsDocument_data()
{
    QTest::addColumn<QString>("broken");
    QTest::addColumn<QByteArray>("bytes"); // written to the file when not empty
    QTest::newRow("1e309 in ASL") << QStringLiteral("huge.asl.json")
                                  << QByteArray("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":"
                                                "\"Pass\",\"Result\":1e309,\"End\":true}}}");
    QTest::newRow("Type a number") << QStringLiteral("type.asl.json")
                                   << QByteArray("{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":"
                                                 "5,\"End\":true}}}");
    QTest::newRow("truncated project") << QStringLiteral("cut.stepwise")
                                       << QByteArray("{\"format\": \"stepwise\", \"version\": 1, ");
    QTest::newRow("deep YAML") << QStringLiteral("deep.asl.yaml") << QByteArray(5000, '[');
    QTest::newRow("binary") << QStringLiteral("noise.fz") << QByteArray("\xff\xfe\x00\x01\x02", 5);
    QTest::newRow("too large") << QStringLiteral("large.asl.json") << QByteArray();
}

void TstReliabilityFiles::openingBrokenFilesKeepsDocument()
{
    QFETCH(QString, broken);
    QFETCH(QByteArray, bytes);
    if (bytes.isEmpty()) { // one byte over the file-size limit
        QFile f(file(broken));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(DocumentIo::maxFileBytes + 1));
    } else {
        write(file(broken), bytes);
    }
    MainWindow w;
    w.setMessageHook(
        [this](QMessageBox::Icon, const QString &, const QString &text) { m_messages << text; });
    QVERIFY(w.openFile(kFz));
    edit(w);
    const QByteArray before = snapshot(w);
    const qsizetype shown = m_messages.size(); // comments.fz opens with a warning of its own
    QVERIFY(!w.openFile(file(broken)));
    QCOMPARE(snapshot(w), before);
    QCOMPARE(w.currentFile(), QFileInfo(kFz).absoluteFilePath());
    QVERIFY(w.isWindowModified());          // the unsaved edit is still unsaved, and still there
    QCOMPARE(m_messages.size(), shown + 1); // one message: why it could not be opened
    if (bytes.isEmpty())
        QVERIFY(m_messages.last().contains(QStringLiteral("larger than 16 MiB")));
}

void TstReliabilityFiles::failedSaveOnFullDiskKeepsOldFileAndWork()
{
    // A full disk, simulated with the file-size limit: every write past 64 bytes fails (EFBIG).
    const QString path = file(QStringLiteral("work.fz"));
    QVERIFY(QFile::copy(kFz, path));
    const QByteArray old = read(path);
    MainWindow w;
    w.setMessageHook(
        [this](QMessageBox::Icon, const QString &, const QString &t) { m_messages << t; });
    QVERIFY(w.openFile(path));
    edit(w);
    const QByteArray work = snapshot(w);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit tiny = saved;
    tiny.rlim_cur = 64;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    const bool ok = w.save();
    setrlimit(RLIMIT_FSIZE, &saved);
    QVERIFY(!ok);
    QCOMPARE(read(path), old);   // the old file, byte for byte
    QCOMPARE(snapshot(w), work); // the unsaved work
    QVERIFY(w.isWindowModified());
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("work.fz")});
    QVERIFY(!m_messages.isEmpty() && m_messages.last().contains(QStringLiteral("was not saved")));
    QVERIFY(w.save()); // with room again, it saves
    QVERIFY(read(path) != old);
}

void TstReliabilityFiles::failedSaveOverReplacedFileKeepsWork()
{
    const QString path = file(QStringLiteral("work.fz"));
    QVERIFY(QFile::copy(kFz, path));
    MainWindow w;
    w.setMessageHook(
        [this](QMessageBox::Icon, const QString &, const QString &t) { m_messages << t; });
    QVERIFY(w.openFile(path));
    edit(w);
    const QByteArray work = snapshot(w);
    // Another program replaced the file by a folder with something in it.
    QVERIFY(QFile::remove(path));
    QVERIFY(QDir().mkpath(path));
    write(path + QStringLiteral("/theirs.txt"), "theirs");
    QVERIFY(!w.save());
    QCOMPARE(read(path + QStringLiteral("/theirs.txt")), QByteArray("theirs"));
    QCOMPARE(snapshot(w), work);
    QVERIFY(w.isWindowModified());
}

void TstReliabilityFiles::failedSaveInReadOnlyFolderKeepsOldFile()
{
    const QString path = file(QStringLiteral("work.fz"));
    QVERIFY(QFile::copy(kFz, path));
    const QByteArray old = read(path);
    MainWindow w;
    w.setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    QVERIFY(w.openFile(path));
    edit(w);
    // Readable by all, writable by none.
    QVERIFY(QFile::setPermissions(
        m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                           QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
    // Root writes into read-only folders (CI runs as root): the save then runs with the file
    // system identity of an ordinary user (setfsuid, this thread only), for whom the folder is
    // read-only as it is for anyone who is not root.
    const bool root = ::geteuid() == 0;
    if (root) {
        ::setfsuid(kNobody);
        QCOMPARE(int(::setfsuid(uid_t(-1))), int(kNobody)); // -1 only asks
    }
    const bool ok = w.save();
    if (root)
        ::setfsuid(0);
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!ok);
    QCOMPARE(read(path), old);
    QVERIFY(w.isWindowModified());
}

void TstReliabilityFiles::openingWritesNothing()
{
    // Opening every kind of file (good and broken) changes no file anywhere near it, and
    // writes nothing in the recovery folder until there is unsaved work.
    const QStringList inputs = QDir(kData).entryList(QDir::Files);
    for (const QString &name : inputs)
        QVERIFY(QFile::copy(kData + name, file(name)));
    QVERIFY(QFile::copy(kFz, file(QStringLiteral("ok.fz"))));
    QMap<QString, QByteArray> before;
    for (const QString &name : QDir(m_dir->path()).entryList(QDir::Files))
        before[name] = read(file(name));
    MainWindow w;
    w.setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    for (const QString &name : before.keys())
        w.openFile(file(name));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), before.keys());
    for (const QString &name : before.keys())
        QCOMPARE(read(file(name)), before[name]);
    QCOMPARE(QDir(m_recovery->path()).entryList(QDir::Files), QStringList());
}

void TstReliabilityFiles::autosaveWritesRecoveryAndSaveClearsIt()
{
    const QString path = file(QStringLiteral("work.fz"));
    QVERIFY(QFile::copy(kFz, path));
    MainWindow w;
    w.setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    QVERIFY(w.openFile(path));
    QCOMPARE(QDir(m_recovery->path()).entryList(QDir::Files), QStringList());
    edit(w);
    // The autosave follows the edit by a few seconds, with no call from the test.
    QTRY_COMPARE_WITH_TIMEOUT(
        QDir(m_recovery->path()).entryList({QStringLiteral("*.stepwise")}, QDir::Files).size(), 1,
        Recovery::autosaveDelayMs + 5000);
    const QString recovery = m_recovery->filePath(
        QDir(m_recovery->path()).entryList({QStringLiteral("*.stepwise")}).front());
    QCOMPARE(read(recovery), snapshot(w));
    QVERIFY(w.save());
    QCOMPARE(QDir(m_recovery->path()).entryList({QStringLiteral("*.stepwise")}), QStringList());
}

void TstReliabilityFiles::nextStartOffersKilledSessionsWork()
{
    // What a killed session leaves: its recovery project and metadata, and a lock file whose
    // owner is gone (here: no lock at all, as after a reboot).
    const QString path = file(QStringLiteral("work.fz"));
    QVERIFY(QFile::copy(kFz, path));
    QByteArray work;
    {
        MainWindow w;
        w.setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
        QVERIFY(w.openFile(path));
        edit(w);
        work = snapshot(w);
    }
    write(m_recovery->filePath(QStringLiteral("recovery-killed.stepwise")), work);
    write(m_recovery->filePath(QStringLiteral("recovery-killed.json")),
          "{\"original\": \"" + path.toUtf8() + "\", \"savedAt\": \"2026-11-30T12:00:00.000Z\"}");
    QList<Recovery::Leftover> offered;
    Recovery::setAskHook([&](const Recovery::Leftover &l) {
        offered << l;
        return true;
    });
    MainWindow next;
    next.show();
    QTRY_COMPARE(offered.size(), 1);
    QCOMPARE(offered.front().original, path);
    QCOMPARE(offered.front().savedAt, QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC));
    QCOMPARE(snapshot(next), work);
    QVERIFY(next.isWindowModified());
    QVERIFY(next.windowTitle().contains(QStringLiteral("(recovered)")));
    // The leftover is now this window's own recovery, not a leftover any more.
    QVERIFY(!QFile::exists(m_recovery->filePath(QStringLiteral("recovery-killed.stepwise"))));
    QCOMPARE(Recovery::leftovers().size(), 0);
    QCOMPARE(QDir(m_recovery->path()).entryList({QStringLiteral("*.stepwise")}).size(), 1);
}

void TstReliabilityFiles::declinedOfferIsDiscarded()
{
    write(m_recovery->filePath(QStringLiteral("recovery-old.stepwise")),
          read(kData + QStringLiteral("../project/diagram-v1.stepwise")));
    int asked = 0;
    Recovery::setAskHook([&](const Recovery::Leftover &) {
        ++asked;
        return false;
    });
    MainWindow w;
    const QByteArray fresh = snapshot(w);
    w.show();
    QTRY_COMPARE(asked, 1);
    QCOMPARE(snapshot(w), fresh);
    QCOMPARE(QDir(m_recovery->path()).entryList(QDir::Files), QStringList());
}

void TstReliabilityFiles::liveWindowsRecoveryIsNotOffered()
{
    MainWindow first;
    first.setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    QVERIFY(first.openFile(kFz));
    edit(first);
    Recovery *recovery = first.findChild<Recovery *>();
    QVERIFY(recovery);
    QVERIFY(recovery->saveNow());
    QCOMPARE(Recovery::leftovers().size(), 0); // locked by a live window
    int asked = 0;
    Recovery::setAskHook([&](const Recovery::Leftover &) { return ++asked, true; });
    MainWindow second;
    second.show();
    QTest::qWait(100);
    QCOMPARE(asked, 0);
}

QTEST_MAIN(TstReliabilityFiles)
#include "tst_reliabilityfiles.moc"
