#include "recovery.h"

#include "mainwindow.h"
#include "project/projectreader.h"
#include "project/projectwriter.h"
#include "workflow.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace stepwise {

namespace {

Recovery::AskHook &askHook()
{
    static Recovery::AskHook hook;
    return hook;
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile out(path);
    // Size checked before the commit: a short write on a full disk must not replace the file.
    if (out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush() &&
        out.size() == bytes.size() && out.commit())
        return true;
    out.cancelWriting();
    if (error)
        *error = out.errorString();
    return false;
}

} // namespace

Recovery *Recovery::attach(MainWindow *window)
{
    return new Recovery(window);
}

Recovery::Recovery(MainWindow *window)
    : QObject(window), m_window(window), m_timer(new QTimer(this))
{
    m_base = QDir(folder()).filePath(
        QStringLiteral("recovery-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    m_timer->setSingleShot(true);
    m_timer->setInterval(autosaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, [this] { saveNow(); });
    Workflow *doc = window->document();
    for (auto signal : {&Workflow::laneAdded, &Workflow::laneRemoved, &Workflow::nodeAdded,
                        &Workflow::nodeRemoved, &Workflow::edgeAdded, &Workflow::edgeRemoved,
                        &Workflow::loopAdded, &Workflow::loopRemoved})
        connect(doc, signal, this, &Recovery::scheduleSave);
    for (auto signal : {&Workflow::laneChanged, &Workflow::nodeChanged, &Workflow::edgeChanged,
                        &Workflow::loopChanged})
        connect(doc, signal, this, &Recovery::scheduleSave);
    connect(doc, &Workflow::documentChanged, this, &Recovery::scheduleSave);
    window->installEventFilter(this);
}

Recovery::~Recovery()
{
    clear(); // a normal close: nothing to recover
}

QString Recovery::folder()
{
    const QString set = QSettings().value(QStringLiteral("recovery/folder")).toString();
    if (!set.isEmpty())
        return set;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

void Recovery::setAskHook(AskHook hook)
{
    askHook() = std::move(hook);
}

bool Recovery::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        // Saved, or another file opened: the window is no longer modified, nothing to keep.
        if (event->type() == QEvent::ModifiedChange && !m_window->isWindowModified())
            clear();
        if (event->type() == QEvent::Show && !m_offered) {
            m_offered = true;
            QTimer::singleShot(0, this, [this] { offerLeftovers(); });
        }
    }
    return QObject::eventFilter(watched, event);
}

void Recovery::scheduleSave()
{
    if (!m_timer->isActive())
        m_timer->start();
}

bool Recovery::saveNow(QString *error)
{
    m_timer->stop();
    if (!QDir().mkpath(folder())) {
        if (error)
            *error = tr("cannot create %1").arg(folder());
        return false;
    }
    if (!m_lock) {
        m_lock = std::make_unique<QLockFile>(m_base + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            if (error)
                *error = tr("cannot lock the recovery file");
            return false;
        }
    }
    QJsonObject meta{
        {QStringLiteral("original"), m_window->currentFile()},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return writeAtomically(file(), ProjectWriter::write(m_window->document()->data()), error) &&
           writeAtomically(m_base + QStringLiteral(".json"), QJsonDocument(meta).toJson(), error);
}

void Recovery::clear()
{
    m_timer->stop();
    QFile::remove(m_base + QStringLiteral(".stepwise"));
    QFile::remove(m_base + QStringLiteral(".json"));
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

QList<Recovery::Leftover> Recovery::leftovers()
{
    QList<Leftover> out;
    const QDir dir(folder());
    const QStringList files =
        dir.entryList({QStringLiteral("recovery-*.stepwise")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString base = dir.filePath(name.chopped(int(qstrlen(".stepwise"))));
        QLockFile lock(base + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a live window's (this process or another)
        lock.unlock();
        Leftover l;
        l.file = base + QStringLiteral(".stepwise");
        QFile metaFile(base + QStringLiteral(".json"));
        if (metaFile.open(QIODevice::ReadOnly)) {
            const QJsonObject meta = QJsonDocument::fromJson(metaFile.read(1 << 16)).object();
            l.original = meta.value(QStringLiteral("original")).toString();
            l.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(),
                                              Qt::ISODateWithMs);
        }
        if (!l.savedAt.isValid())
            l.savedAt = QFileInfo(l.file).lastModified();
        out << l;
    }
    std::sort(out.begin(), out.end(),
              [](const Leftover &a, const Leftover &b) { return a.savedAt > b.savedAt; });
    return out;
}

void Recovery::removeLeftover(const Leftover &leftover)
{
    const QString base = leftover.file.chopped(int(qstrlen(".stepwise")));
    QFile::remove(leftover.file);
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".lock"));
}

int Recovery::offerLeftovers()
{
    // Tests and offscreen runs (--screenshot) that do not test recovery never meet a modal.
    if (!askHook() && (QStandardPaths::isTestModeEnabled() ||
                       QGuiApplication::platformName() == QLatin1String("offscreen")))
        return 0;
    int recovered = 0;
    for (const Leftover &l : leftovers()) {
        QFile in(l.file);
        if (!in.open(QIODevice::ReadOnly) || in.size() > 64 * 1024 * 1024)
            continue;
        ProjectReader::Result read = ProjectReader::read(in.readAll());
        in.close();
        if (!read.document) {
            removeLeftover(l); // unreadable: nothing can be offered from it
            continue;
        }
        const QString what = l.original.isEmpty() ? tr("an untitled workflow")
                                                  : QDir::toNativeSeparators(l.original);
        const bool accept =
            askHook()
                ? askHook()(l)
                : QMessageBox::question(
                      m_window, tr("Recover unsaved work"),
                      tr("Stepwise did not close normally. Unsaved work on %1 from %2 "
                         "was kept.\n\nRecover it?")
                          .arg(what, QLocale().toString(l.savedAt.toLocalTime(),
                                                        QLocale::ShortFormat))) == QMessageBox::Yes;
        removeLeftover(l); // taken into this window, or declined
        if (accept) {
            m_window->document()->reset(std::move(*read.document));
            m_window->setWindowModified(true); // recovered work is not saved anywhere yet
            m_window->setWindowTitle(
                tr("%1 (recovered)[*]")
                    .arg(l.original.isEmpty() ? tr("Untitled") : QFileInfo(l.original).fileName()));
            saveNow(); // from now on this window's recovery holds it
            ++recovered;
            break; // one window takes one; the others are offered at the next start
        }
    }
    return recovered;
}

} // namespace stepwise
