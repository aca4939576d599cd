#include "exportdialog.h"

#include "export/diagramexporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QRadioButton>
#include <QVBoxLayout>

namespace stepwise {

ExportDialog::ExportDialog(const QString &path, bool hasSelection, QWidget *parent)
    : QDialog(parent), m_scale(new QComboBox(this)),
      m_transparent(new QCheckBox(tr("&Transparent background"), this)),
      m_whole(new QRadioButton(tr("&Whole diagram"), this)),
      m_selection(new QRadioButton(tr("&Selection only"), this))
{
    setWindowTitle(tr("Export %1").arg(QFileInfo(path).fileName()));
    m_scale->setObjectName(QStringLiteral("scale"));
    for (int s : {1, 2, 4})
        m_scale->addItem(tr("%1\u00d7").arg(s), s);
    // Vector formats scale without loss in any viewer: the choice only matters for PNG.
    m_scale->setEnabled(DiagramExporter::formatForPath(path) == DiagramExporter::Format::Png);
    m_whole->setChecked(true);
    m_selection->setEnabled(hasSelection);
    if (!hasSelection)
        m_selection->setToolTip(tr("Select states on the canvas to export only them."));

    auto *form = new QFormLayout;
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_whole);
    scope->addWidget(m_selection);
    form->addRow(tr("Export:"), scope);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(QString(), m_transparent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qreal ExportDialog::scale() const
{
    return m_scale->isEnabled() ? m_scale->currentData().toReal() : 1.0;
}

bool ExportDialog::transparent() const
{
    return m_transparent->isChecked();
}

bool ExportDialog::selectionOnly() const
{
    return m_selection->isChecked();
}

} // namespace stepwise
