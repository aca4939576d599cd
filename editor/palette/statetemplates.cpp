#include "statetemplates.h"

#include <functional>

namespace stepwise {

QString StateTemplates::mimeType()
{
    return QStringLiteral("application/x-stepwise-palette");
}

const QVector<StateTemplates::Entry> &StateTemplates::entries()
{
    static const QVector<Entry> list = [] {
        auto e = [](const char *key, const QString &title, const QString &tip) {
            const QString k = QString::fromLatin1(key);
            return Entry{k, title, tip, QStringLiteral(":/icons/state-%1.svg").arg(k)};
        };
        return QVector<Entry>{
            e("task", tr("Task"), tr("Calls a service (Lambda, SQS, DynamoDB, HTTP...)")),
            e("callback", tr("Callback Task"),
              tr("A task that waits for a task token (.waitForTaskToken)")),
            e("pass", tr("Pass"), tr("Passes its input on, optionally transformed")),
            e("choice", tr("Choice"), tr("Branches on conditions over the input")),
            e("wait", tr("Wait"), tr("Waits for a time or until a timestamp")),
            e("parallel", tr("Parallel"), tr("Runs branches at the same time")),
            e("map", tr("Map"), tr("Runs a processor for each item of a list")),
            e("succeed", tr("Succeed"), tr("Ends the execution successfully")),
            e("fail", tr("Fail"), tr("Ends the execution with an error")),
            e("lane", tr("Lane"), tr("A swimlane: a row for one actor or system")),
        };
    }();
    return list;
}

const StateTemplates::Entry *StateTemplates::entry(const QString &key)
{
    for (const Entry &e : entries())
        if (e.key == key)
            return &e;
    return nullptr;
}

QIcon StateTemplates::icon(const QString &key)
{
    const Entry *e = entry(key);
    return e ? QIcon(e->icon) : QIcon();
}

QString StateTemplates::uniqueName(const WorkflowData &doc, const QString &base)
{
    // Names are unique across the definition: the states of nested machines count too (a
    // container's branch state made here would otherwise repeat an earlier one's).
    std::function<bool(const WorkflowData &, const QString &)> inMachine =
        [&inMachine](const WorkflowData &m, const QString &name) {
            for (const Node &n : m.nodes) {
                if (n.asl.name == name || n.label == name)
                    return true;
                for (const WorkflowData &sub : n.subMachines)
                    if (inMachine(sub, name))
                        return true;
            }
            return false;
        };
    auto taken = [&doc, &inMachine](const QString &name) { return inMachine(doc, name); };
    QString name = base;
    for (int i = 2; taken(name); ++i)
        name = QStringLiteral("%1 %2").arg(base).arg(i);
    return name;
}

Node StateTemplates::makeNode(const WorkflowData &doc, const QString &key, Id lane)
{
    static const char *const types[][2] = {
        {"task", "Task"},     {"callback", "Task"},   {"pass", "Pass"},
        {"choice", "Choice"}, {"wait", "Wait"},       {"parallel", "Parallel"},
        {"map", "Map"},       {"succeed", "Succeed"}, {"fail", "Fail"},
    };
    QString type = QStringLiteral("Pass");
    for (const auto &t : types)
        if (key == QLatin1String(t[0]))
            type = QString::fromLatin1(t[1]);
    const Entry *e = entry(key);
    Node n;
    n.lane = lane;
    n.asl.type = type;
    n.asl.name = uniqueName(doc, e && key != QLatin1String("callback") ? e->title : type);
    n.label = n.asl.name;
    OrderedJson f = OrderedJson::object();
    f["Type"] = type.toStdString();
    n.shape = Shape::Rectangle;
    if (key == QLatin1String("task")) {
        f["Resource"] = "arn:aws:states:::lambda:invoke";
        f["Arguments"] = {{"FunctionName", "arn:aws:lambda:us-east-1:123456789012:function:name"},
                          {"Payload", "{% $states.input %}"}};
        f["QueryLanguage"] = "JSONata";
    } else if (key == QLatin1String("callback")) {
        n.shape = Shape::Taskbox;
        f["Resource"] = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
        f["Arguments"] = {{"QueueUrl", "https://sqs.us-east-1.amazonaws.com/123456789012/queue"},
                          {"MessageBody", {{"token", "{% $states.context.Task.Token %}"}}}};
        f["QueryLanguage"] = "JSONata";
    } else if (key == QLatin1String("choice")) {
        n.shape = Shape::Diamond;
    } else if (key == QLatin1String("wait")) {
        f["Seconds"] = 5;
    } else if (key == QLatin1String("succeed") || key == QLatin1String("fail")) {
        n.shape = Shape::Circle;
    } else if (key == QLatin1String("parallel")) {
        const std::string inner = uniqueName(doc, n.asl.name + tr(" step")).toStdString();
        f["Branches"] = OrderedJson::array(
            {{{"StartAt", inner}, {"States", {{inner, {{"Type", "Pass"}, {"End", true}}}}}}});
    } else if (key == QLatin1String("map")) {
        const std::string inner = uniqueName(doc, n.asl.name + tr(" item")).toStdString();
        f["ItemProcessor"] = {{"StartAt", inner},
                              {"States", {{inner, {{"Type", "Pass"}, {"End", true}}}}}};
    }
    // Terminal types end by themselves; the others end until an edge gives them a next state.
    if (key != QLatin1String("succeed") && key != QLatin1String("fail") &&
        key != QLatin1String("choice"))
        f["End"] = true;
    n.asl.fields = std::move(f);
    return n;
}

} // namespace stepwise
