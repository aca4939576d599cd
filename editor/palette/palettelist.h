#pragma once

#include <QListWidget>

namespace stepwise {

/// The palette's list: its drags carry the entry key under StateTemplates::mimeType().
class PaletteList : public QListWidget
{
    Q_OBJECT
public:
    explicit PaletteList(QWidget *parent = nullptr);

    static constexpr int KeyRole = Qt::UserRole + 1;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace stepwise
