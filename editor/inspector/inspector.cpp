#include "inspector.h"

#include "entityform.h"
#include "selectionmodel.h"
#include "stateform.h"
#include "workflow.h"

#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace stepwise {

Inspector::Inspector(Workflow *doc, QUndoStack *undo, SelectionModel *selection, QWidget *parent)
    : QScrollArea(parent), m_doc(doc), m_selection(selection), m_stack(new QStackedWidget),
      m_placeholder(new QLabel), m_state(new StateForm(doc, undo)),
      m_edge(new EntityForm(EntityForm::Kind::Edge, doc, undo)),
      m_lane(new EntityForm(EntityForm::Kind::Lane, doc, undo)),
      m_workflow(new EntityForm(EntityForm::Kind::Workflow, doc, undo))
{
    setObjectName(QStringLiteral("inspector"));
    setWidgetResizable(true);
    // The form narrows with the dock down to its minimum, which the dock may not go below
    // (minimumSizeHint): a horizontal scroll bar would sit under the last field, often out
    // of sight, and the right half of every field would be cut off.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    for (QWidget *w : {static_cast<QWidget *>(m_placeholder), static_cast<QWidget *>(m_state),
                       static_cast<QWidget *>(m_edge), static_cast<QWidget *>(m_lane),
                       static_cast<QWidget *>(m_workflow)})
        m_stack->addWidget(w);
    setWidget(m_stack);

    connect(selection, &SelectionModel::selectionChanged, this, &Inspector::showCurrent);
    connect(selection, &SelectionModel::focusRequested, this, &Inspector::focusField);
    connect(m_state, &StateForm::stateActivated, this,
            [this](Id node) { m_selection->select({node}, node); });
    // Any change can concern the form shown (a renamed target in a Next list, a lane title):
    // the fields keep what the user is typing, so refreshing is safe. A change of the entity
    // shown refreshes now; changes of others (an undo of a 100-state move sends hundreds, and
    // a refresh refills the lists of every state name) are gathered into one refresh on the
    // next event loop turn.
    auto changed = [this](Id id) {
        if (id == shownEntity())
            refreshShown();
        else
            refreshSoon();
    };
    connect(doc, &Workflow::nodeChanged, this, [changed](Id id, Workflow::Aspect) { changed(id); });
    connect(doc, &Workflow::edgeChanged, this, [changed](Id id, Workflow::Aspect) { changed(id); });
    connect(doc, &Workflow::laneChanged, this, [changed](Id id, Workflow::Aspect) { changed(id); });
    connect(doc, &Workflow::machineChanged, this,
            [changed](Id container, int, Workflow::Aspect) { changed(container); });
    connect(doc, &Workflow::documentChanged, this, &Inspector::refreshShown);
    connect(doc, &Workflow::nodeAdded, this, &Inspector::refreshSoon);
    connect(doc, &Workflow::laneAdded, this, &Inspector::refreshSoon);
    connect(doc, &Workflow::edgeAdded, this, &Inspector::refreshSoon);
    connect(doc, &Workflow::nodeRemoved, this, &Inspector::showCurrent);
    connect(doc, &Workflow::edgeRemoved, this, &Inspector::showCurrent);
    connect(doc, &Workflow::laneRemoved, this, &Inspector::showCurrent);
    connect(doc, &Workflow::documentReset, this, &Inspector::showCurrent);
    showCurrent();
}

QSize Inspector::minimumSizeHint() const
{
    const int content = widget() ? widget()->minimumSizeHint().width() : 0;
    return {content + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            QScrollArea::minimumSizeHint().height()};
}

QSize Inspector::sizeHint() const
{
    const QSize hint = QScrollArea::sizeHint();
    return {std::max(hint.width(), minimumSizeHint().width()), hint.height()};
}

void Inspector::showCurrent()
{
    // Lookups through the document, not its root data: a state, edge or lane inside a
    // Parallel branch or Map processor has a form like any other.
    const Workflow &d = *m_doc;
    const Id id = m_selection->current();
    if (m_selection->ids().size() > 1) {
        m_placeholder->setText(tr("%n items selected", nullptr, int(m_selection->ids().size())));
        m_stack->setCurrentWidget(m_placeholder);
    } else if (d.node(id)) {
        m_state->showNode(id);
        m_stack->setCurrentWidget(m_state);
    } else if (d.edge(id)) {
        m_edge->showEntity(id);
        m_stack->setCurrentWidget(m_edge);
    } else if (d.lane(id)) {
        m_lane->showEntity(id);
        m_stack->setCurrentWidget(m_lane);
    } else if (id != NoId && d.loop(id)) {
        m_placeholder->setText(tr("A loop: edit its condition on the canvas."));
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_workflow->showEntity(NoId);
        m_stack->setCurrentWidget(m_workflow);
    }
    updateGeometry(); // another form may need a wider dock
}

void Inspector::refreshSoon()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refreshShown();
    });
}

void Inspector::refreshShown()
{
    m_refreshPending = false;
    QWidget *w = m_stack->currentWidget();
    const Workflow &d = *m_doc;
    if (w == m_state && d.node(m_state->node()))
        m_state->refresh();
    else if (w == m_edge && d.edge(m_edge->entity()))
        m_edge->refresh();
    else if (w == m_lane && d.lane(m_lane->entity()))
        m_lane->refresh();
    else if (w == m_workflow)
        m_workflow->refresh();
    else
        showCurrent();
    updateGeometry();
}

Id Inspector::shownEntity() const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_state)
        return m_state->node();
    if (w == m_edge)
        return m_edge->entity();
    if (w == m_lane)
        return m_lane->entity();
    return NoId;
}

FieldEditor *Inspector::fieldFor(const QString &key) const
{
    QWidget *w = m_stack->currentWidget();
    if (w == m_state)
        return m_state->fieldFor(key);
    for (EntityForm *f : {m_edge, m_lane, m_workflow})
        if (w == f)
            return f->fieldFor(key);
    return nullptr;
}

void Inspector::focusField(Id id, const QString &field)
{
    if (m_selection->current() != id)
        m_selection->select({id}, id);
    showCurrent();
    QWidget *w = m_stack->currentWidget();
    if (w == m_state)
        m_state->focusField(field);
    else if (auto *f = qobject_cast<EntityForm *>(w))
        f->focusField(field);
    if (QWidget *focused = w->focusWidget())
        ensureWidgetVisible(focused);
}

} // namespace stepwise
