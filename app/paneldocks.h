#pragma once

#include <QCoreApplication>
#include <QVector>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace stepwise {

/// The window's five docks around the canvas. Each has a stable objectName (saved layouts and
/// tests find it by that) and shows a short empty-state text until its real widget is set.
class PanelDocks
{
    Q_DECLARE_TR_FUNCTIONS(stepwise::PanelDocks)
public:
    enum class Panel { Palette, Inspector, Problems, Code, History };
    static constexpr int panelCount = 5;

    explicit PanelDocks(QMainWindow *window);

    QDockWidget *dock(Panel panel) const { return m_docks[int(panel)]; }
    const QVector<QDockWidget *> &docks() const { return m_docks; }
    /// Installs `widget` as the panel's content (the dock takes ownership; the placeholder goes).
    void setWidget(Panel panel, QWidget *widget);
    /// Puts every dock back where a fresh window has it, visible, at its default size.
    void arrangeDefault();

    /// "palette", "inspector", "problems", "code", "history" (the --docks names).
    static std::optional<Panel> fromName(const QString &name);
    static QString objectName(Panel panel);

private:
    QDockWidget *create(Panel panel, const QString &title, const QString &emptyText);

    QMainWindow *m_window;
    QVector<QDockWidget *> m_docks;
};

} // namespace stepwise
