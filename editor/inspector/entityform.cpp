#include "entityform.h"

#include "commands/editfieldedgecommand.h"
#include "commands/editfieldlanecommand.h"
#include "commands/editfieldworkflowcommand.h"
#include "commands/movelanecommand.h"
#include "fieldgroup.h"
#include "statesection.h"
#include "workflow.h"

#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stepwise {

namespace {
// The meaning a choice of the edge form stands for: "choice:-1" and "catch:-1" append a new
// rule or catcher (EdgeMeaning::fromString reads only existing indexes).
std::optional<EdgeMeaning> meaningOf(const QString &text)
{
    if (text == QLatin1String("choice:-1"))
        return EdgeMeaning{EdgeMeaning::Kind::Choice, -1};
    if (text == QLatin1String("catch:-1"))
        return EdgeMeaning{EdgeMeaning::Kind::Catch, -1};
    return EdgeMeaning::fromString(text);
}
} // namespace

EntityForm::EntityForm(Kind kind, Workflow *doc, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_doc(doc), m_undo(undo), m_info(new QLabel(this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    using K = LineField::Kind;
    switch (kind) {
    case Kind::Edge:
        m_group = new FieldGroup(tr("Edge"), this);
        m_group->addRow(m_info);
        m_group->addLine(tr("Label"), QStringLiteral("label"), K::Text);
        m_group->addCombo(tr("Meaning in ASL"), QStringLiteral("meaning"), false, {})
            ->setRequired(true);
        break;
    case Kind::Lane:
        m_group = new FieldGroup(tr("Lane"), this);
        m_group->addLine(tr("Title"), QStringLiteral("title"), K::Text);
        m_group->addLine(tr("Identifier"), QStringLiteral("key"), K::RequiredText)
            ->setCheck([this](const OrderedJson &v) {
                return EditFieldLaneCommand::keyProblem(
                    *m_doc->machine(*m_doc->machineOf(m_id)), m_id,
                    QString::fromStdString(v.get<std::string>()));
            });
        // The place among the lanes of its machine, 1 at the top (dragging the header does
        // the same).
        m_group->addLine(tr("Order"), QStringLiteral("order"), K::Integer)->setMinimum(1);
        break;
    case Kind::Workflow:
        m_group = new FieldGroup(tr("Workflow"), this);
        m_group->addLine(tr("Comment"), QStringLiteral("Comment"), K::Text);
        m_group->addCombo(tr("Start at"), QStringLiteral("StartAt"), false, {});
        m_group->addLine(tr("Timeout (s)"), QStringLiteral("TimeoutSeconds"), K::Integer)
            ->setMinimum(1);
        m_group->addLine(tr("Version"), QStringLiteral("Version"), K::Text, QStringLiteral("1.0"));
        m_group->addCombo(
            tr("Query language"), QStringLiteral("QueryLanguage"), false,
            {{QStringLiteral("JSONPath"), QString()}, {QStringLiteral("JSONata"), QString()}});
        m_group->addRow(m_info);
        break;
    }
    l->addWidget(m_group);
    connect(m_group, &FieldGroup::edited, this, &EntityForm::onEdited);
}

void EntityForm::showEntity(Id id)
{
    m_id = id;
    refresh();
}

QString EntityForm::aslMeaning(const Workflow &doc, const Edge &edge)
{
    using Kind = EdgeMeaning::Kind;
    const Node *from = doc.node(edge.from);
    const OrderedJson fields =
        from && from->asl.fields.is_object() ? from->asl.fields : OrderedJson::object();
    switch (edge.meaning.kind) {
    case Kind::Plain:
        return {};
    case Kind::StartAt:
        return tr("StartAt");
    case Kind::Next:
        return tr("Next");
    case Kind::End:
        return tr("End");
    case Kind::Default:
        return tr("Default");
    case Kind::Choice:
        return tr("Choice rule %1").arg(edge.meaning.index + 1);
    case Kind::Catch: {
        const OrderedJson list = fields.value("Catch", OrderedJson::array());
        const size_t i = size_t(std::max(edge.meaning.index, 0));
        const OrderedJson errors = i < list.size() && list[i].is_object()
                                       ? list[i].value("ErrorEquals", OrderedJson::array())
                                       : OrderedJson::array();
        return tr("Catch %1").arg(QString::fromStdString(errors.dump()));
    }
    }
    return {};
}

void EntityForm::loadEdge(OrderedJson &view)
{
    using Kind = EdgeMeaning::Kind;
    const Edge *e = m_doc->edge(m_id);
    const Node *from = m_doc->node(e->from);
    const Node *to = m_doc->node(e->to);
    auto name = [](const Node *n) {
        return !n ? QString() : n->asl.name.isEmpty() ? n->label : n->asl.name;
    };
    const QString meaning = aslMeaning(*m_doc, *e);
    m_info->setText(tr("%1 \u2192 %2").arg(name(from), name(to)) +
                    (meaning.isEmpty() ? QString() : tr("\nIn ASL: %1").arg(meaning)));
    if (e->hasLabel || !e->label.isEmpty())
        view["label"] = e->label.toStdString();
    // The meanings an edge between two states can take: a Choice leads on by a rule or its
    // Default, a Task/Parallel/Map by Next or a catcher, other states by Next only.
    const Kind k = e->meaning.kind;
    const bool changeable =
        from && to && !to->asl.type.isEmpty() &&
        (k == Kind::Next || k == Kind::Choice || k == Kind::Default || k == Kind::Catch);
    m_group->setFieldVisible(QStringLiteral("meaning"), changeable);
    if (!changeable)
        return;
    QList<QPair<QString, QString>> options;
    const QString type = from->asl.type;
    if (type == QLatin1String("Choice")) {
        if (k == Kind::Choice)
            options.append({e->meaning.toString(), aslMeaning(*m_doc, *e)});
        else
            options.append({QStringLiteral("choice:-1"), tr("A new Choice rule")});
        options.append({QStringLiteral("default"), tr("Default")});
    } else {
        options.append({QStringLiteral("next"), tr("Next")});
        if (type == QLatin1String("Task") || type == QLatin1String("Parallel") ||
            type == QLatin1String("Map")) {
            if (k == Kind::Catch)
                options.append({e->meaning.toString(), aslMeaning(*m_doc, *e)});
            else
                options.append({QStringLiteral("catch:-1"), tr("A new Catch (States.ALL)")});
        }
    }
    if (auto *combo = qobject_cast<ComboField *>(m_group->field(QStringLiteral("meaning"))))
        combo->setOptions(options);
    view["meaning"] = e->meaning.toString().toStdString();
}

void EntityForm::refresh()
{
    const WorkflowData &d = m_doc->data();
    OrderedJson view = OrderedJson::object();
    switch (m_kind) {
    case Kind::Edge:
        if (!m_doc->edge(m_id))
            return;
        loadEdge(view);
        break;
    case Kind::Lane: {
        const Lane *l = m_doc->lane(m_id);
        if (!l)
            return;
        view["title"] = l->title.toStdString();
        view["key"] = l->key.toStdString();
        view["order"] = m_doc->machine(*m_doc->machineOf(m_id))->laneIndex(m_id) + 1;
        break;
    }
    case Kind::Workflow: {
        view = d.aslTop;
        if (auto *start = qobject_cast<ComboField *>(m_group->field(QStringLiteral("StartAt")))) {
            QList<QPair<QString, QString>> names;
            for (const Node &n : d.nodes)
                if (!n.asl.name.isEmpty())
                    names.append({n.asl.name, QString()});
            start->setOptions(names);
        }
        m_info->setText(tr("%n lane(s), %1 state(s), %2 edge(s)", nullptr, int(d.lanes.size()))
                            .arg(d.nodes.size())
                            .arg(d.edges.size()));
        break;
    }
    }
    m_group->load(view);
}

void EntityForm::onEdited(const QString &key, const FieldValue &value)
{
    QUndoCommand *command = nullptr;
    QString refusal;
    switch (m_kind) {
    case Kind::Edge:
        if (key == QLatin1String("meaning")) {
            const auto meaning =
                value ? meaningOf(QString::fromStdString(value->get<std::string>())) : std::nullopt;
            if (!meaning)
                return;
            command = new EditFieldEdgeCommand(m_doc, m_id, *meaning);
        } else {
            command = new EditFieldEdgeCommand(
                m_doc, m_id, value ? QString::fromStdString(value->get<std::string>()) : QString());
        }
        break;
    case Kind::Lane:
        command = laneCommand(key, value, &refusal);
        break;
    case Kind::Workflow: {
        OrderedJson top = m_doc->data().aslTop;
        if (value)
            top[key.toStdString()] = *value;
        else
            top.erase(key.toStdString());
        command = new EditFieldWorkflowCommand(m_doc, top, key);
        break;
    }
    }
    if (command->isObsolete()) {
        if (!refusal.isEmpty())
            if (FieldEditor *f = m_group->field(key))
                f->setError(refusal);
        delete command;
        return;
    }
    const int before = m_undo->index();
    m_undo->push(command);
    // The model may still refuse (a second Next): the stack drops the command, and the field
    // says why and shows the document's value again.
    if (key == QLatin1String("meaning") && m_undo->index() == before)
        if (FieldEditor *f = m_group->field(key)) {
            f->forget();
            refresh();
            f->setError(m_doc->lastError());
        }
}

QUndoCommand *EntityForm::laneCommand(const QString &key, const FieldValue &value, QString *refusal)
{
    if (key == QLatin1String("order")) {
        const int count = int(m_doc->machine(*m_doc->machineOf(m_id))->lanes.size());
        const int index = value ? int(value->get<qlonglong>()) - 1 : -1;
        if (index >= count)
            *refusal = tr("There are %n lane(s): enter at most %n.", nullptr, count);
        auto *c = new MoveLaneCommand(m_doc, m_id, std::min(index, count - 1));
        if (!refusal->isEmpty())
            c->setObsolete(true);
        return c;
    }
    const auto field = key == QLatin1String("key") ? EditFieldLaneCommand::Field::Key
                                                   : EditFieldLaneCommand::Field::Title;
    auto *c = new EditFieldLaneCommand(
        m_doc, m_id, field, value ? QString::fromStdString(value->get<std::string>()) : QString());
    *refusal = c->refusal();
    return c;
}

FieldEditor *EntityForm::fieldFor(const QString &key) const
{
    return m_group->field(key);
}

bool EntityForm::focusField(const QString &pointer)
{
    QString key = pointer;
    if (key.startsWith(QLatin1Char('/')))
        key = key.section(QLatin1Char('/'), 1, 1);
    FieldEditor *f = m_group->field(key);
    if (!f && !m_group->fields().isEmpty())
        f = m_group->fields().first();
    if (f)
        f->focusEditor();
    return f != nullptr;
}

} // namespace stepwise
