#include "palettelist.h"

#include "palettewidget.h"
#include "statetemplates.h"

namespace stepwise {

PaletteList::PaletteList(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(28, 28));
    setSpacing(2);
    setUniformItemSizes(true);
}

QStringList PaletteList::mimeTypes() const
{
    return {StateTemplates::mimeType()};
}

QMimeData *PaletteList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return PaletteWidget::mimeData(items.first()->data(KeyRole).toString());
}

} // namespace stepwise
