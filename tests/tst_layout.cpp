#include "documentio.h"
#include "layout/edgerouter.h"
#include "layout/flowranking.h"
#include "layout/layoutengine.h"
#include "scene/diagramstyle.h"
#include "workflow.h"

#include <QDir>
#include <QtTest>

using namespace stepwise;

Q_DECLARE_METATYPE(stepwise::WorkflowData)

// The auto-layout is checked by properties every document must have, over every corpus file,
// the seed templates, the project's own files and documents built in code.
class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void properties_data();
    void properties();
    void approximateMeasureKeepsProperties();
    void handSetPositionIsHonoured();
    void deterministic();
    void branchDropsBelowItsSource();
    void unrelatedNodesOfOneLaneDoNotStack();
    void crossLaneHopStaysInItsColumn();
    void cycleIsDrawnBackward();
    void labelsFitTheirShapes();
    void longLaneTitleGrowsItsRow();
    void nodeWithoutLaneGetsAnImplicitLane();
    void emptyDocument();

private:
    static void checkLayout(const WorkflowData &doc, const DiagramLayout &layout);
};

namespace {

WorkflowData readOrFail(const QString &path)
{
    const DocumentIo::ReadResult r = DocumentIo::readFile(path);
    if (!r.document)
        qWarning() << path << (r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().message);
    return r.document.value_or(WorkflowData());
}

bool onSide(const QRectF &rect, Side side, QPointF p)
{
    const qreal e = 0.5;
    switch (side) {
    case Side::Left:
        return qAbs(p.x() - rect.left()) < e && p.y() >= rect.top() - e &&
               p.y() <= rect.bottom() + e;
    case Side::Right:
        return qAbs(p.x() - rect.right()) < e && p.y() >= rect.top() - e &&
               p.y() <= rect.bottom() + e;
    case Side::Top:
        return qAbs(p.y() - rect.top()) < e && p.x() >= rect.left() - e &&
               p.x() <= rect.right() + e;
    case Side::Bottom:
        return qAbs(p.y() - rect.bottom()) < e && p.x() >= rect.left() - e &&
               p.x() <= rect.right() + e;
    }
    return false;
}

QPointF outward(Side side)
{
    switch (side) {
    case Side::Left:
        return {-1, 0};
    case Side::Right:
        return {1, 0};
    case Side::Top:
        return {0, -1};
    case Side::Bottom:
        return {0, 1};
    }
    return {};
}

} // namespace

void TestLayout::checkLayout(const WorkflowData &doc, const DiagramLayout &layout)
{
    // Every node placed, no two automatic nodes overlap, each inside its lane's band and right
    // of the header column.
    QCOMPARE(layout.nodes.size(), qsizetype(doc.nodes.size()));
    for (const Node &n : doc.nodes) {
        QVERIFY2(layout.nodes.contains(n.id), qPrintable(n.fzId));
        const NodeGeometry &g = layout.nodes[n.id];
        QVERIFY(g.rect.width() > 20 && g.rect.height() > 20);
        QVERIFY2(g.rect.contains(g.labelRect), qPrintable(n.fzId));
        if (g.manual)
            continue;
        const LaneGeometry lane = layout.lanes.value(LayoutEngine::laneOf(doc, n));
        QVERIFY2(lane.band.contains(g.rect),
                 qPrintable(n.fzId + QStringLiteral(" outside its lane")));
        QVERIFY(g.rect.left() > lane.header.right());
        for (const Node &o : doc.nodes) {
            if (o.id != n.id && !layout.nodes[o.id].manual)
                QVERIFY2(!g.rect.intersects(layout.nodes[o.id].rect),
                         qPrintable(n.fzId + QStringLiteral(" overlaps ") + o.fzId));
        }
    }
    // Lanes: stacked in file order without gaps, all equally wide, fills alternating.
    qreal y = -1;
    for (size_t i = 0; i < doc.lanes.size(); ++i) {
        const LaneGeometry lg = layout.lanes.value(doc.lanes[i].id);
        if (i > 0)
            QCOMPARE(lg.band.top(), y);
        y = lg.band.bottom();
        QCOMPARE(lg.alternate, i % 2 == 1);
        QCOMPARE(lg.band.width(), layout.lanes.value(doc.lanes[0].id).band.width());
    }
    // Order within a lane follows the flow; edges leave and enter the named sides.
    const FlowRanking ranking(doc);
    for (const Edge &e : doc.edges) {
        const Node *from = doc.node(e.from), *to = doc.node(e.to);
        if (!from || !to)
            continue;
        const QRectF fr = layout.nodes[e.from].rect, tr = layout.nodes[e.to].rect;
        if (!ranking.isBackEdge(e.id) && from->lane == to->lane && from->id != to->id) {
            if (FlowRanking::step(e) == 1)
                QVERIFY2(fr.right() < tr.left(),
                         qPrintable(from->fzId + QStringLiteral("->") + to->fzId));
            else
                QVERIFY2(fr.center().x() <= tr.center().x() + 0.5,
                         qPrintable(from->fzId + QStringLiteral("->") + to->fzId));
        }
        const QPolygonF pts = layout.edges.value(e.id).points;
        QVERIFY(pts.size() >= 2);
        QVERIFY2(onSide(fr, e.fromSide, pts.first()), qPrintable(from->fzId));
        QVERIFY2(onSide(tr, e.toSide, pts.last()), qPrintable(to->fzId));
        for (int i = 0; i + 1 < pts.size(); ++i)
            QVERIFY2(qAbs(pts[i].x() - pts[i + 1].x()) < 0.01 ||
                         qAbs(pts[i].y() - pts[i + 1].y()) < 0.01,
                     "edge segments are horizontal or vertical");
        const QPointF first = pts[1] - pts[0], last = pts.last() - pts[pts.size() - 2];
        const QPointF out = outward(e.fromSide), in = -outward(e.toSide);
        QVERIFY2(first.x() * out.x() + first.y() * out.y() > 0, "leaves its handle outwards");
        QVERIFY2(last.x() * in.x() + last.y() * in.y() > 0, "enters its handle inwards");
    }
    for (const Loop &lp : doc.loops)
        QVERIFY(layout.loops.contains(lp.id));
}

void TestLayout::properties_data()
{
    QTest::addColumn<QString>("path");
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    QStringList files;
    for (const QString &dir : {QStringLiteral(STEPWISE_TEST_DATA "/app"),
                               QStringLiteral(STEPWISE_TEST_DATA "/../../resources/templates")})
        for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.fz")}, QDir::Files))
            if (!fi.fileName().startsWith(QLatin1String("broken")))
                files << fi.absoluteFilePath();
    if (shared.isEmpty())
        qInfo("STEPWISE_SHARED is not set: the shared corpus rows are skipped; own data only.");
    if (!shared.isEmpty())
        for (const QFileInfo &fi : QDir(shared + QStringLiteral("/corpus/fz"))
                                       .entryInfoList({QStringLiteral("*.fz")}, QDir::Files))
            files << fi.absoluteFilePath();
    // Documents read from ASL have no FlowZap layout hints at all: a harder test of the layout.
    if (!shared.isEmpty())
        for (const QFileInfo &fi : QDir(shared + QStringLiteral("/corpus/asl"))
                                       .entryInfoList({QStringLiteral("*.json")}, QDir::Files))
            files << fi.absoluteFilePath();
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TestLayout::properties()
{
    QFETCH(QString, path);
    const DocumentIo::ReadResult r = DocumentIo::readFile(path);
    if (!r.document)
        QSKIP(
            qPrintable(QStringLiteral("not readable by the FlowZap reader: ") +
                       (r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().format(path))));
    QVERIFY(!r.document->nodes.empty());
    checkLayout(*r.document, LayoutEngine::compute(*r.document, DiagramStyle::measure()));
}

void TestLayout::approximateMeasureKeepsProperties()
{
    const WorkflowData doc = readOrFail(QStringLiteral(
        STEPWISE_TEST_DATA "/../../resources/templates/seed-step-functions-orchestration.fz"));
    QCOMPARE(doc.nodes.size(), size_t(17));
    checkLayout(doc, LayoutEngine::compute(doc, &LayoutEngine::approximateMeasure));
}

void TestLayout::handSetPositionIsHonoured()
{
    Workflow wf;
    const Id lane = wf.addLane(QStringLiteral("a"), QStringLiteral("A"));
    const Id n1 = wf.addNode(lane, Shape::Rectangle, QStringLiteral("one"));
    const Id n2 = wf.addNode(lane, Shape::Rectangle, QStringLiteral("two"));
    wf.addEdge(n1, Side::Right, n2, Side::Left);
    QVERIFY(wf.setNodePosition(n2, QPointF(640, 480)));
    const DiagramLayout l = LayoutEngine::compute(wf.data(), &LayoutEngine::approximateMeasure);
    QCOMPARE(l.nodes[n2].rect.topLeft(), QPointF(640, 480));
    QVERIFY(l.nodes[n2].manual);
    QVERIFY(!l.nodes[n1].manual);
    QVERIFY(l.bounds.contains(l.nodes[n2].rect));
    // The edge still ends on the moved node's left handle.
    QVERIFY(onSide(l.nodes[n2].rect, Side::Left, l.edges.begin()->points.last()));
}

void TestLayout::deterministic()
{
    const WorkflowData doc = readOrFail(QStringLiteral(
        STEPWISE_TEST_DATA "/../../resources/templates/seed-multi-cloud-serverless.fz"));
    const DiagramLayout a = LayoutEngine::compute(doc, &LayoutEngine::approximateMeasure);
    const DiagramLayout b =
        LayoutEngine::compute(WorkflowData(doc), &LayoutEngine::approximateMeasure);
    QVERIFY(!a.nodes.isEmpty());
    for (auto it = a.nodes.begin(); it != a.nodes.end(); ++it)
        QCOMPARE(b.nodes.value(it.key()).rect, it.value().rect);
    for (auto it = a.edges.begin(); it != a.edges.end(); ++it)
        QCOMPARE(b.edges.value(it.key()).points, it.value().points);
}

void TestLayout::branchDropsBelowItsSource()
{
    // n2 -> n3 on the right, n2 -> n4 from the bottom: n4 sits under n2, in a second row.
    Workflow wf;
    const Id lane = wf.addLane(QStringLiteral("a"), QStringLiteral("A"));
    const Id n1 = wf.addNode(lane, Shape::Circle, QStringLiteral("start"));
    const Id n2 = wf.addNode(lane, Shape::Diamond, QStringLiteral("ok?"));
    const Id n3 = wf.addNode(lane, Shape::Rectangle, QStringLiteral("yes"));
    const Id n4 = wf.addNode(lane, Shape::Rectangle, QStringLiteral("no"));
    wf.addEdge(n1, Side::Right, n2, Side::Left);
    wf.addEdge(n2, Side::Right, n3, Side::Left);
    wf.addEdge(n2, Side::Bottom, n4, Side::Top);
    const DiagramLayout l = LayoutEngine::compute(wf.data(), &LayoutEngine::approximateMeasure);
    checkLayout(wf.data(), l);
    QCOMPARE(l.nodes[n4].rect.center().x(), l.nodes[n2].rect.center().x());
    QVERIFY(l.nodes[n4].rect.top() > l.nodes[n2].rect.bottom());
    QCOMPARE(l.nodes[n3].rect.center().y(), l.nodes[n2].rect.center().y());
    QVERIFY(l.nodes[n1].rect.right() < l.nodes[n2].rect.left());
}

void TestLayout::unrelatedNodesOfOneLaneDoNotStack()
{
    Workflow wf;
    const Id a = wf.addLane(QStringLiteral("a"), QStringLiteral("A"));
    const Id b = wf.addLane(QStringLiteral("b"), QStringLiteral("B"));
    QVector<Id> top, bottom;
    for (int i = 0; i < 3; ++i) {
        top << wf.addNode(a, Shape::Rectangle, QStringLiteral("source %1").arg(i));
        bottom << wf.addNode(b, Shape::Rectangle, QStringLiteral("target %1").arg(i));
        wf.addEdge(top.last(), Side::Bottom, bottom.last(), Side::Top);
    }
    const DiagramLayout l = LayoutEngine::compute(wf.data(), &LayoutEngine::approximateMeasure);
    checkLayout(wf.data(), l);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(l.nodes[top[i]].row, 0);
        QCOMPARE(l.nodes[top[i]].column, i);
        QCOMPARE(l.nodes[bottom[i]].rect.center().x(), l.nodes[top[i]].rect.center().x());
    }
}

void TestLayout::crossLaneHopStaysInItsColumn()
{
    const WorkflowData doc = readOrFail(QStringLiteral(
        STEPWISE_TEST_DATA "/../../resources/templates/seed-step-functions-orchestration.fz"));
    const DiagramLayout l = LayoutEngine::compute(doc, DiagramStyle::measure());
    // n3.handle(bottom) -> StateMachine.n4.handle(top): a straight drop between the bands.
    const Node *n3 = doc.nodeByFzId(QStringLiteral("n3"));
    const Node *n4 = doc.nodeByFzId(QStringLiteral("n4"));
    QVERIFY(n3 && n4);
    QCOMPARE(l.nodes[n3->id].rect.center().x(), l.nodes[n4->id].rect.center().x());
    for (const Edge &e : doc.edges)
        if (e.from == n3->id && e.to == n4->id)
            QCOMPARE(l.edges[e.id].points.size(), 2);
}

void TestLayout::cycleIsDrawnBackward()
{
    Workflow wf;
    const Id lane = wf.addLane(QStringLiteral("a"), QStringLiteral("A"));
    const Id n1 = wf.addNode(lane, Shape::Rectangle, QStringLiteral("try"));
    const Id n2 = wf.addNode(lane, Shape::Diamond, QStringLiteral("done?"));
    const Id forward = wf.addEdge(n1, Side::Right, n2, Side::Left);
    const Id back = wf.addEdge(n2, Side::Top, n1, Side::Top, QStringLiteral("again"), true);
    wf.addLoop(QStringLiteral("until done"), {n1, n2});
    const DiagramLayout l = LayoutEngine::compute(wf.data(), &LayoutEngine::approximateMeasure);
    checkLayout(wf.data(), l);
    QVERIFY(l.edges[back].backward);
    QVERIFY(!l.edges[forward].backward);
    QVERIFY(!l.edges[back].labelRect.isEmpty());
    // The loop's return path runs under both nodes and stays inside the lane.
    const LoopGeometry loop = l.loops.begin().value();
    const qreal bottom = qMax(l.nodes[n1].rect.bottom(), l.nodes[n2].rect.bottom());
    QVERIFY(loop.points.boundingRect().bottom() > bottom);
    QVERIFY(l.lanes[lane].band.contains(loop.labelRect));
}

void TestLayout::labelsFitTheirShapes()
{
    Workflow wf;
    const Id lane = wf.addLane(QStringLiteral("a"), QStringLiteral("A"));
    const QString longText =
        QStringLiteral("A rather long label that must wrap over several lines");
    const Id c = wf.addNode(lane, Shape::Circle, longText);
    const Id d = wf.addNode(lane, Shape::Diamond, longText);
    const Id t = wf.addNode(lane, Shape::Taskbox, QStringLiteral("Review|Check docs|Verify data"));
    wf.setNodeTaskbox(t, QStringLiteral("Alice"), QStringLiteral("Four eyes"),
                      QStringLiteral("ERP"));
    const Id z =
        wf.addNode(lane, Shape::Rectangle, QStringLiteral("审核金额与发票并安排付款以及归档"));
    const DiagramLayout l = LayoutEngine::compute(wf.data(), DiagramStyle::measure());
    checkLayout(wf.data(), l);
    // Circle: the label box's corners lie inside the circle.
    const QRectF cr = l.nodes[c].rect, cl = l.nodes[c].labelRect;
    QVERIFY(QLineF(cr.center(), cl.topLeft()).length() <= cr.width() / 2);
    QVERIFY(cl.height() > 20); // wrapped
    // Diamond: w/W + h/H <= 1 keeps the box inside the rhombus.
    const QRectF dr = l.nodes[d].rect, dl = l.nodes[d].labelRect;
    QVERIFY(dl.width() / dr.width() + dl.height() / dr.height() <= 1.0);
    // Taskbox: title, then a detail block with the sub-items and the attributes.
    const NodeGeometry tg = l.nodes[t];
    QVERIFY(tg.detailRect.top() >= tg.labelRect.bottom());
    QVERIFY(tg.rect.contains(tg.detailRect));
    QVERIFY(tg.detailRect.height() > tg.labelRect.height() * 3);
    QVERIFY(l.nodes[z].rect.contains(l.nodes[z].labelRect));
}

void TestLayout::longLaneTitleGrowsItsRow()
{
    // A measure of the test's own: 10 px per character, one 20 px line per 10 characters.
    const TextMeasure measure = [](const QString &text, qreal maxWidth, TextRole) {
        const int perLine = qMax(1, int(maxWidth / 10));
        const int lines = int((text.size() + perLine - 1) / perLine);
        return QSizeF(qMin<qreal>(text.size() * 10, perLine * 10), lines * 20);
    };
    Workflow wf;
    const Id lane = wf.addLane(QStringLiteral("a"), QString(300, QLatin1Char('x')));
    const Id other = wf.addLane(QStringLiteral("b"), QStringLiteral("B"));
    wf.addNode(lane, Shape::Rectangle, QStringLiteral("one"));
    wf.addNode(other, Shape::Rectangle, QStringLiteral("two"));
    const DiagramLayout l = LayoutEngine::compute(wf.data(), measure);
    checkLayout(wf.data(), l);
    // 300 characters at 15 a line (150 px) make 20 lines of 20 px.
    QVERIFY(l.lanes[lane].band.height() >= 400);
    QCOMPARE(l.lanes[lane].header.height(), l.lanes[lane].band.height());
}

void TestLayout::nodeWithoutLaneGetsAnImplicitLane()
{
    WorkflowData doc;
    Node n;
    n.id = doc.allocateId();
    n.fzId = QStringLiteral("n1");
    n.label = QStringLiteral("alone");
    doc.nodes.push_back(n);
    const DiagramLayout l = LayoutEngine::compute(doc, &LayoutEngine::approximateMeasure);
    QVERIFY(l.lanes.contains(NoId));
    QVERIFY(l.lanes[NoId].band.contains(l.nodes[n.id].rect));
}

void TestLayout::emptyDocument()
{
    const DiagramLayout l =
        LayoutEngine::compute(WorkflowData(), &LayoutEngine::approximateMeasure);
    QVERIFY(l.nodes.isEmpty());
    QVERIFY(l.lanes.isEmpty());
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
