// Issue 7, point 13: the canvas with a generated workflow of 2,000 states in 10 lanes, driven
// as a user drives it (real QTest mouse events on the view's viewport, offscreen). Prints the
// time from open to the first painted frame, the median repaint time at 100 % and at fit, the
// median time per mouse move while dragging one state and 100 selected states, and the time
// to undo and redo that drag. Targets: first frame <= 1 s, repaint <= 16 ms at 100 % and
// <= 50 ms at fit, <= 16 ms per mouse move, undo/redo <= 50 ms. Asserts nothing (a timed
// assertion on a shared machine would flake). Run by hand:
//   QT_QPA_PLATFORM=offscreen build/bin/bench_editor [states] [lanes]
#include "documentio.h"
#include "layout/layoutengine.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/diagramview.h"
#include "scene/nodeitem.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace stepwise;

namespace {

// FlowZap Code of `states` states spread over `lanes` lanes: a chain in each lane, a decision
// every 10th state with a second way on, and a hand-off to the next lane every 25th.
QByteArray generate(int states, int lanes)
{
    QByteArray fz;
    const int perLane = states / lanes;
    for (int l = 0; l < lanes; ++l) {
        fz += "lane" + QByteArray::number(l) + " { # Team " + QByteArray::number(l) + "\n";
        const int first = l * perLane + 1;
        for (int k = 0; k < perLane; ++k) {
            const int n = first + k;
            const char *shape = k == 0 ? "circle" : k % 10 == 5 ? "diamond" : "rectangle";
            fz += "n" + QByteArray::number(n) + ": " + shape + " label:\"Step " +
                  QByteArray::number(n) + "\"\n";
        }
        for (int k = 0; k + 1 < perLane; ++k) {
            const int n = first + k;
            fz += "n" + QByteArray::number(n) + ".handle(right) -> n" + QByteArray::number(n + 1) +
                  ".handle(left)\n";
            if (k % 10 == 5 && k + 3 < perLane)
                fz += "n" + QByteArray::number(n) + ".handle(bottom) -> n" +
                      QByteArray::number(n + 3) + ".handle(top) [label=\"skip\"]\n";
            if (k % 25 == 12 && l + 1 < lanes)
                fz += "n" + QByteArray::number(n) + ".handle(bottom) -> lane" +
                      QByteArray::number(l + 1) + ".n" + QByteArray::number(n + perLane) +
                      ".handle(top) [label=\"hand off\"]\n";
        }
        fz += "}\n";
    }
    return fz;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Lets every pending event (deferred scene updates, update requests, paints) run.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// Counts paint events of the viewport, to know when the first frame is on screen.
class PaintWatch : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Canvas
{
    std::unique_ptr<Workflow> doc;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<SelectionModel> selection;
    std::unique_ptr<DiagramScene> scene;
    std::unique_ptr<DiagramView> view;
};

double repaintMedian(DiagramView &view, int rounds)
{
    std::vector<double> times;
    QElapsedTimer t;
    for (int i = 0; i < rounds; ++i) {
        t.start();
        view.viewport()->repaint();
        times.push_back(ms(t.nsecsElapsed()));
    }
    return median(times);
}

// Presses on `node`, moves the mouse `moves` times by a few pixels (each move timed with the
// repaint it causes), releases. Returns the median time per move.
double dragMedian(Canvas &c, Id node, int moves)
{
    QWidget *vp = c.view->viewport();
    NodeItem *item = c.scene->nodeItem(node);
    const QPoint from = c.view->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseMove(vp, from);
    QTest::mousePress(vp, Qt::LeftButton, {}, from);
    settle();
    std::vector<double> times;
    QElapsedTimer t;
    QPoint at = from;
    for (int i = 1; i <= moves; ++i) {
        at = from + QPoint(3 * i, i % 7);
        t.start();
        QTest::mouseMove(vp, at);
        settle();
        times.push_back(ms(t.nsecsElapsed()));
    }
    QTest::mouseRelease(vp, Qt::LeftButton, {}, at);
    settle();
    return median(times);
}

double timed(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    settle();
    return ms(t.nsecsElapsed());
}

const char *verdict(double value, double target)
{
    return value <= target ? "ok" : "MISSES";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0); // figures appear as they are measured
    const QStringList args = app.arguments();
    const int states = args.size() > 1 ? args[1].toInt() : 2000;
    const int lanes = args.size() > 2 ? args[2].toInt() : 10;
    const QByteArray text = generate(states, lanes);
    std::printf("Editor benchmark: %d states in %d lanes (%lld bytes of FlowZap Code)\n", states,
                lanes, qlonglong(text.size()));

    // Open: read, build the document, the scene (layout) and the view, fit, first frame.
    Canvas c;
    PaintWatch watch;
    QElapsedTimer open;
    open.start();
    DocumentIo::ReadResult r = DocumentIo::read(text, DocumentIo::Format::FlowZap);
    if (!r.document) {
        std::printf("the generated text does not read\n");
        return 1;
    }
    const double readMs = ms(open.nsecsElapsed());
    c.doc = std::make_unique<Workflow>(std::move(*r.document));
    c.undo = std::make_unique<QUndoStack>();
    c.selection = std::make_unique<SelectionModel>();
    c.scene = std::make_unique<DiagramScene>(c.doc.get());
    c.scene->setUndoStack(c.undo.get());
    c.scene->setSelectionModel(c.selection.get());
    const double sceneMs = ms(open.nsecsElapsed());
    c.view = std::make_unique<DiagramView>(c.scene.get());
    c.view->viewport()->installEventFilter(&watch);
    c.view->resize(1400, 900);
    c.view->show();
    c.view->zoomToFit(); // a newly opened document is fitted to the window
    while (watch.paints == 0 && open.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstFrame = ms(open.nsecsElapsed());
    std::printf("open to first frame      %8.1f ms  (read %.1f, scene %.1f)  target 1000  %s\n",
                firstFrame, readMs, sceneMs, verdict(firstFrame, 1000));
    std::printf("items: %d lanes, %d nodes, %d edges\n", c.scene->laneCount(), c.scene->nodeCount(),
                c.scene->edgeCount());

    const double fitZoom = c.view->zoom();
    const double atFit = repaintMedian(*c.view, 15);
    c.view->resetZoom();
    c.view->centerOn(c.scene->nodeItem(c.doc->data().nodes[size_t(states / 2)].id));
    settle();
    const double at100 = repaintMedian(*c.view, 30);
    std::printf("repaint at 100 %%         %8.2f ms  (median of 30)  target 16  %s\n", at100,
                verdict(at100, 16));
    std::printf("repaint at fit (%3.0f %%)   %8.2f ms  (median of 15)  target 50  %s\n",
                fitZoom * 100, atFit, verdict(atFit, 50));

    // Drag one state.
    const Id one = c.doc->data().nodes[size_t(states / 2 + 3)].id;
    const int before = c.undo->count();
    const double dragOne = dragMedian(c, one, 40);
    std::printf("drag 1 state, per move   %8.2f ms  (median of 40)  target 16  %s\n", dragOne,
                verdict(dragOne, 16));
    const double undoOne = timed([&] { c.undo->undo(); });
    const double redoOne = timed([&] { c.undo->redo(); });
    std::printf("undo / redo 1-state drag %8.2f / %.2f ms  target 50  %s\n", undoOne, redoOne,
                verdict(std::max(undoOne, redoOne), 50));

    // Drag 100 selected states: the ones around the middle of the diagram, on screen.
    QVector<Id> hundred;
    for (size_t i = size_t(states / 2); hundred.size() < 100 && i < c.doc->data().nodes.size(); ++i)
        hundred.append(c.doc->data().nodes[i].id);
    c.selection->select(hundred, hundred.first());
    settle();
    const double dragMany = dragMedian(c, hundred[50], 40);
    std::printf("drag 100 states, per move%8.2f ms  (median of 40)  target 16  %s\n", dragMany,
                verdict(dragMany, 16));
    const double undoMany = timed([&] { c.undo->undo(); });
    const double redoMany = timed([&] { c.undo->redo(); });
    std::printf("undo / redo 100-state drag %6.2f / %.2f ms  target 50  %s\n", undoMany, redoMany,
                verdict(std::max(undoMany, redoMany), 50));
    std::printf("undo steps pushed by the two drags: %d\n", c.undo->count() - before);

    // Where the time of an edit goes: the layout, whole (open, Tidy Up) and incremental (what
    // the scene runs after each change, with every placed node pinned).
    const TextMeasure measure = DiagramStyle::measure();
    DiagramLayout whole;
    const double full = timed([&] { whole = LayoutEngine::compute(c.doc->data(), measure); });
    LayoutHints hints;
    hints.pins = c.scene->pins();
    hints.previous = &whole;
    const double incremental =
        timed([&] { LayoutEngine::compute(c.doc->data(), measure, {}, hints); });
    std::printf("layout: whole %.1f ms, incremental (nothing to reroute) %.1f ms\n", full,
                incremental);
    return 0;
}
