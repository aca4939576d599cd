#include "jsontreeview.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stepwise {

namespace {
constexpr int kMaxNodes = 4000; // a tree widget of more items than this slows the panel
}

JsonTreeView::JsonTreeView(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *head = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_note = new QLabel;
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *copy = new QToolButton;
    copy->setObjectName(QStringLiteral("copyJson"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the value as JSON"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_text); });
    head->addWidget(label);
    head->addWidget(m_note, 1);
    head->addWidget(copy);
    layout->addLayout(head);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Key"), tr("Value")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
}

void JsonTreeView::setJson(const std::optional<runtime::Json> &value, const QString &note)
{
    m_tree->clear();
    m_note->setText(note);
    m_text.clear();
    if (!value)
        return;
    m_text = QString::fromStdString(value->dump(2));
    int budget = kMaxNodes;
    if (value->is_structured()) {
        for (auto it = value->begin(); it != value->end(); ++it) {
            const QString key = value->is_object() ? QString::fromStdString(it.key())
                                                   : QString::number(m_tree->topLevelItemCount());
            add(nullptr, key, *it, budget);
        }
    } else {
        add(nullptr, QStringLiteral("$"), *value, budget);
    }
    if (budget < 0)
        m_note->setText(tr("%1 (cut: copy gives the whole value)").arg(note));
    if (m_tree->topLevelItemCount() < 50)
        m_tree->expandToDepth(1);
}

void JsonTreeView::add(QTreeWidgetItem *parent, const QString &key, const runtime::Json &value,
                       int &budget)
{
    if (--budget < 0)
        return;
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, key);
    if (value.is_object()) {
        item->setText(1, tr("{%n field(s)}", nullptr, int(value.size())));
        for (auto it = value.begin(); it != value.end(); ++it)
            add(item, QString::fromStdString(it.key()), *it, budget);
    } else if (value.is_array()) {
        item->setText(1, tr("[%n item(s)]", nullptr, int(value.size())));
        int i = 0;
        for (const auto &v : value)
            add(item, QString::number(i++), v, budget);
    } else {
        item->setText(1, QString::fromStdString(value.dump()));
    }
}

} // namespace stepwise
