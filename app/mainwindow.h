#pragma once

#include "diagnostic.h"
#include "paneldocks.h"
#include "recentfiles.h"
#include "theme.h"

#include <QMainWindow>
#include <QMessageBox>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QUndoStack;
class QActionGroup;

namespace stepwise {

class Workflow;
class DiagramScene;
class DiagramView;
class SelectionModel;

/// The editor window: the canvas in the middle, docks for the palette, inspector, problems,
/// code and undo history around it; File, Edit and View menus. It owns the document, its undo
/// stack and the selection; the modified mark follows the undo stack's clean state. Opening a
/// broken file reports its diagnostics and leaves the current diagram untouched.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Receives every message box the window would show; tests and --screenshot replace the
    /// modal dialog with it.
    using MessageHook =
        std::function<void(QMessageBox::Icon icon, const QString &title, const QString &text)>;
    /// Answers the "save changes?" question (Save, Discard or Cancel) instead of a dialog.
    using QuestionHook =
        std::function<QMessageBox::StandardButton(const QString &title, const QString &text)>;
    using Panel = PanelDocks::Panel;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    static QString seedTemplate();

    Workflow *document() const { return m_doc; }
    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undoStack; }
    SelectionModel *selectionModel() const { return m_selection; }
    QString currentFile() const { return m_path; }
    RecentFiles &recentFiles() { return m_recent; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QString statusText() const;
    void setMessageHook(MessageHook hook) { m_messageHook = std::move(hook); }
    void setQuestionHook(QuestionHook hook) { m_questionHook = std::move(hook); }

    /// The dock of a panel (objectName paletteDock, inspectorDock, problemsDock, codeDock,
    /// historyDock) and the way to install its real widget; the dock takes ownership.
    QDockWidget *dock(Panel panel) const { return m_docks->dock(panel); }
    void setPanelWidget(Panel panel, QWidget *widget) { m_docks->setWidget(panel, widget); }
    /// Shows exactly the listed panels (the --docks option).
    void showOnlyPanels(const QVector<Panel> &panels);

    Theme::Choice theme() const { return m_theme; }
    /// The zoom a document too large to fit opens at: the last zoom the user chose, if readable.
    qreal readingZoom() const;

    /// Restores geometry, dock layout, zoom, theme and minimap from QSettings, and from then on
    /// saves them when the window closes. Windows that never call it (tests, --screenshot)
    /// neither read nor write the user's settings.
    void restoreSettings();
    void saveSettings() const;

public slots:
    /// Opens a file; on failure shows the diagnostics and keeps the current document.
    bool openFile(const QString &path);
    /// Opens a built-in template (a resource path) as a new, untitled document.
    bool openTemplate(const QString &resource);
    bool save();
    bool saveAs(const QString &path);
    /// Writes the diagram (or only the selected part) as PNG, SVG or PDF.
    bool exportTo(const QString &path, qreal scale = 1.0, bool transparent = false,
                  bool selectionOnly = false);
    /// Selects the state with this name (or label) so the inspector shows it.
    bool selectState(const QString &name);
    /// Fits the diagram and writes a PNG of the window.
    bool saveScreenshot(const QString &path);
    void setTheme(stepwise::Theme::Choice choice);
    /// Puts the docks back where a new window has them.
    void resetLayout();
    /// Fits a newly opened document: the whole of it when readable, else its start.
    void showWholeOrStart();

private slots:
    void openInteractive();
    bool saveAsInteractive();
    void exportInteractive();
    void printInteractive();
    void updateRecentMenu();
    void updateStatus();
    void cleanChanged(bool clean);

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createToolBar();
    /// The real palette, inspector, problems and code widgets in their docks, and the canvas
    /// editing actions (mainwindowpanels.cpp).
    void installPanels();
    /// The Run menu and toolbar, the callbacks dock and the run colours on the canvas.
    void installRunPanels();
    void setCurrentFile(const QString &path, const QString &displayName);
    void showMessage(QMessageBox::Icon icon, const QString &title, const QString &text);
    /// Asks whether to save unsaved changes; false when the user cancels.
    bool maybeSave();
    QString diagnosticsText(const Diagnostics &diags, const QString &file, int limit = 30) const;
    QRectF selectionRect() const;
    void documentReplaced();
    void fitSoon();
    void refreshColours();
    void refreshIcons();

    static constexpr qreal minimumOpeningZoom = 0.6;

    Workflow *m_doc;
    QUndoStack *m_undoStack;
    SelectionModel *m_selection;
    DiagramScene *m_scene;
    DiagramView *m_view;
    std::unique_ptr<PanelDocks> m_docks;
    QLabel *m_counts;
    QLabel *m_zoomLabel;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_miniMapAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    RecentFiles m_recent;
    MessageHook m_messageHook;
    QuestionHook m_questionHook;
    QString m_path;
    Theme::Choice m_theme = Theme::Choice::System;
    qreal m_lastZoom = 0;
    bool m_fitted = false;
    bool m_persistent = false;
};

} // namespace stepwise
