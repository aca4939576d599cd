#pragma once

#include "runentity.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QSpinBox;

namespace stepwise {

class RunController;

/// A small panel over the canvas's top-right corner while an execution is open: what the run
/// is doing (running, paused, waiting for an answer, finished) and its virtual time, the
/// legend of the run colours, and which Map iteration (or Parallel branch) the canvas follows
/// inside a container. It reads the controller only.
class RunOverlay : public QFrame
{
    Q_OBJECT
public:
    /// `host` is the canvas viewport: the overlay is its child and keeps to its corner.
    RunOverlay(RunController *run, QWidget *host);

    /// The status line's text, as shown.
    QString statusText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;
    /// Where the overlay sits: the top right corner of the view.
    QPoint corner() const;
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    void updateContainers();
    void follow();
    void place();
    void buildLegend();

    RunController *m_run;
    QLabel *m_status;
    QWidget *m_legend;
    QLabel *m_followLabel;
    QComboBox *m_container;
    QSpinBox *m_iteration;
    QList<RunEntity> m_entities; // the combo's containers, by row - 1
};

} // namespace stepwise
