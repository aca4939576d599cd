#include "problemspanel.h"

#include "problemscanner.h"
#include "selectionmodel.h"
#include "workflow.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace stepwise {

ProblemsPanel::ProblemsPanel(Workflow *doc, QUndoStack *, SelectionModel *selection,
                             QWidget *parent)
    : QWidget(parent), m_doc(doc), m_selection(selection), m_list(new QTreeWidget(this)),
      m_summary(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("problems"));
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_summary);
    l->addWidget(m_list);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Problem"), tr("Code"), tr("Where")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(m_list, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ProblemsPanel::startScan);
    for (auto signal : {&Workflow::nodeAdded, &Workflow::nodeRemoved, &Workflow::edgeAdded,
                        &Workflow::edgeRemoved, &Workflow::laneAdded, &Workflow::laneRemoved,
                        &Workflow::loopAdded, &Workflow::loopRemoved})
        connect(doc, signal, this, &ProblemsPanel::scheduleScan);
    connect(doc, &Workflow::nodeChanged, this, &ProblemsPanel::scheduleScan);
    connect(doc, &Workflow::edgeChanged, this, &ProblemsPanel::scheduleScan);
    connect(doc, &Workflow::laneChanged, this, &ProblemsPanel::scheduleScan);
    connect(doc, &Workflow::loopChanged, this, &ProblemsPanel::scheduleScan);
    connect(doc, &Workflow::documentChanged, this, &ProblemsPanel::scheduleScan);
    connect(doc, &Workflow::documentReset, this, &ProblemsPanel::scheduleScan);
    validateNow();
}

ProblemsPanel::~ProblemsPanel()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

void ProblemsPanel::setDebounce(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void ProblemsPanel::scheduleScan()
{
    m_debounce->start();
}

void ProblemsPanel::validateNow()
{
    m_debounce->stop();
    startScan();
}

void ProblemsPanel::startScan()
{
    if (m_worker) {
        m_again = true; // one more pass when this one ends, over the newest document
        return;
    }
    // The copy is made here, on the GUI thread; the worker never sees the live document.
    auto data = std::make_shared<const WorkflowData>(m_doc->data());
    auto result = std::make_shared<Problems>();
    m_worker = QThread::create([data, result] { *result = ProblemScanner::scan(*data); });
    connect(m_worker, &QThread::finished, this, [this, result] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_again) {
            m_again = false;
            startScan();
            return;
        }
        setProblems(*result);
    });
    m_worker->start(QThread::LowPriority);
}

void ProblemsPanel::setProblems(const Problems &problems)
{
    m_problems = problems;
    m_severities.clear();
    m_list->clear();
    int errors = 0, warnings = 0;
    for (int i = 0; i < problems.size(); ++i) {
        const Problem &p = problems[i];
        const bool error = p.diagnostic.isError();
        (error ? errors : warnings)++;
        if (p.entity != NoId && (error || !m_severities.contains(p.entity)))
            m_severities.insert(p.entity, p.diagnostic.severity);
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                     : QStyle::SP_MessageBoxWarning));
        item->setText(0, p.diagnostic.message);
        item->setToolTip(0, p.diagnostic.message);
        item->setText(1, p.diagnostic.code);
        QString where = p.place;
        if (p.diagnostic.line > 0)
            where += tr(" (%1:%2)").arg(p.diagnostic.line).arg(p.diagnostic.column);
        item->setText(2, where);
        item->setData(0, Qt::UserRole, i);
    }
    m_summary->setText(problems.isEmpty()
                           ? tr("No problems.")
                           : tr("%1, %2").arg(tr("%n error(s)", nullptr, errors),
                                              tr("%n warning(s)", nullptr, warnings)));
    emit problemsChanged();
}

Problems ProblemsPanel::problemsOf(Id entity) const
{
    Problems out;
    for (const Problem &p : m_problems)
        if (p.entity == entity)
            out.append(p);
    return out;
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (i < 0 || i >= m_problems.size())
        return;
    const Problem &p = m_problems[i];
    // The document may have changed since the scan: only an entity it still has is selected.
    const WorkflowData &d = m_doc->data();
    const Id id = d.node(p.entity) || d.edge(p.entity) ? p.entity : NoId;
    m_selection->requestFocus(id, p.field);
}

} // namespace stepwise
