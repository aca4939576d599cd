#include "transitions.h"

#include "asl/asldiagram.h"

#include <QHash>
#include <QSet>

namespace stepwise {

namespace {

using Kind = EdgeMeaning::Kind;

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString stringAt(const OrderedJson &obj, const char *key)
{
    const auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? q(it->get<std::string>()) : QString();
}

const OrderedJson *listAt(const OrderedJson &fields, const char *key)
{
    const auto it = fields.find(key);
    return it != fields.end() && it->is_array() ? &*it : nullptr;
}

const char *listKey(Kind kind)
{
    return kind == Kind::Choice ? "Choices" : "Catch";
}

const char *fieldKey(Kind kind)
{
    return kind == Kind::Next ? "Next" : kind == Kind::Default ? "Default" : "End";
}

bool renameRule(OrderedJson &rule, const std::string &from, const std::string &to)
{
    if (!rule.is_object())
        return false;
    bool changed = false;
    const auto next = rule.find("Next");
    if (next != rule.end() && next->is_string() && next->get<std::string>() == from) {
        *next = to;
        changed = true;
    }
    for (const char *b : {"And", "Or"}) {
        const auto list = rule.find(b);
        if (list != rule.end() && list->is_array())
            for (OrderedJson &r : *list)
                changed = renameRule(r, from, to) || changed;
    }
    const auto inner = rule.find("Not");
    if (inner != rule.end())
        changed = renameRule(*inner, from, to) || changed;
    return changed;
}

} // namespace

QVector<Transitions::Reference> Transitions::references(const OrderedJson &fields)
{
    QVector<Reference> out;
    if (!fields.is_object())
        return out;
    if (const OrderedJson *rules = listAt(fields, "Choices"))
        for (int i = 0; i < int(rules->size()); ++i)
            if ((*rules)[size_t(i)].is_object() && (*rules)[size_t(i)].contains("Next"))
                out.append({EdgeMeaning{Kind::Choice, i}, stringAt((*rules)[size_t(i)], "Next")});
    if (fields.contains("Default"))
        out.append({EdgeMeaning{Kind::Default, -1}, stringAt(fields, "Default")});
    if (fields.contains("Next"))
        out.append({EdgeMeaning{Kind::Next, -1}, stringAt(fields, "Next")});
    if (const OrderedJson *catchers = listAt(fields, "Catch"))
        for (int i = 0; i < int(catchers->size()); ++i)
            if ((*catchers)[size_t(i)].is_object() && (*catchers)[size_t(i)].contains("Next"))
                out.append({EdgeMeaning{Kind::Catch, i}, stringAt((*catchers)[size_t(i)], "Next")});
    const auto end = fields.find("End");
    if (end != fields.end() && *end == true)
        out.append({EdgeMeaning{Kind::End, -1}, QString()});
    return out;
}

bool Transitions::hasReference(const OrderedJson &fields, EdgeMeaning meaning)
{
    for (const Reference &r : references(fields))
        if (r.meaning == meaning)
            return true;
    return false;
}

void Transitions::setTarget(OrderedJson &fields, EdgeMeaning meaning, const QString &target)
{
    const std::string t = target.toStdString();
    switch (meaning.kind) {
    case Kind::Next:
    case Kind::Default:
        fields[fieldKey(meaning.kind)] = t;
        break;
    case Kind::End:
        fields["End"] = true;
        break;
    case Kind::Choice:
    case Kind::Catch: {
        OrderedJson &list = fields[listKey(meaning.kind)];
        if (list.is_array() && meaning.index >= 0 && meaning.index < int(list.size()) &&
            list[size_t(meaning.index)].is_object())
            list[size_t(meaning.index)]["Next"] = t;
        break;
    }
    default:
        break;
    }
}

void Transitions::removeReference(OrderedJson &fields, EdgeMeaning meaning)
{
    switch (meaning.kind) {
    case Kind::Next:
    case Kind::Default:
    case Kind::End:
        fields.erase(fieldKey(meaning.kind));
        break;
    case Kind::Choice:
    case Kind::Catch: {
        const auto it = fields.find(listKey(meaning.kind));
        if (it != fields.end() && it->is_array() && meaning.index >= 0 &&
            meaning.index < int(it->size()))
            it->erase(size_t(meaning.index));
        break;
    }
    default:
        break;
    }
}

bool Transitions::renameReferences(OrderedJson &fields, const QString &from, const QString &to)
{
    if (!fields.is_object())
        return false;
    const std::string f = from.toStdString(), t = to.toStdString();
    bool changed = false;
    for (const char *key : {"Next", "Default"}) {
        const auto it = fields.find(key);
        if (it != fields.end() && it->is_string() && it->get<std::string>() == f) {
            *it = t;
            changed = true;
        }
    }
    for (const char *list : {"Choices", "Catch"}) {
        const auto it = fields.find(list);
        if (it != fields.end() && it->is_array())
            for (OrderedJson &r : *it)
                changed = renameRule(r, f, t) || changed;
    }
    return changed;
}

OrderedJson Transitions::placeholderRule(const QString &target, bool jsonata)
{
    OrderedJson rule = OrderedJson::object();
    QString literal = target;
    literal.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    literal.replace(QLatin1Char('"'), QLatin1String("\\\""));
    if (jsonata) {
        rule["Condition"] =
            (QStringLiteral("{% $states.input.choice = \"") + literal + QStringLiteral("\" %}"))
                .toStdString();
    } else {
        rule["Variable"] = "$.choice";
        rule["StringEquals"] = target.toStdString();
    }
    rule["Next"] = target.toStdString();
    return rule;
}

QString Transitions::defaultLabel(const OrderedJson &fields, EdgeMeaning meaning, bool *hasLabel)
{
    *hasLabel = true;
    switch (meaning.kind) {
    case Kind::Choice: {
        const OrderedJson *rules = listAt(fields, "Choices");
        if (rules && meaning.index >= 0 && meaning.index < int(rules->size()))
            return AslDiagram::conditionLabel((*rules)[size_t(meaning.index)]);
        return {};
    }
    case Kind::Default:
        return QStringLiteral("Default");
    case Kind::Catch: {
        const OrderedJson *catchers = listAt(fields, "Catch");
        QStringList errors;
        if (catchers && meaning.index >= 0 && meaning.index < int(catchers->size()))
            if (const OrderedJson *list = listAt((*catchers)[size_t(meaning.index)], "ErrorEquals"))
                for (const OrderedJson &e : *list)
                    if (e.is_string())
                        errors << q(e.get<std::string>());
        return errors.join(QStringLiteral(", "));
    }
    default:
        *hasLabel = false;
        return {};
    }
}

Side Transitions::defaultFromSide(EdgeMeaning meaning)
{
    return meaning.kind == Kind::Choice || meaning.kind == Kind::Catch ? Side::Bottom : Side::Right;
}

Side Transitions::defaultToSide(EdgeMeaning meaning)
{
    return meaning.kind == Kind::Choice || meaning.kind == Kind::Catch ? Side::Top : Side::Left;
}

Id Transitions::startMarker(const WorkflowData &m)
{
    for (const Edge &e : m.edges)
        if (e.meaning.kind == Kind::StartAt)
            return e.from;
    QSet<Id> leaving;
    for (const Edge &e : m.edges)
        leaving.insert(e.from);
    for (const Node &n : m.nodes)
        if (n.asl.type.isEmpty() && n.shape == Shape::Circle && !leaving.contains(n.id) &&
            n.label == QLatin1String("Start"))
            return n.id;
    return NoId;
}

Id Transitions::startTarget(const WorkflowData &m)
{
    const auto it = m.aslTop.find("StartAt");
    if (it == m.aslTop.end() || !it->is_string())
        return NoId;
    return resolve(m, Reference{EdgeMeaning{Kind::Next, -1}, q(it->get<std::string>())}, NoId);
}

Id Transitions::endMarker(const WorkflowData &m, bool guess)
{
    for (const Edge &e : m.edges)
        if (e.meaning.kind == Kind::End)
            return e.to;
    if (!guess)
        return NoId;
    QSet<Id> leaving;
    for (const Edge &e : m.edges)
        leaving.insert(e.from);
    for (const Node &n : m.nodes)
        if (n.asl.type.isEmpty() && n.shape == Shape::Circle && !leaving.contains(n.id) &&
            n.label == QLatin1String("End"))
            return n.id;
    return NoId;
}

Id Transitions::resolve(const WorkflowData &m, const Reference &r, Id endMarker)
{
    if (r.meaning.kind == Kind::End)
        return endMarker;
    if (r.target.isEmpty())
        return NoId;
    for (const Node &n : m.nodes)
        if (!n.asl.type.isEmpty() && n.asl.name == r.target)
            return n.id;
    return NoId;
}

void Transitions::deriveMissingMeanings(WorkflowData &m)
{
    bool recorded = false;
    bool states = false;
    for (const Edge &e : m.edges)
        recorded = recorded || !e.meaning.isPlain();
    for (const Node &n : m.nodes)
        states = states || !n.asl.type.isEmpty();
    if (!recorded && states) {
        // Old files drew the references in this order (AslDiagram), so the first free
        // reference to an edge's target is the one it draws.
        QHash<Id, QVector<Reference>> open;
        const Id end = endMarker(m, true);
        for (const Node &n : m.nodes)
            if (!n.asl.type.isEmpty())
                open.insert(n.id, references(n.asl.fields));
        const QString start = q(m.aslTop.value("StartAt", std::string()));
        bool started = false;
        for (Edge &e : m.edges) {
            const Node *from = m.node(e.from);
            const Node *to = m.node(e.to);
            if (!from || !to)
                continue;
            if (from->asl.type.isEmpty()) {
                if (!started && !to->asl.type.isEmpty() && to->asl.name == start) {
                    e.meaning = EdgeMeaning{Kind::StartAt, -1};
                    started = true;
                }
                continue;
            }
            QVector<Reference> &refs = open[from->id];
            for (int i = 0; i < refs.size(); ++i)
                if (resolve(m, refs[i], end) == e.to) {
                    e.meaning = refs[i].meaning;
                    refs.remove(i);
                    break;
                }
        }
    }
    for (Node &n : m.nodes)
        for (WorkflowData &sub : n.subMachines)
            deriveMissingMeanings(sub);
}

} // namespace stepwise
