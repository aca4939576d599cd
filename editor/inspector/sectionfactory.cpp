#include "sectionfactory.h"

#include "choicesection.h"
#include "flatsection.h"
#include "headersection.h"
#include "machinessection.h"
#include "retrycatchsection.h"

#include <QRegularExpression>

namespace stepwise {

namespace {

using Spec = FlatSection::Spec;
using T = Spec::Type;
using K = LineField::Kind;

Spec line(const QString &label, const char *key, K kind, double minimum = 0)
{
    Spec s;
    s.label = label;
    s.key = QLatin1String(key);
    s.kind = kind;
    s.minimum = minimum;
    return s;
}

// A field that takes a number, or in a JSONata state also a `{% %}` expression.
Spec number(const QString &label, const char *key, K kind, double minimum, bool jsonata)
{
    Spec s = line(label, key, kind, minimum);
    s.expression = jsonata;
    return s;
}

Spec json(const QString &label, const char *key, bool objectOnly = false)
{
    Spec s;
    s.label = label;
    s.key = QLatin1String(key);
    s.type = objectOnly ? T::JsonObject : T::Json;
    return s;
}

QString timestampProblem(const OrderedJson &v)
{
    static const QRegularExpression rfc3339(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!v.is_string() || !rfc3339.match(QString::fromStdString(v.get<std::string>())).hasMatch())
        return SectionFactory::tr("Enter a timestamp such as 2024-05-01T12:00:00Z.");
    return {};
}

QList<Spec> typeSpecs(const QString &type, bool jsonata)
{
    QList<Spec> s;
    if (type == QLatin1String("Task")) {
        Spec resource;
        resource.label = SectionFactory::tr("Resource");
        resource.key = QStringLiteral("Resource");
        resource.type = T::EditableCombo;
        resource.options = SectionFactory::taskResources();
        s << resource
          << number(SectionFactory::tr("Timeout (s)"), "TimeoutSeconds", K::Integer, 1, jsonata);
        if (!jsonata)
            s << line(SectionFactory::tr("Timeout path"), "TimeoutSecondsPath", K::ReferencePath);
        s << number(SectionFactory::tr("Heartbeat (s)"), "HeartbeatSeconds", K::Integer, 1,
                    jsonata);
        if (!jsonata)
            s << line(SectionFactory::tr("Heartbeat path"), "HeartbeatSecondsPath",
                      K::ReferencePath);
        s << json(SectionFactory::tr("Credentials"), "Credentials", true);
    } else if (type == QLatin1String("Wait")) {
        s << number(SectionFactory::tr("Seconds"), "Seconds", K::Integer, 0, jsonata);
        Spec ts = line(SectionFactory::tr("Timestamp"), "Timestamp", K::Text);
        ts.check = timestampProblem;
        ts.expression = jsonata;
        s << ts;
        if (!jsonata)
            s << line(SectionFactory::tr("Seconds path"), "SecondsPath", K::ReferencePath)
              << line(SectionFactory::tr("Timestamp path"), "TimestampPath", K::ReferencePath);
    } else if (type == QLatin1String("Pass")) {
        if (!jsonata)
            s << json(SectionFactory::tr("Result"), "Result");
    } else if (type == QLatin1String("Fail")) {
        s << line(SectionFactory::tr("Error"), "Error", K::Text);
        if (!jsonata)
            s << line(SectionFactory::tr("Error path"), "ErrorPath", K::Path);
        s << line(SectionFactory::tr("Cause"), "Cause", K::Text);
        if (!jsonata)
            s << line(SectionFactory::tr("Cause path"), "CausePath", K::Path);
    } else if (type == QLatin1String("Map")) {
        if (jsonata) {
            Spec items = json(SectionFactory::tr("Items"), "Items");
            items.expression = true;
            s << items;
        } else
            s << line(SectionFactory::tr("Items path"), "ItemsPath", K::ReferencePath);
        s << json(SectionFactory::tr("Item selector"), "ItemSelector", true)
          << number(SectionFactory::tr("Max concurrency"), "MaxConcurrency", K::Integer, 0,
                    jsonata);
        if (!jsonata)
            s << line(SectionFactory::tr("Max concurrency path"), "MaxConcurrencyPath",
                      K::ReferencePath);
        s << number(SectionFactory::tr("Tolerated failures"), "ToleratedFailureCount", K::Integer,
                    0, jsonata);
        Spec percent = number(SectionFactory::tr("Tolerated failures (%)"),
                              "ToleratedFailurePercentage", K::Number, 0, jsonata);
        percent.maximum = 100;
        s << percent;
        if (!jsonata)
            s << line(SectionFactory::tr("Tolerated failures path"), "ToleratedFailureCountPath",
                      K::ReferencePath)
              << line(SectionFactory::tr("Tolerated failures (%) path"),
                      "ToleratedFailurePercentagePath", K::ReferencePath);
        s << line(SectionFactory::tr("Label"), "Label", K::Text)
          << json(SectionFactory::tr("Item reader"), "ItemReader", true)
          << json(SectionFactory::tr("Item batcher"), "ItemBatcher", true)
          << json(SectionFactory::tr("Result writer"), "ResultWriter", true);
    }
    return s;
}

QList<Spec> ioSpecs(const QString &type, bool jsonata)
{
    QList<Spec> s;
    const bool works = type == QLatin1String("Task") || type == QLatin1String("Parallel") ||
                       type == QLatin1String("Map");
    const bool pass = type == QLatin1String("Pass");
    if (type == QLatin1String("Fail"))
        return s;
    if (jsonata) {
        Spec arguments = json(SectionFactory::tr("Arguments"), "Arguments");
        Spec output = json(SectionFactory::tr("Output"), "Output");
        arguments.expression = output.expression = true;
        if (works)
            s << arguments;
        s << output;
    } else {
        s << line(SectionFactory::tr("Input path"), "InputPath", K::Path);
        if (works || pass)
            s << json(SectionFactory::tr("Parameters"), "Parameters", true);
        if (works)
            s << json(SectionFactory::tr("Result selector"), "ResultSelector", true);
        if (works || pass)
            s << line(SectionFactory::tr("Result path"), "ResultPath", K::ResultPath);
        s << line(SectionFactory::tr("Output path"), "OutputPath", K::Path);
    }
    if (type != QLatin1String("Succeed"))
        s << json(SectionFactory::tr("Assign"), "Assign", true);
    return s;
}

} // namespace

QList<StateSection *> SectionFactory::create(const QString &type, bool jsonata, Workflow *doc,
                                             QUndoStack *undo, QWidget *parent)
{
    QList<StateSection *> sections{new HeaderSection(parent)};
    if (type.isEmpty())
        return sections;
    const QList<Spec> own = typeSpecs(type, jsonata);
    if (!own.isEmpty())
        sections << new FlatSection(type, own, parent);
    if (type == QLatin1String("Choice"))
        sections << new ChoiceSection(jsonata, parent);
    if (type == QLatin1String("Parallel") || type == QLatin1String("Map"))
        sections << new MachinesSection(type, doc, undo, parent);
    if (type == QLatin1String("Task") || type == QLatin1String("Parallel") ||
        type == QLatin1String("Map"))
        sections << new RetryCatchSection(jsonata, parent);
    const QList<Spec> io = ioSpecs(type, jsonata);
    if (!io.isEmpty())
        sections << new FlatSection(tr("Input and output"), io, parent);
    return sections;
}

QList<QPair<QString, QString>> SectionFactory::taskResources()
{
    QList<QPair<QString, QString>> r;
    auto add = [&](const char *arn, const QString &what) {
        r.append({QLatin1String(arn), tr("%1 (%2)").arg(what, QLatin1String(arn))});
    };
    add("arn:aws:states:::lambda:invoke", tr("Lambda: invoke"));
    add("arn:aws:states:::lambda:invoke.waitForTaskToken", tr("Lambda: invoke, wait for callback"));
    add("arn:aws:states:::sqs:sendMessage", tr("SQS: send message"));
    add("arn:aws:states:::sqs:sendMessage.waitForTaskToken", tr("SQS: send, wait for callback"));
    add("arn:aws:states:::sns:publish", tr("SNS: publish"));
    add("arn:aws:states:::sns:publish.waitForTaskToken", tr("SNS: publish, wait for callback"));
    add("arn:aws:states:::dynamodb:getItem", tr("DynamoDB: get item"));
    add("arn:aws:states:::dynamodb:putItem", tr("DynamoDB: put item"));
    add("arn:aws:states:::dynamodb:updateItem", tr("DynamoDB: update item"));
    add("arn:aws:states:::dynamodb:deleteItem", tr("DynamoDB: delete item"));
    add("arn:aws:states:::http:invoke", tr("HTTP: call an API"));
    add("arn:aws:states:::states:startExecution", tr("Step Functions: start execution"));
    add("arn:aws:states:::states:startExecution.sync:2", tr("Step Functions: run and wait"));
    add("arn:aws:states:::states:startExecution.waitForTaskToken",
        tr("Step Functions: start, wait for callback"));
    add("arn:aws:states:::ecs:runTask.sync", tr("ECS: run task and wait"));
    add("arn:aws:states:::glue:startJobRun.sync", tr("Glue: run job and wait"));
    add("arn:aws:states:::batch:submitJob.sync", tr("Batch: submit job and wait"));
    add("arn:aws:states:::events:putEvents", tr("EventBridge: put events"));
    add("arn:aws:states:::events:putEvents.waitForTaskToken",
        tr("EventBridge: put events, wait for callback"));
    return r;
}

QStringList SectionFactory::exclusiveWith(const QString &key)
{
    static const QList<QStringList> sets{
        {QStringLiteral("Next"), QStringLiteral("End")},
        {QStringLiteral("TimeoutSeconds"), QStringLiteral("TimeoutSecondsPath")},
        {QStringLiteral("HeartbeatSeconds"), QStringLiteral("HeartbeatSecondsPath")},
        {QStringLiteral("Seconds"), QStringLiteral("SecondsPath"), QStringLiteral("Timestamp"),
         QStringLiteral("TimestampPath")},
        {QStringLiteral("Error"), QStringLiteral("ErrorPath")},
        {QStringLiteral("Cause"), QStringLiteral("CausePath")},
        {QStringLiteral("MaxConcurrency"), QStringLiteral("MaxConcurrencyPath")},
        {QStringLiteral("ToleratedFailureCount"), QStringLiteral("ToleratedFailureCountPath")},
        {QStringLiteral("ToleratedFailurePercentage"),
         QStringLiteral("ToleratedFailurePercentagePath")},
    };
    for (const QStringList &set : sets)
        if (set.contains(key)) {
            QStringList others = set;
            others.removeAll(key);
            return others;
        }
    return {};
}

} // namespace stepwise
