#include "historypanel.h"

#include "dataflow.h"
#include "historyfilter.h"
#include "historymodel.h"
#include "jsontreeview.h"
#include "runcontroller.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stepwise {

HistoryPanel::HistoryPanel(RunController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    m_model = new HistoryModel(controller, this);
    m_filter = new HistoryFilter(this);
    m_filter->setSourceModel(m_model);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(tr("All types"), QString());
    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->addItem(tr("All states"), QString());
    for (QComboBox *box : {m_type, m_state})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search events"));
    m_search->setClearButtonEnabled(true);
    m_flowButton = new QToolButton;
    m_flowButton->setObjectName(QStringLiteral("dataFlowButton"));
    m_flowButton->setText(tr("Data Flow"));
    m_flowButton->setToolTip(tr("Show how the selected step's fields transformed its data"));
    m_flowButton->setCheckable(true);
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("exportHistory"));
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the history as GetExecutionHistory JSON"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_type);
    bar->addWidget(m_state);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_flowButton);
    bar->addWidget(exportButton);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing is measured per row, so 25,000 rows cost
    // what the visible ones cost.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    const char *samples[] = {"000000", "MapIterationSucceeded", "Validate Input (Task)",
                             "00:00:00.000", "00000.000 s"};
    for (int c = 0; c < 5; ++c)
        m_table->setColumnWidth(c, fm.horizontalAdvance(QLatin1String(samples[c])) + 16);

    m_input = new JsonTreeView(tr("Input"));
    m_input->setObjectName(QStringLiteral("inputTree"));
    m_output = new JsonTreeView(tr("Output"));
    m_output->setObjectName(QStringLiteral("outputTree"));
    auto *sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(m_input);
    sideBySide->addWidget(m_output);
    m_flow = new QTreeWidget;
    m_flow->setObjectName(QStringLiteral("dataFlow"));
    m_flow->setColumnCount(3);
    m_flow->setHeaderLabels({tr("Step"), tr("Field"), tr("Value")});
    m_flow->setUniformRowHeights(true);
    m_details = new QStackedWidget;
    m_details->addWidget(sideBySide);
    m_details->addWidget(m_flow);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_type, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setType(m_type->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setState(m_state->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &HistoryFilter::setSearch);
    connect(m_flowButton, &QToolButton::toggled, this, [this](bool on) {
        m_details->setCurrentIndex(on ? 1 : 0);
        showSelected();
    });
    connect(exportButton, &QToolButton::clicked, this, &HistoryPanel::exportDialog);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::showSelected);
    connect(m_table, &QTableView::activated, this, &HistoryPanel::goTo);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryPanel::goTo);
    connect(m_model, &HistoryModel::namesAdded, this, &HistoryPanel::addNames);
    // Follow the run at the bottom while the user has not scrolled away from it.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *v = m_table->verticalScrollBar();
        if (v->value() >= v->maximum() - 2 * m_table->verticalHeader()->defaultSectionSize())
            m_table->scrollToBottom();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_model->rowCount() == 0) {
            m_type->setCurrentIndex(0);
            m_state->setCurrentIndex(0);
            while (m_type->count() > 1)
                m_type->removeItem(1);
            while (m_state->count() > 1)
                m_state->removeItem(1);
        }
    });
    showSelected();
}

void HistoryPanel::addNames(const QStringList &types, const QStringList &states)
{
    for (const QString &t : types)
        m_type->addItem(t, t);
    for (const QString &s : states)
        m_state->addItem(s, s);
}

int HistoryPanel::selectedRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

void HistoryPanel::selectRow(int sourceRow)
{
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (proxy.isValid())
        m_table->setCurrentIndex(proxy);
}

void HistoryPanel::goTo(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        m_controller->goToEvent(m_filter->mapToSource(proxyIndex).row() + 1);
}

void HistoryPanel::showSelected()
{
    const int row = selectedRow();
    const auto &events = m_model->events();
    if (row < 0) {
        m_input->setJson(std::nullopt, tr("Select an event"));
        m_output->setJson(std::nullopt);
        m_flow->clear();
        return;
    }
    emit stateSelected(QString::fromStdString(events[size_t(row)].stateName()));
    const DataFlow::Step step = DataFlow::stepOf(events, row);
    auto valueOf = [&](int at, bool input) -> std::optional<runtime::Json> {
        if (at < 0)
            return std::nullopt;
        const runtime::JsonPtr &p = input ? events[size_t(at)].input : events[size_t(at)].output;
        return p ? std::optional<runtime::Json>(*p) : std::nullopt;
    };
    const auto in = valueOf(step.entered, true);
    m_input->setJson(in, in ? tr("event %1").arg(step.entered + 1) : tr("not recorded"));
    const auto out = valueOf(step.exited, false);
    m_output->setJson(out, out ? tr("event %1").arg(step.exited + 1)
                               : tr("the step has not finished at this moment"));
    if (!m_flowButton->isChecked())
        return;
    m_flow->clear();
    const auto definition = m_controller->definition();
    if (!definition)
        return;
    for (const DataFlow::Stage &stage : DataFlow::compute(*definition, events, row)) {
        auto *item = new QTreeWidgetItem(m_flow);
        item->setText(0, stage.name);
        item->setText(1, stage.field);
        item->setText(2, stage.value ? QString::fromStdString(stage.value->dump()) : stage.note);
        item->setToolTip(2, stage.value ? QString::fromStdString(stage.value->dump(2)) : QString());
        if (stage.value && !stage.note.isEmpty())
            item->setText(1, stage.field.isEmpty()
                                 ? stage.note
                                 : stage.field + QStringLiteral(" — ") + stage.note);
        if (!stage.value)
            item->setForeground(2, palette().brush(QPalette::PlaceholderText));
    }
    m_flow->resizeColumnToContents(0);
    m_flow->resizeColumnToContents(1);
}

QString HistoryPanel::exportTo(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(QByteArray::fromStdString(m_model->toJson().dump(2)));
    file.write("\n");
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void HistoryPanel::exportDialog()
{
    if (m_model->rowCount() == 0) {
        QMessageBox::information(this, tr("Export History"), tr("There is no history to export."));
        return;
    }
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export History"), QStringLiteral("history.json"),
                                     tr("Execution history (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString why = exportTo(path); !why.isEmpty())
        QMessageBox::warning(this, tr("Export History"), why);
}

} // namespace stepwise
