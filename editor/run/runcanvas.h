#pragma once

#include "runentity.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QGraphicsObject;
class QUndoStack;

namespace stepwise {

class DiagramScene;
class EdgeItem;
class NodeItem;
class RunController;
class Workflow;

/// Mirrors a RunController on the canvas by id (the run state stays in the controller): node
/// colours and container counts, the edges taken, the token travelling the latest transition,
/// and the options of a pending manual choice. It also takes two kinds of click on the canvas
/// before the editing interaction does: the corner of a state toggles its breakpoint (an undo
/// command, see ToggleBreakpointCommand), and a highlighted option edge takes that choice.
class RunCanvas : public QObject
{
    Q_OBJECT
public:
    RunCanvas(RunController *run, DiagramScene *scene, Workflow *doc, QUndoStack *stack,
              QObject *parent = nullptr);
    ~RunCanvas() override;

    /// The token's travel time along one edge; its position updates at most ~30 times a second.
    static constexpr int kTravelMs = 450;
    static constexpr int kFrameMs = 33;
    /// The token is travelling (tests and screenshots wait for it).
    bool tokenMoving() const { return m_tokenTimer.isActive(); }
    int tokenFrames() const { return m_frames; }
    /// Toggles the breakpoint of the selected state (F9).
    void toggleSelectedBreakpoint(Id node);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    NodeItem *nodeItem(const RunEntity &node) const;
    EdgeItem *edgeItem(const RunEntity &edge) const;
    void updateCandidates();
    void startToken(const RunEntity &edge);
    void moveToken();
    void stopToken();
    bool clickAt(QPointF scenePos);
    /// Scrolls the view to the states running or waiting now when they are out of sight (the
    /// run paused or was stepped; never during a continuous run, which would jump about).
    void revealCurrent();

    RunController *m_run;
    QPointer<DiagramScene> m_scene; // the window may delete the scene first
    Workflow *m_doc;
    QPointer<QUndoStack> m_stack;
    // Candidate edge -> (state, option) of a pending manual choice.
    QHash<RunEntity, QPair<QString, QString>> m_candidates;
    // The states running, retrying or waiting now.
    QSet<RunEntity> m_current;
    // The scene deletes its items when it is cleared (a document opened): tracked, not owned.
    QPointer<QGraphicsObject> m_token;
    RunEntity m_tokenEdge;
    QTimer m_tokenTimer;
    QElapsedTimer m_tokenClock;
    int m_frames = 0;
};

} // namespace stepwise
