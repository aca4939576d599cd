#include "machinessection.h"

#include "workflow.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stepwise {

MachinesSection::MachinesSection(const QString &type, Workflow *doc, QWidget *parent)
    : StateSection(parent), m_type(type), m_doc(doc), m_tree(new QTreeWidget(this))
{
    auto *box =
        new QGroupBox(type == QLatin1String("Map") ? tr("Item processor") : tr("Branches"), this);
    auto *l = new QVBoxLayout(box);
    m_tree->setObjectName(QStringLiteral("machines"));
    m_tree->setHeaderLabels({tr("State"), tr("Type")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setMinimumHeight(120);
    l->addWidget(m_tree);
    layout()->addWidget(box);
}

void MachinesSection::load(const OrderedJson &view, const WorkflowData &)
{
    m_tree->clear();
    const Node *n = m_doc ? m_doc->data().node(view.value("@id", NoId)) : nullptr;
    if (!n)
        return;
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
        }
        top->setExpanded(true);
    }
}

} // namespace stepwise
