#include "paneldocks.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>

namespace stepwise {

namespace {
const char *const names[] = {"palette", "inspector", "problems", "code", "history"};
}

PanelDocks::PanelDocks(QMainWindow *window) : m_window(window)
{
    create(Panel::Palette, tr("Palette"), tr("No state types to show yet."));
    create(Panel::Inspector, tr("Inspector"),
           tr("Select a state, an edge or a lane to see its properties."));
    create(Panel::Problems, tr("Problems"), tr("No problems to show."));
    create(Panel::Code, tr("Code"), tr("The workflow's text will appear here."));
    create(Panel::History, tr("History"), tr("No edits yet."));
    arrangeDefault();
}

QString PanelDocks::objectName(Panel panel)
{
    return QLatin1String(names[int(panel)]) + QLatin1String("Dock");
}

std::optional<PanelDocks::Panel> PanelDocks::fromName(const QString &name)
{
    for (int i = 0; i < panelCount; ++i)
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return Panel(i);
    return std::nullopt;
}

QDockWidget *PanelDocks::create(Panel panel, const QString &title, const QString &emptyText)
{
    auto *dock = new QDockWidget(title, m_window);
    dock->setObjectName(objectName(panel));
    auto *empty = new QLabel(emptyText, dock);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(12);
    empty->setForegroundRole(QPalette::PlaceholderText);
    dock->setWidget(empty);
    m_docks.append(dock);
    return dock;
}

void PanelDocks::setWidget(Panel panel, QWidget *widget)
{
    QDockWidget *d = dock(panel);
    QWidget *old = d->widget();
    d->setWidget(widget);
    if (old && old != widget)
        old->deleteLater();
}

void PanelDocks::arrangeDefault()
{
    // Palette on the left, inspector and history on the right, problems and code below: the
    // canvas keeps the middle and most of the width.
    QDockWidget *palette = dock(Panel::Palette), *inspector = dock(Panel::Inspector);
    QDockWidget *problems = dock(Panel::Problems), *code = dock(Panel::Code);
    QDockWidget *history = dock(Panel::History);
    for (QDockWidget *d : m_docks) {
        d->setFloating(false);
        m_window->removeDockWidget(d);
    }
    m_window->addDockWidget(Qt::LeftDockWidgetArea, palette);
    m_window->addDockWidget(Qt::RightDockWidgetArea, inspector);
    m_window->addDockWidget(Qt::RightDockWidgetArea, history);
    m_window->tabifyDockWidget(inspector, history);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, problems);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, code);
    m_window->tabifyDockWidget(problems, code);
    for (QDockWidget *d : m_docks)
        d->show();
    inspector->raise();
    problems->raise();
    m_window->resizeDocks({palette, inspector}, {200, 320}, Qt::Horizontal);
    m_window->resizeDocks({problems}, {170}, Qt::Vertical);
}

} // namespace stepwise
