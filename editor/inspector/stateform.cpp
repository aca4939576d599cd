#include "stateform.h"

#include "choicesection.h"
#include "commands/editstatecommand.h"
#include "machinessection.h"
#include "objectlisteditor.h"
#include "sectionfactory.h"
#include "statesection.h"
#include "workflow.h"

#include <QUndoStack>
#include <QVBoxLayout>

namespace stepwise {

StateForm::StateForm(Workflow *doc, QUndoStack *undo, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_undo(undo), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch();
}

bool StateForm::isJsonata(const Workflow &doc, Id node)
{
    for (const Node *n = doc.node(node); n; n = doc.node(doc.parentNode(n->id))) {
        const OrderedJson &f = n->asl.fields;
        if (f.is_object() && f.contains("QueryLanguage") && f["QueryLanguage"].is_string())
            return f["QueryLanguage"] == "JSONata";
    }
    return doc.data().aslTop.value("QueryLanguage", std::string()) == "JSONata";
}

const WorkflowData &StateForm::machine() const
{
    const auto where = m_doc->machineOf(m_node);
    const WorkflowData *m = where ? m_doc->machine(*where) : nullptr;
    return m ? *m : m_doc->data();
}

OrderedJson StateForm::viewOf(const Node &node, const WorkflowData &doc)
{
    OrderedJson view = node.asl.fields.is_object() ? node.asl.fields : OrderedJson::object();
    const QString name = node.asl.type.isEmpty() ? node.label : node.asl.name;
    view["@name"] = name.toStdString();
    if (const Lane *l = doc.lane(node.lane))
        view["@lane"] = l->key.toStdString();
    view["@shape"] = shapeName(node.shape).toStdString();
    view["Type"] = node.asl.type.toStdString();
    view["@id"] = node.id;
    return view;
}

void StateForm::showNode(Id node)
{
    if (node != m_node) {
        for (FieldEditor *f : findChildren<FieldEditor *>())
            f->forget();
        for (ObjectListEditor *l : findChildren<ObjectListEditor *>())
            l->forget();
        for (ChoiceSection *c : findChildren<ChoiceSection *>())
            c->forget();
    }
    m_node = node;
    refresh();
}

void StateForm::refresh()
{
    const Node *n = m_doc->node(m_node);
    if (!n)
        return;
    const bool jsonata = isJsonata(*m_doc, m_node);
    const QString builtFor =
        QStringLiteral("%1/%2/%3")
            .arg(n->asl.type, jsonata ? QStringLiteral("jsonata") : QStringLiteral("jsonpath"))
            .arg(m_node);
    if (builtFor != m_builtFor) {
        // Later, not now: the edit that changed the type or language may come from a field of
        // one of these sections, still on the stack.
        for (StateSection *old : std::as_const(m_sections)) {
            old->hide();
            old->disconnect(this);
            old->deleteLater();
        }
        m_sections = SectionFactory::create(n->asl.type, jsonata, m_doc, m_undo, this);
        int at = 0;
        for (StateSection *s : std::as_const(m_sections)) {
            m_layout->insertWidget(at++, s);
            connect(s, &StateSection::edited, this, &StateForm::onEdited);
            if (auto *machines = qobject_cast<MachinesSection *>(s))
                connect(machines, &MachinesSection::stateActivated, this,
                        &StateForm::stateActivated);
        }
        m_builtFor = builtFor;
    }
    // Sections offer the lanes and the Next targets of the state's own machine.
    const OrderedJson view = viewOf(*n, machine());
    for (StateSection *s : std::as_const(m_sections))
        s->load(view, machine());
}

void StateForm::onEdited(const QString &member, const FieldValue &value, const QString &field)
{
    const Node *n = m_doc->node(m_node);
    if (!n)
        return;
    EditStateCommand::Facets f = EditStateCommand::facetsOf(*n);
    QString mergeField = field;
    if (member == QLatin1String("@name")) {
        const QString name = value ? QString::fromStdString(value->get<std::string>()) : QString();
        if (f.asl.type.isEmpty()) {
            f.label = name;
            mergeField = QStringLiteral("label");
        } else {
            // The model renames every reference (Next, Default, Choice rules, Catch, StartAt);
            // a label that showed the name follows it.
            if (f.label == f.asl.name || f.label.isEmpty())
                f.label = name;
            f.asl.name = name;
            mergeField = QStringLiteral("/name");
        }
    } else if (member == QLatin1String("@lane")) {
        const Lane *l = value
                            ? machine().laneByKey(QString::fromStdString(value->get<std::string>()))
                            : nullptr;
        if (!l)
            return;
        f.lane = l->id;
        mergeField = QStringLiteral("lane");
    } else if (member == QLatin1String("@shape")) {
        const auto shape =
            value ? shapeFromName(QString::fromStdString(value->get<std::string>())) : std::nullopt;
        if (!shape)
            return;
        f.shape = *shape;
        mergeField = QStringLiteral("shape");
    } else {
        const std::string key = member.toStdString();
        if (!f.asl.fields.is_object())
            f.asl.fields = OrderedJson::object();
        if (value) {
            f.asl.fields[key] = *value; // in place when present, so the order is kept
            for (const QString &other : SectionFactory::exclusiveWith(member))
                f.asl.fields.erase(other.toStdString());
        } else {
            f.asl.fields.erase(key);
        }
    }
    auto *command = new EditStateCommand(m_doc, m_node, f, mergeField);
    if (command->isObsolete()) {
        if (FieldEditor *editor = fieldFor(member); editor && !command->refusal().isEmpty())
            editor->setError(command->refusal());
        delete command;
        return;
    }
    m_undo->push(command);
}

bool StateForm::focusField(const QString &pointer)
{
    for (StateSection *s : std::as_const(m_sections))
        if (s->focusField(pointer))
            return true;
    return false;
}

FieldEditor *StateForm::fieldFor(const QString &key) const
{
    for (StateSection *s : m_sections)
        if (FieldEditor *f = s->fieldFor(key))
            return f;
    return nullptr;
}

} // namespace stepwise
