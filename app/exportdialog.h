#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QRadioButton;

namespace stepwise {

/// Asks how to export: the whole diagram or the selection, the PNG scale (1x, 2x, 4x) and
/// whether the background stays transparent. The file name was chosen before; its type
/// decides whether the scale applies.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QString &path, bool hasSelection, QWidget *parent = nullptr);

    qreal scale() const;
    bool transparent() const;
    bool selectionOnly() const;

private:
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QRadioButton *m_whole;
    QRadioButton *m_selection;
};

} // namespace stepwise
