#include "workflowdata.h"

namespace stepwise {

namespace {

template <typename Vec> int findIndex(const Vec &items, QHash<Id, int> &cache, Id id)
{
    auto it = cache.constFind(id);
    if (it != cache.constEnd() && *it < int(items.size()) && items[size_t(*it)].id == id)
        return *it;
    cache.clear();
    cache.reserve(int(items.size()));
    for (int i = 0; i < int(items.size()); ++i)
        cache.insert(items[size_t(i)].id, i);
    it = cache.constFind(id);
    return it == cache.constEnd() ? -1 : *it;
}

} // namespace

QString shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return QStringLiteral("circle");
    case Shape::Rectangle:
        return QStringLiteral("rectangle");
    case Shape::Diamond:
        return QStringLiteral("diamond");
    case Shape::Taskbox:
        return QStringLiteral("taskbox");
    }
    return {};
}

std::optional<Shape> shapeFromName(const QString &name)
{
    if (name == QLatin1String("circle"))
        return Shape::Circle;
    if (name == QLatin1String("rectangle"))
        return Shape::Rectangle;
    if (name == QLatin1String("diamond"))
        return Shape::Diamond;
    if (name == QLatin1String("taskbox"))
        return Shape::Taskbox;
    return std::nullopt;
}

QString sideName(Side side)
{
    switch (side) {
    case Side::Left:
        return QStringLiteral("left");
    case Side::Right:
        return QStringLiteral("right");
    case Side::Top:
        return QStringLiteral("top");
    case Side::Bottom:
        return QStringLiteral("bottom");
    }
    return {};
}

std::optional<Side> sideFromName(const QString &name)
{
    if (name == QLatin1String("left"))
        return Side::Left;
    if (name == QLatin1String("right"))
        return Side::Right;
    if (name == QLatin1String("top"))
        return Side::Top;
    if (name == QLatin1String("bottom"))
        return Side::Bottom;
    return std::nullopt;
}

QString EdgeMeaning::toString() const
{
    switch (kind) {
    case Kind::Plain:
        return {};
    case Kind::StartAt:
        return QStringLiteral("startAt");
    case Kind::Next:
        return QStringLiteral("next");
    case Kind::Choice:
        return QStringLiteral("choice:%1").arg(index);
    case Kind::Default:
        return QStringLiteral("default");
    case Kind::Catch:
        return QStringLiteral("catch:%1").arg(index);
    case Kind::End:
        return QStringLiteral("end");
    }
    return {};
}

std::optional<EdgeMeaning> EdgeMeaning::fromString(const QString &text)
{
    static const std::pair<const char *, Kind> plain[] = {{"startAt", Kind::StartAt},
                                                          {"next", Kind::Next},
                                                          {"default", Kind::Default},
                                                          {"end", Kind::End}};
    if (text.isEmpty())
        return EdgeMeaning{};
    for (const auto &[name, kind] : plain)
        if (text == QLatin1String(name))
            return EdgeMeaning{kind, -1};
    for (const auto &[prefix, kind] :
         {std::pair{"choice:", Kind::Choice}, std::pair{"catch:", Kind::Catch}}) {
        if (!text.startsWith(QLatin1String(prefix)))
            continue;
        bool ok = false;
        const int index = text.mid(int(qstrlen(prefix))).toInt(&ok);
        if (ok && index >= 0)
            return EdgeMeaning{kind, index};
    }
    return std::nullopt;
}

const Lane *WorkflowData::lane(Id id) const
{
    const int i = findIndex(lanes, laneIndexCache, id);
    return i < 0 ? nullptr : &lanes[size_t(i)];
}

Lane *WorkflowData::lane(Id id)
{
    return const_cast<Lane *>(std::as_const(*this).lane(id));
}

const Lane *WorkflowData::laneByKey(const QString &key) const
{
    for (const Lane &l : lanes)
        if (l.key == key)
            return &l;
    return nullptr;
}

int WorkflowData::laneIndex(Id id) const
{
    return findIndex(lanes, laneIndexCache, id);
}

const Node *WorkflowData::node(Id id) const
{
    const int i = findIndex(nodes, nodeIndex, id);
    return i < 0 ? nullptr : &nodes[size_t(i)];
}

Node *WorkflowData::node(Id id)
{
    return const_cast<Node *>(std::as_const(*this).node(id));
}

const Node *WorkflowData::nodeByFzId(const QString &fzId) const
{
    for (const Node &n : nodes)
        if (n.fzId == fzId)
            return &n;
    return nullptr;
}

const Node *WorkflowData::nodeByStateName(const QString &name) const
{
    for (const Node &n : nodes)
        if (n.asl.name == name)
            return &n;
    return nullptr;
}

const Edge *WorkflowData::edge(Id id) const
{
    const int i = findIndex(edges, edgeIndex, id);
    return i < 0 ? nullptr : &edges[size_t(i)];
}

Edge *WorkflowData::edge(Id id)
{
    return const_cast<Edge *>(std::as_const(*this).edge(id));
}

const Loop *WorkflowData::loop(Id id) const
{
    for (const Loop &l : loops)
        if (l.id == id)
            return &l;
    return nullptr;
}

Loop *WorkflowData::loop(Id id)
{
    return const_cast<Loop *>(std::as_const(*this).loop(id));
}

QVector<Id> WorkflowData::nodesInLane(Id laneId) const
{
    QVector<Id> out;
    for (const Node &n : nodes)
        if (n.lane == laneId)
            out.append(n.id);
    return out;
}

QVector<Id> WorkflowData::edgesFrom(Id nodeId) const
{
    QVector<Id> out;
    for (const Edge &e : edges)
        if (e.from == nodeId)
            out.append(e.id);
    return out;
}

QVector<Id> WorkflowData::edgesTo(Id nodeId) const
{
    QVector<Id> out;
    for (const Edge &e : edges)
        if (e.to == nodeId)
            out.append(e.id);
    return out;
}

QString WorkflowData::nextFzId() const
{
    qlonglong highest = 0;
    for (const Node &n : nodes) {
        if (n.fzId.startsWith(QLatin1Char('n'))) {
            bool ok = false;
            const qlonglong v = n.fzId.mid(1).toLongLong(&ok);
            if (ok && v > highest)
                highest = v;
        }
    }
    return QLatin1Char('n') + QString::number(highest + 1);
}

} // namespace stepwise
