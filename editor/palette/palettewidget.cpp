#include "palettewidget.h"

#include "palettelist.h"
#include "statetemplates.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QVBoxLayout>

namespace stepwise {

PaletteWidget::PaletteWidget(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_list(new PaletteList(this))
{
    setObjectName(QStringLiteral("palette"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only the entries whose name or description contains this"));
    for (const StateTemplates::Entry &e : StateTemplates::entries()) {
        auto *item = new QListWidgetItem(QIcon(e.icon), e.title, m_list);
        item->setToolTip(e.tooltip);
        item->setData(PaletteList::KeyRole, e.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &PaletteWidget::applyFilter);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit activated(item->data(PaletteList::KeyRole).toString());
    });
}

QMimeData *PaletteWidget::mimeData(const QString &key)
{
    auto *mime = new QMimeData;
    mime->setData(StateTemplates::mimeType(), key.toUtf8());
    if (const StateTemplates::Entry *e = StateTemplates::entry(key))
        mime->setText(e->title);
    return mime;
}

void PaletteWidget::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool match = needle.isEmpty() || item->text().contains(needle, Qt::CaseInsensitive) ||
                           item->toolTip().contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

} // namespace stepwise
