#pragma once

#include "diagnostic.h"
#include "recentfiles.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>

class QLabel;
class QMenu;

namespace stepwise {

class Workflow;
class DiagramScene;
class DiagramView;

/// The first window: one document shown as a diagram, with File (Open, Open Recent, Save,
/// Save As, Quit) and View (zoom) menus and a status bar with the document's counts.
/// Opening a broken file reports its diagnostics and leaves the current diagram untouched.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Receives every message box the window would show; tests and --screenshot replace the
    /// modal dialog with it.
    using MessageHook =
        std::function<void(QMessageBox::Icon icon, const QString &title, const QString &text)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString seedTemplate();

    Workflow *document() const { return m_doc; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    QString currentFile() const { return m_path; }
    RecentFiles &recentFiles() { return m_recent; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QString statusText() const;
    void setMessageHook(MessageHook hook) { m_messageHook = std::move(hook); }

public slots:
    /// Opens a file; on failure shows the diagnostics and keeps the current document.
    bool openFile(const QString &path);
    /// Opens a built-in template (a resource path) as a new, untitled document.
    bool openTemplate(const QString &resource);
    bool save();
    bool saveAs(const QString &path);
    /// Lays out, fits the diagram and writes a PNG of the window.
    bool saveScreenshot(const QString &path);

private slots:
    void openInteractive();
    bool saveAsInteractive();
    void updateRecentMenu();
    void updateStatus();
    void markModified();
    void showWholeOrStart();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void setCurrentFile(const QString &path, const QString &displayName);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    QString diagnosticsText(const Diagnostics &diags, const QString &file, int limit = 30) const;
    void fitSoon();

    static constexpr qreal minimumOpeningZoom = 0.6;

    Workflow *m_doc;
    DiagramScene *m_scene;
    DiagramView *m_view;
    QLabel *m_counts;
    QLabel *m_zoomLabel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    RecentFiles m_recent;
    MessageHook m_messageHook;
    QString m_path;
    bool m_fitted = false;
};

} // namespace stepwise
