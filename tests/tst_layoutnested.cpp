#include "asl/aslreader.h"
#include "documentio.h"
#include "layout/containerlayout.h"
#include "layout/layoutengine.h"
#include "layout/machinepath.h"
#include "layout/nodetext.h"
#include "scene/branchitem.h"
#include "scene/diagramscene.h"
#include "scene/diagramstyle.h"
#include "scene/edgeitem.h"
#include "scene/nodeitem.h"
#include "workflow.h"

#include <QDir>
#include <QtTest>

using namespace stepwise;

// Parallel branches and Map processors drawn as nested regions: properties every corpus file
// must have (boxes inside their container, no overlaps), and the scene's nested items.
class TestLayoutNested : public QObject
{
    Q_OBJECT
private slots:
    void corpus_data();
    void corpus();
    void parallelStacksItsBranches();
    void mapInParallelNests();
    void machinePathResolves();
    void sceneDrawsNestedItems();
    void callbackTaskIsMarked();

private:
    // Checks one machine's layout whose origin sits at `origin` in the parent's coordinates,
    // then every container in it, recursively; counts the containers seen.
    static void checkMachine(const WorkflowData &doc, const DiagramLayout &layout, QPointF origin,
                             const QRectF &frame, int &containers);
};

namespace {

WorkflowData readAsl(const QByteArray &json)
{
    const AslReader::Result r = AslReader::readJson(json);
    if (!r.document)
        qWarning() << (r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().message);
    return r.document.value_or(WorkflowData());
}

// A Parallel whose second branch holds a Map whose processor holds a Parallel again.
const char *const nestedJson = R"({
  "StartAt": "Fan out",
  "States": {
    "Fan out": {
      "Type": "Parallel",
      "Branches": [
        {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
        {"StartAt": "Each", "States": {
          "Each": {"Type": "Map", "ItemProcessor": {"StartAt": "Inner", "States": {
            "Inner": {"Type": "Parallel", "Branches": [
              {"StartAt": "X", "States": {"X": {"Type": "Pass", "End": true}}},
              {"StartAt": "Y", "States": {"Y": {"Type": "Wait", "Seconds": 1, "End": true}}}
            ], "End": true}}}, "End": true}}}
      ],
      "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}],
      "Next": "Done"
    },
    "Done": {"Type": "Succeed"},
    "Oops": {"Type": "Fail", "Error": "E"}
  }
})";

// QRectF::contains is false for a flat rect, and a straight edge's bounding box is one.
bool inside(const QRectF &outer, const QRectF &r)
{
    return r.left() >= outer.left() - 0.5 && r.right() <= outer.right() + 0.5 &&
           r.top() >= outer.top() - 0.5 && r.bottom() <= outer.bottom() + 0.5;
}

} // namespace

void TestLayoutNested::checkMachine(const WorkflowData &doc, const DiagramLayout &layout,
                                    QPointF origin, const QRectF &frame, int &containers)
{
    QCOMPARE(layout.nodes.size(), qsizetype(doc.nodes.size()));
    for (const Node &n : doc.nodes) {
        QVERIFY2(layout.nodes.contains(n.id), qPrintable(n.asl.name));
        const NodeGeometry &g = layout.nodes[n.id];
        const QRectF rect = g.rect.translated(origin);
        if (!frame.isNull())
            QVERIFY2(frame.contains(rect),
                     qPrintable(n.asl.name + QStringLiteral(" outside its sub-frame")));
        for (const Node &o : doc.nodes)
            if (o.id != n.id)
                QVERIFY2(!g.rect.intersects(layout.nodes[o.id].rect),
                         qPrintable(n.asl.name + QStringLiteral(" overlaps ") + o.asl.name));
        QCOMPARE(g.children.size(), n.subMachines.size());
        if (n.subMachines.empty())
            continue;
        // No edge of this machine runs through a container it does not start or end at.
        const QRectF core = g.rect.adjusted(2, 2, -2, -2);
        for (const Edge &e : doc.edges) {
            if (e.from == n.id || e.to == n.id || !layout.edges.contains(e.id))
                continue;
            const QPolygonF &pts = layout.edges[e.id].points;
            for (int i = 0; i + 1 < pts.size(); ++i)
                QVERIFY2(!QRectF(pts[i], pts[i + 1])
                              .normalized()
                              .adjusted(-0.1, -0.1, 0.1, 0.1)
                              .intersects(core),
                         qPrintable(n.asl.name + QStringLiteral(": crossed by an edge")));
        }
        ++containers;
        QVERIFY(g.rect.contains(g.labelRect));
        const QRectF title = g.titleRect.translated(rect.topLeft());
        QVERIFY(rect.contains(title));
        for (size_t i = 0; i < g.children.size(); ++i) {
            const SubLayout &s = g.children[i];
            QVERIFY(s.layout);
            const QRectF f = s.frame.translated(rect.topLeft());
            QVERIFY2(rect.contains(f), qPrintable(n.asl.name + QStringLiteral(": frame outside")));
            QVERIFY2(f.top() >= title.bottom(), qPrintable(n.asl.name));
            QVERIFY(f.contains(s.caption.translated(rect.topLeft())));
            for (size_t j = 0; j < i; ++j)
                QVERIFY2(!f.intersects(g.children[j].frame.translated(rect.topLeft())),
                         qPrintable(n.asl.name + QStringLiteral(": branches overlap")));
            const QPointF inner = rect.topLeft() + s.offset;
            // Edges and their labels stay inside the sub-frame, under the caption.
            for (const EdgeGeometry &e : std::as_const(s.layout->edges)) {
                const QRectF pts = e.points.boundingRect().translated(inner);
                QVERIFY2(inside(f, pts), qPrintable(n.asl.name + QStringLiteral(": edge out")));
                QVERIFY(pts.top() >= s.caption.translated(rect.topLeft()).bottom());
                if (!e.labelRect.isEmpty())
                    QVERIFY2(f.contains(e.labelRect.translated(inner)),
                             qPrintable(n.asl.name + QStringLiteral(": label out")));
            }
            checkMachine(n.subMachines[i], *s.layout, inner, f, containers);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestLayoutNested::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty())
        return;
    for (const QFileInfo &fi : QDir(shared + QStringLiteral("/corpus/asl"))
                                   .entryInfoList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(fi.fileName())) << fi.filePath();
}

void TestLayoutNested::corpus()
{
    if (qEnvironmentVariable("STEPWISE_SHARED").isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the corpus check is skipped");
    QFETCH(QString, path);
    const DocumentIo::ReadResult r = DocumentIo::readFile(path);
    QVERIFY(r.document);
    const DiagramLayout layout = LayoutEngine::compute(*r.document, DiagramStyle::measure());
    int containers = 0;
    checkMachine(*r.document, layout, QPointF(), QRectF(), containers);
    int expected = 0;
    std::function<void(const WorkflowData &)> count = [&](const WorkflowData &m) {
        for (const Node &n : m.nodes) {
            expected += n.subMachines.empty() ? 0 : 1;
            for (const WorkflowData &s : n.subMachines)
                count(s);
        }
    };
    count(*r.document);
    QCOMPARE(containers, expected);
}

void TestLayoutNested::parallelStacksItsBranches()
{
    const WorkflowData doc = readAsl(nestedJson);
    const Node *fan = doc.nodeByStateName(QStringLiteral("Fan out"));
    QVERIFY(fan);
    QCOMPARE(ContainerLayout::title(*fan), QStringLiteral("Parallel: Fan out"));
    QCOMPARE(ContainerLayout::caption(*fan, 1), QStringLiteral("Branch 2"));
    const DiagramLayout l = LayoutEngine::compute(doc, LayoutEngine::approximateMeasure);
    const NodeGeometry &g = l.nodes[fan->id];
    QCOMPARE(g.children.size(), size_t(2));
    // Stacked, equally wide, the first above the second.
    QCOMPARE(g.children[0].frame.width(), g.children[1].frame.width());
    QVERIFY(g.children[0].frame.bottom() < g.children[1].frame.top());
    QCOMPARE(g.children[0].frame.left(), g.children[1].frame.left());
    // Left-aligned: the branches' start markers sit in one column.
    auto startX = [&](int i) {
        const WorkflowData &b = fan->subMachines[size_t(i)];
        for (const Node &n : b.nodes)
            if (n.asl.isEmpty() && b.edgesTo(n.id).isEmpty())
                return g.children[size_t(i)].layout->nodes[n.id].rect.left() +
                       g.children[size_t(i)].offset.x();
        return -1.0;
    };
    QVERIFY(startX(0) > g.children[0].frame.left());
    QCOMPARE(startX(0), startX(1));
    // The container is wider and taller than a plain task, and its edges use its sides.
    const Node *done = doc.nodeByStateName(QStringLiteral("Done"));
    QVERIFY(g.rect.height() > l.nodes[done->id].rect.height() * 2);
    for (Id eid : doc.edgesFrom(fan->id)) {
        const QPointF p = l.edges[eid].points.first();
        QVERIFY(qAbs(p.x() - g.rect.right()) < 0.5 || qAbs(p.y() - g.rect.bottom()) < 0.5);
    }
}

void TestLayoutNested::mapInParallelNests()
{
    const WorkflowData doc = readAsl(nestedJson);
    const DiagramLayout l = LayoutEngine::compute(doc, LayoutEngine::approximateMeasure);
    int containers = 0;
    checkMachine(doc, l, QPointF(), QRectF(), containers);
    QCOMPARE(containers, 3);
    const Node *fan = doc.nodeByStateName(QStringLiteral("Fan out"));
    const WorkflowData &branch = fan->subMachines[1];
    const Node *each = branch.nodeByStateName(QStringLiteral("Each"));
    QVERIFY(each);
    QVERIFY(ContainerLayout::isMap(*each));
    QCOMPARE(ContainerLayout::title(*each), QStringLiteral("Map: Each"));
    const DiagramLayout &bl = *l.nodes[fan->id].children[1].layout;
    QCOMPARE(bl.nodes[each->id].children.size(), size_t(1));
    const DiagramLayout &pl = *bl.nodes[each->id].children[0].layout;
    const Node *inner = each->subMachines[0].nodeByStateName(QStringLiteral("Inner"));
    QCOMPARE(pl.nodes[inner->id].children.size(), size_t(2));
}

void TestLayoutNested::machinePathResolves()
{
    const WorkflowData doc = readAsl(nestedJson);
    const Node *fan = doc.nodeByStateName(QStringLiteral("Fan out"));
    const Node *each = fan->subMachines[1].nodeByStateName(QStringLiteral("Each"));
    QCOMPARE(MachinePath().resolve(doc), &doc);
    const MachinePath p = MachinePath().child(fan->id, 1).child(each->id, 0);
    QCOMPARE(p.depth(), 2);
    QCOMPARE(p.resolve(doc), &each->subMachines[0]);
    QVERIFY(!MachinePath().child(fan->id, 2).resolve(doc)); // no third branch
    QVERIFY(!MachinePath().child(fan->id, -1).resolve(doc));
    QVERIFY(!MachinePath().child(fan->id, 0).child(fan->id, 0).resolve(doc)); // no such node
}

void TestLayoutNested::sceneDrawsNestedItems()
{
    Workflow doc(readAsl(nestedJson));
    DiagramScene scene(&doc);
    const Node *fan = doc.data().nodeByStateName(QStringLiteral("Fan out"));
    NodeItem *container = scene.nodeItem(fan->id);
    QVERIFY(container);
    int branches = 0, nodes = 0, edges = 0;
    QStringList names;
    for (QGraphicsItem *item : container->childItems()) {
        auto *b = qgraphicsitem_cast<BranchItem *>(item);
        QVERIFY(b);
        ++branches;
        for (QGraphicsItem *c : b->childItems()) {
            if (auto *n = qgraphicsitem_cast<NodeItem *>(c)) {
                QVERIFY(n->node()); // the path and id name a real nested node
                names << n->node()->asl.name;
                ++nodes;
            } else if (qgraphicsitem_cast<EdgeItem *>(c)) {
                ++edges;
            }
        }
    }
    QCOMPARE(branches, 2);
    // Branch 1: start, A, end; branch 2: start, Each, end.
    QCOMPARE(nodes, 6);
    QCOMPARE(edges, 4);
    QVERIFY(names.contains(QStringLiteral("A")) && names.contains(QStringLiteral("Each")));
    // Nested items sit inside the container on the canvas.
    const QRectF outer = container->sceneBoundingRect();
    for (QGraphicsItem *item : container->childItems())
        for (QGraphicsItem *c : item->childItems())
            if (qgraphicsitem_cast<NodeItem *>(c))
                QVERIFY(outer.contains(c->sceneBoundingRect().adjusted(6, 6, -6, -8)));
}

void TestLayoutNested::callbackTaskIsMarked()
{
    const WorkflowData doc = readAsl(R"({"StartAt": "Ask", "States": {
        "Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
                "Next": "Plain"},
        "Plain": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}})");
    const Node *ask = doc.nodeByStateName(QStringLiteral("Ask"));
    const Node *plain = doc.nodeByStateName(QStringLiteral("Plain"));
    QVERIFY(NodeText::isCallback(*ask));
    QVERIFY(!NodeText::isCallback(*plain));
    QVERIFY(NodeText::detail(*ask).contains(QStringLiteral("waits for callback")));
    const DiagramLayout l = LayoutEngine::compute(doc, LayoutEngine::approximateMeasure);
    const NodeGeometry &g = l.nodes[ask->id];
    // The title leaves room for the badge on its right, the caption sits under it.
    QVERIFY(g.labelRect.right() <= g.rect.right() - 12 - 20);
    QVERIFY(g.detailRect.top() >= g.labelRect.bottom());
    QVERIFY(g.rect.contains(g.detailRect));
}

QTEST_MAIN(TestLayoutNested)
#include "tst_layoutnested.moc"
