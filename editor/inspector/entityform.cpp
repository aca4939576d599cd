#include "entityform.h"

#include "commands/editfieldedgecommand.h"
#include "commands/editfieldlanecommand.h"
#include "commands/editfieldworkflowcommand.h"
#include "fieldgroup.h"
#include "statesection.h"
#include "workflow.h"

#include <QLabel>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stepwise {

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
        break;
    case Kind::Lane:
        m_group = new FieldGroup(tr("Lane"), this);
        m_group->addLine(tr("Title"), QStringLiteral("title"), K::Text);
        m_group->addLine(tr("Identifier"), QStringLiteral("key"), K::RequiredText)
            ->setCheck([this](const OrderedJson &v) {
                return EditFieldLaneCommand::keyProblem(
                    m_doc->data(), m_id, QString::fromStdString(v.get<std::string>()));
            });
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

QString EntityForm::aslMeaning(const WorkflowData &doc, const Edge &edge)
{
    const Node *from = doc.node(edge.from);
    const Node *to = doc.node(edge.to);
    if (!from || !to || to->asl.name.isEmpty())
        return {};
    const OrderedJson &f = from->asl.fields;
    const std::string target = to->asl.name.toStdString();
    if (!f.is_object())
        return {};
    if (f.value("Next", std::string()) == target)
        return tr("Next");
    if (f.value("Default", std::string()) == target)
        return tr("Default");
    if (f.contains("Choices") && f["Choices"].is_array())
        for (size_t i = 0; i < f["Choices"].size(); ++i)
            if (f["Choices"][i].is_object() && f["Choices"][i].value("Next", "") == target)
                return tr("Choice rule %1").arg(i + 1);
    if (f.contains("Catch") && f["Catch"].is_array())
        for (const OrderedJson &c : f["Catch"])
            if (c.is_object() && c.value("Next", "") == target)
                return tr("Catch %1")
                    .arg(QString::fromStdString(
                        c.value("ErrorEquals", OrderedJson::array()).dump()));
    return {};
}

void EntityForm::refresh()
{
    const WorkflowData &d = m_doc->data();
    OrderedJson view = OrderedJson::object();
    switch (m_kind) {
    case Kind::Edge: {
        const Edge *e = d.edge(m_id);
        if (!e)
            return;
        const Node *from = d.node(e->from);
        const Node *to = d.node(e->to);
        auto name = [](const Node *n) {
            return !n ? QString() : n->asl.name.isEmpty() ? n->label : n->asl.name;
        };
        const QString meaning = aslMeaning(d, *e);
        m_info->setText(tr("%1 \u2192 %2").arg(name(from), name(to)) +
                        (meaning.isEmpty() ? QString() : tr("\nIn ASL: %1").arg(meaning)));
        if (e->hasLabel || !e->label.isEmpty())
            view["label"] = e->label.toStdString();
        break;
    }
    case Kind::Lane: {
        const Lane *l = d.lane(m_id);
        if (!l)
            return;
        view["title"] = l->title.toStdString();
        view["key"] = l->key.toStdString();
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
        command = new EditFieldEdgeCommand(
            m_doc, m_id, value ? QString::fromStdString(value->get<std::string>()) : QString());
        break;
    case Kind::Lane: {
        const auto field = key == QLatin1String("key") ? EditFieldLaneCommand::Field::Key
                                                       : EditFieldLaneCommand::Field::Title;
        auto *c = new EditFieldLaneCommand(m_doc, m_id, field,
                                           value ? QString::fromStdString(value->get<std::string>())
                                                 : QString());
        refusal = c->refusal();
        command = c;
        break;
    }
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
    m_undo->push(command);
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
