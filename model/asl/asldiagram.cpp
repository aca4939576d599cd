#include "asldiagram.h"

namespace stepwise {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString valueText(const OrderedJson &v)
{
    return v.is_string() ? QLatin1Char('"') + q(v.get<std::string>()) + QLatin1Char('"')
                         : q(v.dump());
}

QString fullCondition(const OrderedJson &rule)
{
    if (!rule.is_object())
        return {};
    if (rule.contains("Condition") && rule["Condition"].is_string())
        return q(rule["Condition"].get<std::string>());
    for (const char *b : {"And", "Or"}) {
        if (!rule.contains(b) || !rule[b].is_array())
            continue;
        QStringList parts;
        for (const OrderedJson &r : rule[b]) {
            const QString p = fullCondition(r);
            parts << ((r.contains("And") || r.contains("Or"))
                          ? QLatin1Char('(') + p + QLatin1Char(')')
                          : p);
        }
        return parts.join(QLatin1String(b[0] == 'A' ? " && " : " || "));
    }
    if (rule.contains("Not"))
        return QStringLiteral("!(") + fullCondition(rule["Not"]) + QLatin1Char(')');
    const QString var = rule.contains("Variable") && rule["Variable"].is_string()
                            ? q(rule["Variable"].get<std::string>())
                            : QStringLiteral("?");
    static const std::pair<const char *, const char *> ops[] = {
        {"GreaterThanEquals", ">="}, {"LessThanEquals", "<="}, {"GreaterThan", ">"},
        {"LessThan", "<"},           {"Equals", "=="},
    };
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        std::string key = it.key();
        if (key == "Variable" || key == "Next" || key == "Comment" || key == "Assign" ||
            key == "Output")
            continue;
        const bool isPath = key.size() > 4 && key.compare(key.size() - 4, 4, "Path") == 0;
        if (isPath)
            key.resize(key.size() - 4);
        const QString value =
            isPath && it->is_string() ? q(it->get<std::string>()) : valueText(*it);
        if (key == "StringMatches")
            return var + QStringLiteral(" matches ") + value;
        if (key.rfind("Is", 0) == 0) {
            const bool yes = it->is_boolean() && it->get<bool>();
            const QString what = q(key.substr(2)).toLower();
            return var + (yes ? QStringLiteral(" is ") : QStringLiteral(" is not ")) + what;
        }
        for (const auto &[suffix, symbol] : ops) {
            const std::string s(suffix);
            if (key.size() > s.size() && key.compare(key.size() - s.size(), s.size(), s) == 0)
                return var + QLatin1Char(' ') + QLatin1String(symbol) + QLatin1Char(' ') + value;
        }
    }
    return var;
}

} // namespace

QString AslDiagram::conditionLabel(const OrderedJson &rule)
{
    QString text = fullCondition(rule).simplified();
    if (text.size() > 50)
        text = text.left(49) + QChar(0x2026);
    return text;
}

void AslDiagram::build(WorkflowData &m)
{
    Lane lane;
    lane.id = m.allocateId();
    lane.key = QLatin1String(laneKey);
    const auto comment = m.aslTop.find("Comment");
    lane.title = comment != m.aslTop.end() && comment->is_string() && !comment->empty()
                     ? q(comment->get<std::string>()).simplified()
                     : QStringLiteral("State machine");
    QHash<QString, Id> byName;
    for (Node &n : m.nodes) {
        n.lane = lane.id;
        byName.insert(n.asl.name, n.id);
    }
    const int stateCount = int(m.nodes.size());

    Node start;
    start.id = m.allocateId();
    start.lane = lane.id;
    start.fzId = QStringLiteral("n%1").arg(stateCount + 1);
    start.shape = Shape::Circle;
    // Marker labels are document data, not UI text: a file must not change with the
    // language of the window that converted it.
    start.label = QStringLiteral("Start");

    std::vector<Edge> edges;
    using Kind = EdgeMeaning::Kind;
    auto link = [&](Id from, Id to, Side fs, Side ts, const QString &label, bool hasLabel,
                    EdgeMeaning meaning) {
        Edge e;
        e.meaning = meaning;
        e.from = from;
        e.to = to;
        e.fromSide = fs;
        e.toSide = ts;
        e.label = label;
        e.hasLabel = hasLabel;
        edges.push_back(e);
    };
    auto targetOf = [&](const OrderedJson &v) -> Id {
        return v.is_string() ? byName.value(q(v.get<std::string>()), NoId) : NoId;
    };
    const auto startAt = m.aslTop.find("StartAt");
    if (startAt != m.aslTop.end())
        if (const Id t = targetOf(*startAt))
            link(start.id, t, Side::Right, Side::Left, {}, false, {Kind::StartAt, -1});

    bool needsEnd = false;
    std::vector<Id> toEnd;
    for (const Node &n : m.nodes) {
        const OrderedJson &f = n.asl.fields;
        if (!f.is_object())
            continue;
        if (f.contains("Choices") && f["Choices"].is_array())
            for (int i = 0; i < int(f["Choices"].size()); ++i) {
                const OrderedJson &rule = f["Choices"][size_t(i)];
                if (rule.is_object() && rule.contains("Next"))
                    if (const Id t = targetOf(rule["Next"]))
                        link(n.id, t, Side::Bottom, Side::Top, conditionLabel(rule), true,
                             {Kind::Choice, i});
            }
        if (f.contains("Default"))
            if (const Id t = targetOf(f["Default"]))
                link(n.id, t, Side::Right, Side::Left, QStringLiteral("Default"), true,
                     {Kind::Default, -1});
        if (f.contains("Next"))
            if (const Id t = targetOf(f["Next"]))
                link(n.id, t, Side::Right, Side::Left, {}, false, {Kind::Next, -1});
        if (f.contains("Catch") && f["Catch"].is_array())
            for (int i = 0; i < int(f["Catch"].size()); ++i) {
                const OrderedJson &c = f["Catch"][size_t(i)];
                if (!c.is_object() || !c.contains("Next"))
                    continue;
                QStringList errors;
                if (c.contains("ErrorEquals") && c["ErrorEquals"].is_array())
                    for (const OrderedJson &e : c["ErrorEquals"])
                        if (e.is_string())
                            errors << q(e.get<std::string>());
                if (const Id t = targetOf(c["Next"]))
                    link(n.id, t, Side::Bottom, Side::Top, errors.join(QStringLiteral(", ")), true,
                         {Kind::Catch, i});
            }
        if (f.value("End", OrderedJson()) == true) {
            needsEnd = true;
            toEnd.push_back(n.id);
        }
    }

    lane.body.push_back(Statement{Statement::Kind::Node, start.id, {}});
    for (const Node &n : m.nodes)
        lane.body.push_back(Statement{Statement::Kind::Node, n.id, {}});
    m.nodes.push_back(start);
    if (needsEnd) {
        Node end;
        end.id = m.allocateId();
        end.lane = lane.id;
        end.fzId = QStringLiteral("n%1").arg(stateCount + 2);
        end.shape = Shape::Circle;
        end.label = QStringLiteral("End");
        for (Id from : toEnd)
            link(from, end.id, Side::Right, Side::Left, {}, false, {Kind::End, -1});
        lane.body.push_back(Statement{Statement::Kind::Node, end.id, {}});
        m.nodes.push_back(end);
    }
    m.edges.reserve(edges.size());
    for (Edge &e : edges) {
        e.id = m.allocateId();
        lane.body.push_back(Statement{Statement::Kind::Edge, e.id, {}});
        m.edges.push_back(std::move(e));
    }
    m.topLevel.push_back(Statement{Statement::Kind::Lane, lane.id, {}});
    m.lanes.push_back(std::move(lane));
}

} // namespace stepwise
