#pragma once

#include <QObject>
#include <QPointer>

namespace stepwise {

class DiagramScene;
class ProblemsPanel;

/// Puts a ProblemBadge on every state the problems panel has findings for, and keeps them up
/// to date as the validator reruns (problemsChanged) and as the scene rebuilds items (synced).
/// Markers are view only: they hold nothing the panel does not.
class ProblemMarkers : public QObject
{
    Q_OBJECT
public:
    ProblemMarkers(ProblemsPanel *problems, DiagramScene *scene, QObject *parent = nullptr);

    /// Markers now on the canvas (for tests and the status bar).
    int count() const { return m_count; }

public slots:
    void refresh();

private:
    QPointer<ProblemsPanel> m_problems;
    QPointer<DiagramScene> m_scene;
    int m_count = 0;
    bool m_any = false; // markers were shown last time: a refresh must clear them
};

} // namespace stepwise
