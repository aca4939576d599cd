#include "machinessection.h"

#include "commands/branchcommand.h"
#include "commands/editfieldworkflowcommand.h"
#include "fieldgroup.h"
#include "workflow.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stepwise {

MachinesSection::MachinesSection(const QString &type, Workflow *doc, QUndoStack *undo,
                                 QWidget *parent)
    : StateSection(parent), m_type(type), m_doc(doc), m_undo(undo), m_tree(new QTreeWidget(this)),
      m_message(new QLabel(this))
{
    if (type == QLatin1String("Map")) {
        // Not addGroup(): these members are the processor's, not the Map state's.
        m_processor = new FieldGroup(tr("Processor"), this);
        m_processor->addCombo(
            tr("Mode"), QStringLiteral("Mode"), false,
            {{QStringLiteral("INLINE"), tr("Inline (in this execution)")},
             {QStringLiteral("DISTRIBUTED"), tr("Distributed (child executions)")}});
        m_processor->addCombo(
            tr("Execution type"), QStringLiteral("ExecutionType"), false,
            {{QStringLiteral("STANDARD"), QString()}, {QStringLiteral("EXPRESS"), QString()}});
        layout()->addWidget(m_processor);
        connect(m_processor, &FieldGroup::edited, this, &MachinesSection::onProcessorEdited);
    }
    auto *box =
        new QGroupBox(type == QLatin1String("Map") ? tr("Item processor") : tr("Branches"), this);
    auto *l = new QVBoxLayout(box);
    m_tree->setObjectName(QStringLiteral("machines"));
    m_tree->setHeaderLabels({tr("State"), tr("Type")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(120);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const Id id = item->data(0, Qt::UserRole).value<Id>();
        if (id != NoId)
            emit stateActivated(id);
    });
    l->addWidget(m_tree);
    if (type == QLatin1String("Parallel")) {
        auto *buttons = new QHBoxLayout;
        m_add = new QPushButton(tr("Add branch"), box);
        m_add->setObjectName(QStringLiteral("addBranch"));
        m_add->setToolTip(tr("A new branch that starts at a Pass state"));
        m_remove = new QPushButton(tr("Remove branch"), box);
        m_remove->setObjectName(QStringLiteral("removeBranch"));
        m_remove->setToolTip(tr("Removes the branch selected in the list, with its states"));
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        l->addLayout(buttons);
        connect(m_add, &QPushButton::clicked, this, &MachinesSection::addBranch);
        connect(m_remove, &QPushButton::clicked, this, &MachinesSection::removeBranch);
    }
    m_message->setObjectName(QStringLiteral("branchMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    l->addWidget(m_message);
    layout()->addWidget(box);
}

QString MachinesSection::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

int MachinesSection::currentBranch() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (item && item->parent())
        item = item->parent();
    return item ? m_tree->indexOfTopLevelItem(item) : -1;
}

void MachinesSection::addBranch()
{
    if (!m_doc || !m_undo)
        return;
    BranchCommand *command = BranchCommand::add(m_doc, m_node);
    const QString why = command->refusal();
    if (command->isObsolete()) {
        delete command;
        m_message->setText(why);
        m_message->show();
        return;
    }
    m_message->hide();
    m_undo->push(command); // the document's signals reload this form
}

void MachinesSection::removeBranch()
{
    if (!m_doc || !m_undo)
        return;
    const int branch = currentBranch();
    if (branch < 0) {
        m_message->setText(tr("Select the branch to remove in the list."));
        m_message->show();
        return;
    }
    BranchCommand *command = BranchCommand::remove(m_doc, m_node, branch);
    if (command->isObsolete()) {
        m_message->setText(command->refusal());
        m_message->show();
        delete command;
        return;
    }
    m_message->hide();
    m_undo->push(command);
}

void MachinesSection::load(const OrderedJson &view, const WorkflowData &)
{
    m_tree->clear();
    const Id was = m_node;
    m_node = view.value("@id", NoId);
    if (m_node != was)
        m_message->hide(); // a refusal is about the state it was shown for
    const Node *n = m_doc ? m_doc->node(m_node) : nullptr;
    if (!n)
        return;
    if (m_processor) {
        const OrderedJson config =
            n->subMachines.empty()
                ? OrderedJson()
                : n->subMachines.front().aslTop.value("ProcessorConfig", OrderedJson());
        m_processor->load(config.is_object() ? config : OrderedJson::object());
        m_processor->setEnabled(!n->subMachines.empty());
        m_processor->setFieldVisible(QStringLiteral("ExecutionType"),
                                     config.is_object() &&
                                         config.value("Mode", "") == "DISTRIBUTED");
    }
    int index = 0;
    for (const WorkflowData &machine : n->subMachines) {
        ++index;
        QString title;
        if (m_type == QLatin1String("Map")) {
            const OrderedJson config = machine.aslTop.value("ProcessorConfig", OrderedJson());
            const std::string mode = config.is_object() ? config.value("Mode", "INLINE") : "INLINE";
            title = tr("Processor (mode %1)").arg(QString::fromStdString(mode));
        } else {
            title = tr("Branch %1").arg(index);
        }
        const std::string start = machine.aslTop.value("StartAt", std::string());
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, title);
        top->setText(1, tr("starts at %1").arg(QString::fromStdString(start)));
        for (const Node &s : machine.nodes) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, s.asl.name.isEmpty() ? s.label : s.asl.name);
            item->setText(1, s.asl.type);
            item->setData(0, Qt::UserRole, QVariant::fromValue(s.id));
        }
        top->setExpanded(true);
    }
}

void MachinesSection::onProcessorEdited(const QString &key, const FieldValue &value)
{
    const Node *n = m_doc ? m_doc->node(m_node) : nullptr;
    if (!n || n->subMachines.empty() || !m_undo)
        return;
    OrderedJson top = n->subMachines.front().aslTop;
    OrderedJson config = top.value("ProcessorConfig", OrderedJson::object());
    if (!config.is_object())
        config = OrderedJson::object();
    if (value)
        config[key.toStdString()] = *value;
    else
        config.erase(key.toStdString());
    // An inline processor has no execution type.
    if (key == QLatin1String("Mode") && config.value("Mode", "") != "DISTRIBUTED")
        config.erase("ExecutionType");
    top["ProcessorConfig"] = config; // in place when present, so the order is kept
    auto *command = new EditFieldWorkflowCommand(
        m_doc, top, QStringLiteral("ProcessorConfig/") + key, MachineRef{m_node, 0});
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_undo->push(command);
}

} // namespace stepwise
